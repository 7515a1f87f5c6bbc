// Grouping again after an edit gives what a fresh grouping gives, and when it keeps the lanes it
// names every lane whose items changed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Project } from '../format'
import { groupings, groupLanes, reassign, type Grouping, type Lane } from './lanes'
import { findItem } from './items'
import { LaneGrouper } from './regroup'
import { moveItems } from './commands'
import { samplePlan } from '../../../tests/support/timeline'

const plan = samplePlan()
const ids = [...plan.events.map((e) => e.id), ...plan.coproductions.flatMap((c) => [...c.phases.map((p) => p.id), ...c.releases.map((r) => r.id)])]

type Edit = { kind: 'move'; id: string; days: number } | { kind: 'rename'; id: string } | { kind: 'reassign'; id: string; to: number } | { kind: 'drop'; id: string } | { kind: 'renameCoproduction'; index: number }

function apply(project: Project, edit: Edit, grouping: Grouping, lanes: readonly Lane[]): Project {
  const located = 'id' in edit ? findItem(project, edit.id) : undefined
  switch (edit.kind) {
    case 'move':
      return located ? moveItems(project, [{ id: edit.id }], { unit: 'day', amount: edit.days }) : project
    case 'rename':
      if (located?.type !== 'event') return project
      return { ...project, events: project.events.map((e) => (e.id === edit.id ? { ...e, title: `${e.title}!` } : e)) }
    case 'reassign': {
      const from = lanes.find((lane) => lane.items.some((ref) => ref.id === edit.id))
      const to = lanes[edit.to % Math.max(1, lanes.length)]
      return from && to ? reassign(project, { id: edit.id }, from.key, to.key, grouping) : project
    }
    case 'drop':
      return { ...project, events: project.events.filter((e) => e.id !== edit.id) }
    case 'renameCoproduction':
      return { ...project, coproductions: project.coproductions.map((c, i) => (i === edit.index % project.coproductions.length ? { ...c, title: `${c.title}!` } : c)) }
  }
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), id: fc.constantFrom(...ids), days: fc.integer({ min: -30, max: 30 }) }),
  fc.record({ kind: fc.constant('rename' as const), id: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('reassign' as const), id: fc.constantFrom(...ids), to: fc.nat(40) }),
  fc.record({ kind: fc.constant('drop' as const), id: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('renameCoproduction' as const), index: fc.nat(5) }),
)

// The lanes' items that differ between two versions of the plan (by the item's object).
function changedLanes(before: Project, after: Project, lanes: readonly Lane[]): string[] {
  return lanes.filter((lane) => lane.items.some((ref) => findItem(before, ref.id)?.item !== findItem(after, ref.id)?.item)).map((lane) => lane.key)
}

describe('grouping again after an edit', () => {
  it('gives the lanes a fresh grouping gives, and keeps them only with every changed lane touched', () => {
    fc.assert(
      fc.property(fc.constantFrom(...groupings), fc.array(edit, { minLength: 1, maxLength: 6 }), (grouping, edits) => {
        const grouper = new LaneGrouper()
        let project = plan
        let last = grouper.group(project, grouping)
        for (const step of edits) {
          const next = apply(project, step, grouping, last.lanes)
          const result = grouper.group(next, grouping)
          expect(result.lanes).toEqual(groupLanes(next, grouping))
          if (result.touched) {
            expect(result.lanes).toBe(last.lanes)
            for (const key of changedLanes(project, next, result.lanes)) expect(result.touched.has(key)).toBe(true)
          }
          project = next
          last = result
        }
      }),
      { numRuns: 150 },
    )
  })

  it('keeps the lanes when an event moves, touching only its partners’ lanes', () => {
    const grouper = new LaneGrouper()
    const before = grouper.group(plan, 'partner')
    const event = plan.events.find((e) => e.partnerIds.length > 1)!
    const after = grouper.group(moveItems(plan, [{ id: event.id }], { unit: 'day', amount: 3 }), 'partner')
    expect(after.lanes).toBe(before.lanes)
    expect([...after.touched!].filter((key) => key !== '').sort()).toEqual([...event.partnerIds].sort())
  })

  it('groups afresh when an item changes lanes, the grouping or the lane order changes', () => {
    const grouper = new LaneGrouper()
    grouper.group(plan, 'status')
    const event = plan.events[0]!
    const moved = reassign(plan, event, event.status, event.status === 'confirmed' ? 'idea' : 'confirmed', 'status')
    expect(grouper.group(moved, 'status').touched).toBeNull()
    expect(grouper.group(moved, 'kind').touched).toBeNull()
    expect(grouper.group(moved, 'kind', ['other']).touched).toBeNull()
    expect(grouper.group(moved, 'kind', ['other']).touched).toEqual(new Set())
  })
})
