// The items a timeline shows: events, co-production phases and releases, found by id, placed on
// the axis and replaced immutably. Lookups and spans are memoized per document, which is never
// mutated; a document an edit made from another has its index and spans patched, not redone.
import type { Coproduction, Event, Phase, Project, Release } from '../format'
import { PatchedMap } from './patchedMap'
import { extentOf } from './scale'
import { itemSpan, type AxisRange, type ItemSpan } from './time'

/** What a timeline item is. */
export type ItemType = 'event' | 'phase' | 'release'

/** An item as shown in one lane: the same event may be in two partner lanes, each ref remembers its lane (`''` = the "none" lane). */
export interface ItemRef {
  type: ItemType
  id: string
  /** The co-production a phase or release belongs to. */
  coproductionId?: string
  laneKey: string
}

/** An item found in the document, with where it lives. */
export type LocatedItem =
  | { type: 'event'; item: Event; index: number }
  | { type: 'phase'; item: Phase; coproduction: Coproduction; index: number }
  | { type: 'release'; item: Release; coproduction: Coproduction; index: number }

/** Any item the timeline can move. */
export type TimelineItem = Event | Phase | Release

const indexes = new WeakMap<Project, ReadonlyMap<string, LocatedItem>>()
const spans = new WeakMap<Project, ReadonlyMap<string, ItemSpan>>()
// Plans made by replaceItems, with the plan they were made from and the items replaced: their
// index and spans are the base's, patched (a drop at 100,000 events took 110 ms re-indexing).
const derivations = new WeakMap<Project, { base: Project; updates: ReadonlyMap<string, TimelineItem> }>()
// The plan placed last: the next one (an undo, a plan not made by replaceItems) takes the spans of
// the items it shares with it, found by id and compared by identity. (A WeakMap by item cost more than the spans.)
let lastPlaced: { index: ReadonlyMap<string, LocatedItem>; spans: ReadonlyMap<string, ItemSpan>; home: string } | null = null

function buildIndex(project: Project): Map<string, LocatedItem> {
  const index = new Map<string, LocatedItem>()
  project.events.forEach((item, i) => index.set(item.id, { type: 'event', item, index: i }))
  for (const coproduction of project.coproductions) {
    coproduction.phases.forEach((item, i) => index.set(item.id, { type: 'phase', item, coproduction, index: i }))
    coproduction.releases.forEach((item, i) => index.set(item.id, { type: 'release', item, coproduction, index: i }))
  }
  return index
}

/** The index of `project`, made by replacing `updates` in `base` (whose index is `before`). */
function patchIndex(before: ReadonlyMap<string, LocatedItem>, project: Project, updates: ReadonlyMap<string, TimelineItem>): ReadonlyMap<string, LocatedItem> {
  const changes = new Map<string, LocatedItem>()
  const redone = new Set<string>()
  for (const [id, item] of updates) {
    const old = before.get(id)
    if (!old) continue
    if (old.type === 'event') {
      changes.set(id, { type: 'event', item: item as Event, index: old.index })
      continue
    }
    // A phase or release changed its co-production: every item of it now lives in the new one.
    if (redone.has(old.coproduction.id)) continue
    redone.add(old.coproduction.id)
    const coproduction = project.coproductions.find((c) => c.id === old.coproduction.id)
    if (!coproduction) return buildIndex(project)
    coproduction.phases.forEach((phase, i) => changes.set(phase.id, { type: 'phase', item: phase, coproduction, index: i }))
    coproduction.releases.forEach((release, i) => changes.set(release.id, { type: 'release', item: release, coproduction, index: i }))
  }
  return PatchedMap.of(before, changes)
}

/** Every event, phase and release of the plan by id (memoized per document). */
export function indexItems(project: Project): ReadonlyMap<string, LocatedItem> {
  let index = indexes.get(project)
  if (!index) {
    const from = derivations.get(project)
    const before = from && indexes.get(from.base)
    index = from && before ? patchIndex(before, project, from.updates) : buildIndex(project)
    indexes.set(project, index)
  }
  return index
}

