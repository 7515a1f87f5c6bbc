// The items a timeline shows: events, co-production phases and releases, found by id, placed on
// the axis and replaced immutably. Lookups and spans are memoized per document, which is never
// mutated, so a 10,000-event plan is indexed once per edit.
import type { Coproduction, Event, Phase, Project, Release } from '../format'
import { itemSpan, type ItemSpan } from './time'

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

const indexes = new WeakMap<Project, Map<string, LocatedItem>>()
const spans = new WeakMap<Project, Map<string, ItemSpan>>()
// The plan placed last: the next one (an edit, an undo) takes the spans of the items it shares
// with it, found by id and compared by identity. (A WeakMap by item cost more than the spans.)
let lastPlaced: { index: ReadonlyMap<string, LocatedItem>; spans: ReadonlyMap<string, ItemSpan>; home: string } | null = null

/** Every event, phase and release of the plan by id (memoized per document). */
export function indexItems(project: Project): ReadonlyMap<string, LocatedItem> {
  let index = indexes.get(project)
  if (!index) {
    index = new Map()
    project.events.forEach((item, i) => index!.set(item.id, { type: 'event', item, index: i }))
    for (const coproduction of project.coproductions) {
      coproduction.phases.forEach((item, i) => index!.set(item.id, { type: 'phase', item, coproduction, index: i }))
      coproduction.releases.forEach((item, i) => index!.set(item.id, { type: 'release', item, coproduction, index: i }))
    }
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
    map = new Map()
    const home = project.homeTimeZone
    const index = indexItems(project)
    const before = lastPlaced?.home === home ? lastPlaced : null
    for (const [id, located] of index) {
      // Items an edit did not touch keep their identity, so their spans are reused.
      const span = before && before.index.get(id)?.item === located.item ? before.spans.get(id) : undefined
      map.set(id, span ?? itemSpan(located.item, home))
    }
    spans.set(project, map)
    lastPlaced = { index, spans: map, home }
  }
  return map
}

/** The title people know an item by: its own, or its co-production's for an untitled phase or release. */
export function itemTitle(located: LocatedItem): string {
  if (located.type === 'event') return located.item.title
  return located.item.title ?? located.coproduction.title
}

/**
 * The plan with items replaced by id (`updates` maps an id to its new version). Only the arrays
 * and co-productions that hold a changed item are copied; the same project when nothing differs.
 */
export function replaceItems(project: Project, updates: ReadonlyMap<string, TimelineItem>): Project {
  if (updates.size === 0) return project
  const changed = <T extends { id: string }>(item: T): T => {
    const next = updates.get(item.id) as T | undefined
    return next === undefined ? item : next
  }
  let eventsChanged = false
  const events = project.events.map((event) => {
    const next = changed(event)
    if (next !== event) eventsChanged = true
    return next
  })
  let coproductionsChanged = false
  const coproductions = project.coproductions.map((coproduction) => {
    const phases = coproduction.phases.map(changed)
    const releases = coproduction.releases.map(changed)
    const samePhases = phases.every((p, i) => p === coproduction.phases[i])
    const sameReleases = releases.every((r, i) => r === coproduction.releases[i])
    if (samePhases && sameReleases) return coproduction
    coproductionsChanged = true
    return { ...coproduction, phases: samePhases ? coproduction.phases : phases, releases: sameReleases ? coproduction.releases : releases }
  })
  if (!eventsChanged && !coproductionsChanged) return project
  return { ...project, events: eventsChanged ? events : project.events, coproductions: coproductionsChanged ? coproductions : project.coproductions }
}
