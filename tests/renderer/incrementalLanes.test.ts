// An edit lays out again only the lanes it changed: the others keep their prepared and stacked
// objects (so they are not drawn again), and what comes out is what a fresh layout gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseProject, type Event, type Project } from '../../src/shared/format'
import { groupLanes, LaneGrouper, type Grouping, type ItemRef } from '../../src/shared/timeline'
import { LanePreparer, prepareLanes, stackLanes, stackPrepared, type PreparedLane } from '../../src/renderer/timeline/layout'
import { placedIndex } from '../../src/renderer/timeline/placedIndex'
import { sampleText } from '../support/plans'

function sample(): Project {
  const result = parseProject(sampleText)
  if (!result.ok) throw new Error('the sample plan does not parse')
  return result.project
}

const plan = sample()

// The label the bars show: the title, so a renamed event changes its lane.
function labelOf(project: Project) {
  const titles = new Map(project.events.map((event) => [event.id, event.title]))
  return (ref: Pick<ItemRef, 'id'>) => titles.get(ref.id) ?? ref.id
}

/** A plan with event `index` replaced, sharing every other entry (as the document's edits do). */
function withEvent(project: Project, index: number, change: (event: Event) => Event): Project {
  return { ...project, events: project.events.map((event, i) => (i === index ? change(event) : event)) }
}

const shiftDays = (value: string, days: number): string => {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10) + value.slice(10)
}

function layout(project: Project, grouping: Grouping, previous?: readonly PreparedLane[]) {
  const prepared = prepareLanes(groupLanes(project, grouping), project, labelOf(project), previous)
  return { prepared, stacked: stackPrepared(prepared, 'month') }
}

describe('an edit lays out only the lanes it changed', () => {
  it('moving an event re-stacks its partners’ lanes and keeps every other lane as it was', () => {
    const before = layout(plan, 'partner')
    const index = plan.events.findIndex((event) => event.partnerIds.length > 0)
    const moved = plan.events[index]!
    const edited = withEvent(plan, index, (event) => ({ ...event, start: shiftDays(event.start, 9), ...(event.end ? { end: shiftDays(event.end, 9) } : {}) }))
    const after = layout(edited, 'partner', before.prepared)

    const touched = new Set(moved.partnerIds)
    expect(after.stacked.length).toBe(before.stacked.length)
    after.stacked.forEach((lane, i) => {
      if (touched.has(lane.lane.key)) expect(lane).not.toBe(before.stacked[i])
      else expect(lane).toBe(before.stacked[i])
    })
    const start = after.stacked.find((lane) => touched.has(lane.lane.key))!.items.find((item) => item.ref.id === moved.id)!.start
    const old = before.stacked.find((lane) => touched.has(lane.lane.key))!.items.find((item) => item.ref.id === moved.id)!.start
    expect(start - old).toBe(9 * 24 * 60)
  })

  it('the kept lanes and the new ones are what a fresh layout gives, whatever the edit', () => {
    const groupings: Grouping[] = ['partner', 'venue', 'kind', 'status', 'channel', 'country']
    const edit = fc.record({
      index: fc.nat({ max: plan.events.length - 1 }),
      days: fc.integer({ min: -40, max: 40 }),
      rename: fc.boolean(),
      dropPartner: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.constantFrom(...groupings), fc.array(edit, { minLength: 1, maxLength: 4 }), (grouping, edits) => {
        let project = plan
        let previous = layout(project, grouping).prepared
        const grouper = new LaneGrouper()
        const preparer = new LanePreparer()
        const first = grouper.group(project, grouping)
        preparer.prepare(first.lanes, project, labelOf(project), first.touched, [grouping])
        for (const { index, days, rename, dropPartner } of edits) {
          project = withEvent(project, index, (event) => ({
            ...event,
            start: shiftDays(event.start, days),
            ...(event.end ? { end: shiftDays(event.end, days) } : {}),
            ...(rename ? { title: `${event.title} (moved)` } : {}),
            ...(dropPartner ? { partnerIds: event.partnerIds.slice(1) } : {}),
          }))
          const next = layout(project, grouping, previous)
          const fresh = stackLanes(project, grouping, [], 'month', labelOf(project))
          expect(next.stacked).toEqual(fresh)
          previous = next.prepared
          // The window's way: grouped again from the last grouping, and only the touched lanes read.
          const regrouped = grouper.group(project, grouping)
          expect(stackPrepared(preparer.prepare(regrouped.lanes, project, labelOf(project), regrouped.touched, [grouping]), 'month')).toEqual(fresh)
        }
      }),
      { numRuns: 40 },
    )
  })

  it('a big plan’s first lanes first: the rest pending, then all of them as a fresh layout, an edit in between or not', () => {
    fc.assert(
      fc.property(fc.constantFrom<Grouping>('partner', 'venue', 'kind', 'status'), fc.nat({ max: 12 }), fc.option(fc.nat({ max: plan.events.length - 1 })), (grouping, limit, edited) => {
        const grouper = new LaneGrouper()
        const preparer = new LanePreparer()
        const first = grouper.group(plan, grouping)
        const partial = stackPrepared(preparer.prepare(first.lanes, plan, labelOf(plan), first.touched, [grouping], limit), 'month', { showEmpty: false })
        const fresh = stackLanes(plan, grouping, [], 'month', labelOf(plan))
        // Every lane is there, in order; past the limit each is one empty row until it is prepared.
        expect(partial.map((lane) => lane.lane.key)).toEqual(fresh.filter((lane) => lane.items.length > 0).map((lane) => lane.lane.key))
        partial.forEach((lane, i) => {
          if (i < limit) expect(lane).toEqual(fresh.find((other) => other.lane.key === lane.lane.key))
          else expect([lane.items.length, lane.rowCount]).toEqual([0, 1])
        })
        const project = edited === null ? plan : withEvent(plan, edited, (event) => ({ ...event, start: shiftDays(event.start, 3), ...(event.end ? { end: shiftDays(event.end, 3) } : {}) }))
        const again = grouper.group(project, grouping)
        expect(stackPrepared(preparer.prepare(again.lanes, project, labelOf(project), again.touched, [grouping]), 'month')).toEqual(stackLanes(project, grouping, [], 'month', labelOf(project)))
      }),
      { numRuns: 60 },
    )
  })
})

describe('finding placed items', () => {
  const lanes = stackLanes(plan, 'partner', [], 'month', labelOf(plan))
  const index = placedIndex(lanes, plan, 'partner')

  it('finds every placement by its key, with its lane', () => {
    lanes.forEach((lane, laneIndex) => {
      for (const item of lane.items) expect(index.get(item.key)).toEqual({ laneIndex, item })
    })
    expect(index.get('no-such-item@p-1')).toBeUndefined()
    expect(index.get('no-key-at-all')).toBeUndefined()
  })

  it('finds an item’s first placement in lane order, and knows which items are drawn', () => {
    const twice = plan.events.find((event) => event.partnerIds.length > 1)!
    const firstLane = lanes.findIndex((lane) => lane.items.some((item) => item.ref.id === twice.id))
    expect(index.first(twice.id)?.laneIndex).toBe(firstLane)
    expect(index.first(twice.id)?.item.ref.laneKey).toBe(lanes[firstLane]!.lane.key)
    expect(index.shows(twice.id)).toBe(true)
    expect(index.shows('no-such-item')).toBe(false)
    expect(index.first('no-such-item')).toBeUndefined()
  })
})
