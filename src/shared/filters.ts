// Which events a planner is looking at: text in either language plus facets (status, kind,
// country, partner, channel, audience, strategy, a date range). Pure, so the tables and the
// timeline filter the same way, and a 10,000-event plan is filtered with lookups built once.
import type { Coproduction, EventKind, EventStatus, PlanEvent, Project } from './format'
import type { CoverageSlice } from './coverage/slice'

/** Exactly these events and co-productions (ids), picked in the Coverage view; `origin` says which figure. */
export interface ItemSlice {
  ids: readonly string[]
  origin: CoverageSlice
}

/** The filter of the tables and the timeline; an empty list or string means "any". */
export interface EventFilter {
  /** Words to find in titles, local titles, places, venues and partners (all words must match). */
  text: string
  statuses: readonly EventStatus[]
  kinds: readonly EventKind[]
  countries: readonly string[]
  partnerIds: readonly string[]
  channelIds: readonly string[]
  audienceIds: readonly string[]
  strategyIds: readonly string[]
  /** First day shown, `YYYY-MM-DD` (inclusive); '' for open. */
  from: string
  /** Last day shown, `YYYY-MM-DD` (inclusive); '' for open. */
  to: string
  /** Only these items (an empty list: none at all); absent or null for any. Never remembered. */
  items?: ItemSlice | null
}

/** The filter that lets everything through. */
export const emptyFilter: EventFilter = {
  text: '',
  statuses: [],
  kinds: [],
  countries: [],
  partnerIds: [],
  channelIds: [],
  audienceIds: [],
  strategyIds: [],
  from: '',
  to: '',
}

/** True when the filter lets every event through. */
export function isEmptyFilter(filter: EventFilter): boolean {
  return (
    filter.text.trim() === '' &&
    filter.from === '' &&
    filter.to === '' &&
    !filter.items &&
    [filter.statuses, filter.kinds, filter.countries, filter.partnerIds, filter.channelIds, filter.audienceIds, filter.strategyIds].every((l) => l.length === 0)
  )
}

/** How many facets (text, each list, the date range) are in use, for a "Filters (3)" badge. */
export function activeFacetCount(filter: EventFilter): number {
  const lists = [filter.statuses, filter.kinds, filter.countries, filter.partnerIds, filter.channelIds, filter.audienceIds, filter.strategyIds]
  return lists.filter((l) => l.length > 0).length + (filter.text.trim() ? 1 : 0) + (filter.from || filter.to ? 1 : 0) + (filter.items ? 1 : 0)
}

/** Text folded for search: lower case, accents removed, so "Tashkent" finds "tashkent" and "Kéntro" finds "kentro". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The search words of a query, folded. */
export function searchWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean)
}

/** True when every word occurs in `haystack` (already folded). */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w))
}

const haystacks = new WeakMap<Project, Map<string, string>>()

/** The folded searchable text of each event: titles, city, country code, venue and partner names in both languages (memoized per plan). */
function eventHaystacks(project: Project): Map<string, string> {
  let map = haystacks.get(project)
  if (map) return map
  const names = new Map<string, string>()
  for (const e of [...project.partners, ...project.venues]) names.set(e.id, `${e.name} ${e.nameLocal ?? ''}`)
  map = new Map()
  for (const event of project.events) {
    const parts = [event.title, event.titleLocal ?? '', event.city ?? '', event.country, event.notes ?? '']
    if (event.venueId) parts.push(names.get(event.venueId) ?? '')
    for (const id of event.partnerIds) parts.push(names.get(id) ?? '')
    map.set(event.id, foldText(parts.join(' \u0000 ')))
  }
  haystacks.set(project, map)
  return map
}

function overlapsAny(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  return values.some((v) => wanted.has(v))
}

/** The calendar day a date value falls on, as written (a timed value's own wall-clock day). */
function dayPart(value: string): string {
  return value.slice(0, 10)
}