/** The event, phase or release with this id, or undefined. */
export function findItem(project: Project, id: string): LocatedItem | undefined {
  return indexItems(project).get(id)
}

/** Axis spans (home wall-clock minutes) of every item by id, memoized per document. */
export function projectSpans(project: Project): ReadonlyMap<string, ItemSpan> {
  let map = spans.get(project)
  if (!map) {
    const home = project.homeTimeZone
    const index = indexItems(project)
    const from = derivations.get(project)
    const base = from && from.base.homeTimeZone === home ? spans.get(from.base) : undefined
    if (from && base) {
      map = PatchedMap.of(base, new Map([...from.updates].map(([id, item]) => [id, itemSpan(item, home)])))
    } else {
      const made = new Map<string, ItemSpan>()
      const before = lastPlaced?.home === home ? lastPlaced : null
      for (const [id, located] of index) {
        // Items an edit did not touch keep their identity, so their spans are reused.
        const span = before && before.index.get(id)?.item === located.item ? before.spans.get(id) : undefined
        made.set(id, span ?? itemSpan(located.item, home))
      }
      map = made
    }
    spans.set(project, map)
    lastPlaced = { index, spans: map, home }
  }
  return map
}

const extents = new WeakMap<Project, AxisRange | null>()

/**
 * The first start and last end of the plan's items (null when it has none), memoized per document;
 * after an edit that moved no item from the plan's edge, found without a pass over the plan.
 */
export function planExtent(project: Project): AxisRange | null {
  if (extents.has(project)) return extents.get(project)!
  const from = derivations.get(project)
  const base = from && extents.get(from.base)
  const before = from && spans.get(from.base)
  const ids = from ? [...from.updates.keys()] : []
  const inside = (id: string) => {
    const span = before?.get(id)
    return !!base && !!span && span.start > base.start && span.end < base.end
  }
  const now = projectSpans(project)
  const extent = base && ids.every(inside) ? extentOf([base, ...ids.map((id) => now.get(id)!)]) : extentOf(now.values())
  extents.set(project, extent)
  return extent
}

/** The title people know an item by: its own, or its co-production's for an untitled phase or release. */
export function itemTitle(located: LocatedItem): string {
  if (located.type === 'event') return located.item.title
  return located.item.title ?? located.coproduction.title
}

/**
 * The plan with items replaced by id (`updates` maps an id to its new version, with the same id).
 * Only the arrays and co-productions that hold a changed item are copied; the same project when
 * nothing differs. Items are found through the index, so an edit costs no pass over the plan.
 */
export function replaceItems(project: Project, updates: ReadonlyMap<string, TimelineItem>): Project {
  if (updates.size === 0) return project
  const index = indexItems(project)
  const applied = new Map<string, TimelineItem>()
  let events: Event[] | null = null
  const copies = new Map<Coproduction, { phases: Phase[] | null; releases: Release[] | null }>()
  for (const [id, next] of updates) {
    const located = index.get(id)
    if (!located || located.item === next) continue
    applied.set(id, next)
    if (located.type === 'event') {
      ;(events ??= project.events.slice())[located.index] = next as Event
      continue
    }
    let copy = copies.get(located.coproduction)
    if (!copy) copies.set(located.coproduction, (copy = { phases: null, releases: null }))
    if (located.type === 'phase') (copy.phases ??= located.coproduction.phases.slice())[located.index] = next as Phase
    else (copy.releases ??= located.coproduction.releases.slice())[located.index] = next as Release
  }
  if (applied.size === 0) return project
  const coproductions =
    copies.size === 0
      ? project.coproductions
      : project.coproductions.map((c) => {
          const copy = copies.get(c)
          return copy ? { ...c, phases: copy.phases ?? c.phases, releases: copy.releases ?? c.releases } : c
        })
  const result = { ...project, events: events ?? project.events, coproductions }
  if ([...applied].every(([id, item]) => item.id === id)) derivations.set(result, { base: project, updates: applied })
  return result
}
