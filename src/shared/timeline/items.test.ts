import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generatePlan, type Project } from '../format'
import { indexItems, projectSpans, replaceItems, type TimelineItem } from './items'
import { MAX_PATCHES, PatchedMap } from './patchedMap'
import { itemSpan, formatWall, wallMinutes } from './time'

// The same plan as a new object graph: its index and spans are made from scratch.
const fresh = (project: Project): Project => structuredClone(project)
const plain = <V>(map: ReadonlyMap<string, V>) => [...map]

// A move of one item by whole days, as a drag makes it (the same id, new dates).
function moved(project: Project, id: string, days: number): TimelineItem {
  const located = indexItems(project).get(id)!
  const shift = (text: string) => {
    const wall = formatWall(wallMinutes(text) + days * 1440)
    return text.length > 10 ? wall : wall.slice(0, 10)
  }
  const item = located.item as TimelineItem & { start: string; end?: string }
  return { ...item, start: shift(item.start), ...(item.end === undefined ? {} : { end: shift(item.end) }) } as TimelineItem
}

describe('edits that replace items', () => {
  const plan = generatePlan({ events: 300, seed: 7 })
  const ids = [...indexItems(plan).keys()]

  it('find every item where it now is, after edits made one on another, as a plan read afresh does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: ids.length - 1 }), fc.integer({ min: -30, max: 30 })), { minLength: 1, maxLength: 12 }), (edits) => {
        let project = plan
        projectSpans(project)
        for (const [at, days] of edits) {
          const id = ids[at]!
          project = replaceItems(project, new Map([[id, moved(project, id, days)]]))
          // Each edit's plan is looked at, as the window does, so the next one is patched from it.
          projectSpans(project)
        }
        const again = fresh(project)
        expect(plain(indexItems(project))).toEqual(plain(indexItems(again)))
        expect(plain(projectSpans(project))).toEqual(plain(projectSpans(again)))
      }),
      { numRuns: 40 },
    )
  })

  it('copy only what holds a changed item, and leave the plan as it was', () => {
    const phase = plan.coproductions[0]!.phases[0]!
    const event = plan.events[5]!
    const before = JSON.stringify(plan)
    const next = replaceItems(plan, new Map<string, TimelineItem>([[phase.id, moved(plan, phase.id, 2)], [event.id, moved(plan, event.id, 1)]]))
    expect(JSON.stringify(plan)).toBe(before)
    expect(next.events[4]).toBe(plan.events[4])
    expect(next.events[5]).not.toBe(event)
    expect(next.coproductions[1]).toBe(plan.coproductions[1])
    expect(next.coproductions[0]!.releases).toBe(plan.coproductions[0]!.releases)
    expect(next.coproductions[0]!.phases[0]!.start).not.toBe(phase.start)
    expect(indexItems(next).get(phase.id)).toMatchObject({ type: 'phase', coproduction: next.coproductions[0], index: 0 })
    expect(projectSpans(next).get(event.id)).toEqual(itemSpan(next.events[5]!, plan.homeTimeZone))
  })

  it('return the same plan when nothing changes or the ids are unknown', () => {
    expect(replaceItems(plan, new Map())).toBe(plan)
    expect(replaceItems(plan, new Map([[plan.events[0]!.id, plan.events[0]!]]))).toBe(plan)
    expect(replaceItems(plan, new Map([['no-such-item', { ...plan.events[0]!, id: 'no-such-item' }]]))).toBe(plan)
  })
})

describe('a patched map', () => {
  const root = new Map([...Array(10).keys()].map((i) => [`k${i}`, i]))

  it('reads as its root with the patches, in the root order', () => {
    const once = PatchedMap.of(root, new Map([['k3', 30]]))
    const twice = PatchedMap.of(once, new Map([['k7', 70], ['k3', 33]]))
    expect([...twice]).toEqual([...root].map(([k, v]) => [k, k === 'k3' ? 33 : k === 'k7' ? 70 : v]))
    expect([...twice.values()]).toEqual([...twice].map(([, v]) => v))
    expect([...twice.keys()]).toEqual([...root.keys()])
    expect([twice.size, twice.has('k9'), twice.has('k10'), twice.get('k7'), once.get('k7')]).toEqual([10, true, false, 70, 7])
  })

  it('becomes a plain map once its patches grow past the limit', () => {
    const big = new Map([...Array(MAX_PATCHES + 2).keys()].map((i) => [i, i]))
    const patched = PatchedMap.of(big, new Map([...big].map(([k]) => [k, -k])))
    expect(patched).not.toBeInstanceOf(PatchedMap)
    expect(patched.get(5)).toBe(-5)
  })
})