/** A predicate for the events of `project` that pass `filter`; build it once per plan and filter. */
export function eventPredicate(project: Project, filter: EventFilter): (event: PlanEvent) => boolean {
  if (isEmptyFilter(filter)) return () => true
  const words = searchWords(filter.text)
  const text = words.length > 0 ? eventHaystacks(project) : null
  const set = <T extends string>(l: readonly T[]) => (l.length > 0 ? new Set<string>(l) : null)
  const statuses = set(filter.statuses)
  const kinds = set(filter.kinds)
  const countries = set(filter.countries)
  const partners = set(filter.partnerIds)
  const channels = set(filter.channelIds)
  const audiences = set(filter.audienceIds)
  const strategies = set(filter.strategyIds)
  const only = filter.items ? new Set(filter.items.ids) : null
  return (event) => {
    if (only && !only.has(event.id)) return false
    if (statuses && !statuses.has(event.status)) return false
    if (kinds && !kinds.has(event.kind)) return false
    if (countries && !countries.has(event.country)) return false
    if (partners && !overlapsAny(event.partnerIds, partners)) return false
    if (channels && !overlapsAny(event.channelIds, channels)) return false
    if (audiences && !overlapsAny(event.audienceIds, audiences)) return false
    if (strategies && !overlapsAny(event.strategyIds, strategies)) return false
    if (filter.from && dayPart(event.end) < filter.from) return false
    if (filter.to && dayPart(event.start) > filter.to) return false
    if (text && !matchesWords(text.get(event.id) ?? '', words)) return false
    return true
  }
}

/** The events of `project` that pass `filter`, in plan order; the plan's own list when nothing is filtered. */
export function filterEvents(project: Project, filter: EventFilter): readonly PlanEvent[] {
  if (isEmptyFilter(filter)) return project.events
  return project.events.filter(eventPredicate(project, filter))
}

/** The first and last day a co-production is busy (phases and releases), or null when it has neither. */
export function coproductionDays(coproduction: Coproduction): { start: string; end: string } | null {
  const starts = [...coproduction.phases.map((p) => p.start), ...coproduction.releases.map((r) => r.start)].map(dayPart)
  const ends = [...coproduction.phases.map((p) => p.end), ...coproduction.releases.map((r) => r.start)].map(dayPart)
  if (starts.length === 0) return null
  return { start: starts.reduce((a, b) => (b < a ? b : a)), end: ends.reduce((a, b) => (b > a ? b : a)) }
}

/** Every channel a co-production reaches: its own and those of its releases. */
export function coproductionChannels(coproduction: Coproduction): string[] {
  return [...new Set([...coproduction.channelIds, ...coproduction.releases.map((r) => r.channelId)])]
}

/** The countries a co-production is released in. */
export function coproductionCountries(coproduction: Coproduction): string[] {
  return [...new Set(coproduction.releases.flatMap((r) => (r.country === undefined ? [] : [r.country])))]
}

/**
 * A predicate for the co-productions that pass `filter`, read the way events are: a kind filter
 * (event kinds) leaves none, countries are those released in, channels include the releases'.
 */
export function coproductionPredicate(project: Project, filter: EventFilter): (coproduction: Coproduction) => boolean {
  if (isEmptyFilter(filter)) return () => true
  const words = searchWords(filter.text)
  const names = new Map<string, string>(project.partners.map((p) => [p.id, `${p.name} ${p.nameLocal ?? ''}`]))
  const set = (l: readonly string[]) => (l.length > 0 ? new Set<string>(l) : null)
  const [statuses, countries, partners, channels, audiences, strategies] = [filter.statuses, filter.countries, filter.partnerIds, filter.channelIds, filter.audienceIds, filter.strategyIds].map(set)
  const only = filter.items ? new Set(filter.items.ids) : null
  return (c) => {
    if (only && !only.has(c.id)) return false
    if (filter.kinds.length > 0) return false
    if (statuses && !statuses.has(c.status)) return false
    if (countries && !overlapsAny(coproductionCountries(c), countries)) return false
    if (partners && !overlapsAny(c.partnerIds, partners)) return false
    if (channels && !overlapsAny(coproductionChannels(c), channels)) return false
    if (audiences && !overlapsAny(c.audienceIds, audiences)) return false
    if (strategies && !overlapsAny(c.strategyIds, strategies)) return false
    if (filter.from || filter.to) {
      const days = coproductionDays(c)
      if (!days || (filter.from && days.end < filter.from) || (filter.to && days.start > filter.to)) return false
    }
    if (words.length > 0) {
      const text = foldText([c.title, c.titleLocal ?? '', c.notes ?? '', ...c.partnerIds.map((id) => names.get(id) ?? '')].join(' \u0000 '))
      if (!matchesWords(text, words)) return false
    }
    return true
  }
}

/** The co-productions of `project` that pass `filter`, in plan order; the plan's own list when nothing is filtered. */
export function filterCoproductions(project: Project, filter: EventFilter): readonly Coproduction[] {
  if (isEmptyFilter(filter)) return project.coproductions
  return project.coproductions.filter(coproductionPredicate(project, filter))
}
