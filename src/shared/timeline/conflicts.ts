// Scheduling conflicts are warnings, never errors: the planner may know better. Each has a stable
// id and a fingerprint of the dates involved; acknowledging stores `{ [id]: fingerprint }` in
// `views.acknowledgedConflicts`, so the warning stays quiet until one of those dates changes.
//
// Cancelled events and phases take part in no conflict. A timed event at a venue during an
// all-day booking of that venue (an opening inside an exhibition's run) is taken as part of it;
// two all-day or two timed bookings that overlap are a double booking.
import type { Coproduction, Event, Project } from '../format'
import { indexItems, projectSpans } from './items'
import { dayOf, formatWall, MINUTES_PER_DAY, type AxisRange, type ItemSpan } from './time'

export const conflictCodes = ['venue-double-booked', 'dependency-violated', 'phases-out-of-order', 'release-before-post-production', 'event-outside-coproduction', 'on-public-holiday'] as const
/** What is wrong: a venue booked twice at once, a finish-to-start dependency broken, phases out of order, a release before post-production ends, an event outside its co-production, an event on a public holiday of its host country. */
export type ConflictCode = (typeof conflictCodes)[number]

/**
 * One warning, in the coded vocabulary of every message (shared/messages.ts: a code and its values,
 * never a sentence; the renderer words it). `id` is stable while the same items are involved;
 * `itemIds` are the items to mark (the first is the one to jump to); `values` name the entities
 * by id; `fingerprint` changes whenever a date involved changes.
 */
export interface Conflict {
  id: string
  code: ConflictCode
  itemIds: string[]
  values: Record<string, string>
  fingerprint: string
}

interface Dated {
  id: string
  start: string
  end?: string | undefined
  timeZone?: string | undefined
}

const datesOf = (item: Dated): string => `${item.id}=${item.start}/${item.end ?? ''}${item.timeZone ? `@${item.timeZone}` : ''}`

function venueConflicts(project: Project, spans: ReadonlyMap<string, ItemSpan>, out: Conflict[]): void {
  const byVenue = new Map<string, { event: Event; span: ItemSpan }[]>()
  for (const event of project.events) {
    if (event.venueId === undefined || event.status === 'cancelled') continue
    const span = spans.get(event.id)
    if (!span || span.end <= span.start) continue
    const key = `${event.venueId}\u0000${span.allDay ? 'day' : 'time'}`
    let list = byVenue.get(key)
    if (!list) byVenue.set(key, (list = []))
    list.push({ event, span })
  }
  for (const list of byVenue.values()) {
    list.sort((a, b) => a.span.start - b.span.start || (a.event.id < b.event.id ? -1 : 1))
    let active: typeof list = []
    for (const current of list) {
      active = active.filter((other) => other.span.end > current.span.start)
      for (const other of active) {
        const [a, b] = other.event.id < current.event.id ? [other.event, current.event] : [current.event, other.event]
        out.push({
          id: `venue-double-booked:${a.id}:${b.id}`,
          code: 'venue-double-booked',
          itemIds: [current.event.id, other.event.id],
          values: { venueId: current.event.venueId!, first: a.id, second: b.id },
          fingerprint: `${datesOf(a)}|${datesOf(b)}|${current.event.venueId}`,
        })
      }
      active.push(current)
    }
  }
}

function dependencyConflicts(project: Project, spans: ReadonlyMap<string, ItemSpan>, out: Conflict[]): void {
  const index = indexItems(project)
  for (const dependency of project.dependencies) {
    const from = index.get(dependency.from)
    const to = index.get(dependency.to)
    const fromSpan = spans.get(dependency.from)
    const toSpan = spans.get(dependency.to)
    if (!from || !to || !fromSpan || !toSpan) continue
    if (isCancelled(from.item) || isCancelled(to.item)) continue
    if (fromSpan.end <= toSpan.start) continue
    out.push({
      id: `dependency-violated:${dependency.id}`,
      code: 'dependency-violated',
      itemIds: [dependency.to, dependency.from],
      values: { dependencyId: dependency.id, from: dependency.from, to: dependency.to },
      fingerprint: `${datesOf(from.item)}|${datesOf(to.item)}`,
    })
  }
}

function isCancelled(item: object): boolean {
  return 'status' in item && item.status === 'cancelled'
}

function coproductionConflicts(coproduction: Coproduction, spans: ReadonlyMap<string, ItemSpan>, out: Conflict[]): void {
  const phases = coproduction.phases.filter((p) => p.status !== 'cancelled')
  let latest: { id: string; end: number } | undefined
  let postEnd: { id: string; end: number } | undefined
  for (const phase of phases) {
    const span = spans.get(phase.id)
    if (!span) continue
    if (latest && span.start < latest.end) {
      const earlier = phases.find((p) => p.id === latest!.id)!
      out.push({
        id: `phases-out-of-order:${coproduction.id}:${phase.id}`,
        code: 'phases-out-of-order',
        itemIds: [phase.id, earlier.id],
        values: { coproductionId: coproduction.id, earlier: earlier.id, later: phase.id },
        fingerprint: `${datesOf(earlier)}|${datesOf(phase)}`,
      })
    }
    if (!latest || span.end > latest.end) latest = { id: phase.id, end: span.end }
    if (phase.kind === 'post-production' && (!postEnd || span.end > postEnd.end)) postEnd = { id: phase.id, end: span.end }
  }
  if (!postEnd) return
  const post = phases.find((p) => p.id === postEnd!.id)!
  for (const release of coproduction.releases) {
    const span = spans.get(release.id)
    if (!span || span.start >= postEnd.end) continue
    out.push({
      id: `release-before-post-production:${release.id}`,
      code: 'release-before-post-production',
      itemIds: [release.id, post.id],
      values: { coproductionId: coproduction.id, release: release.id, postProduction: post.id },
      fingerprint: `${datesOf(release)}|${datesOf(post)}`,
    })
  }
}

/** The whole days a co-production covers: its phases and releases, rounded out to day boundaries; null when it has none. */
export function coproductionSpan(project: Project, coproduction: Coproduction): AxisRange | null {
  const spans = projectSpans(project)
  let start = Infinity
  let end = -Infinity
  for (const item of [...coproduction.phases.filter((p) => p.status !== 'cancelled'), ...coproduction.releases]) {
    const span = spans.get(item.id)
    if (!span) continue
    start = Math.min(start, span.start)
    end = Math.max(end, span.end)
  }
  if (start === Infinity) return null
  return { start: dayOf(start) * MINUTES_PER_DAY, end: Math.ceil(end / MINUTES_PER_DAY) * MINUTES_PER_DAY }
}

function outsideConflicts(project: Project, spans: ReadonlyMap<string, ItemSpan>, out: Conflict[]): void {
  const coproductions = new Map(project.coproductions.map((c) => [c.id, c]))
  const extents = new Map<string, AxisRange | null>()
  for (const event of project.events) {
    if (event.coproductionId === undefined || event.status === 'cancelled') continue
    const coproduction = coproductions.get(event.coproductionId)
    const span = spans.get(event.id)
    if (!coproduction || !span) continue
    if (!extents.has(coproduction.id)) extents.set(coproduction.id, coproductionSpan(project, coproduction))
    const extent = extents.get(coproduction.id)
    if (!extent || (span.start >= extent.start && span.end <= extent.end)) continue
    out.push({
      id: `event-outside-coproduction:${event.id}`,
      code: 'event-outside-coproduction',
      itemIds: [event.id],
      values: { event: event.id, coproductionId: coproduction.id },
      fingerprint: `${datesOf(event)}|${coproduction.id}=${formatWall(extent.start)}/${formatWall(extent.end)}`,
    })
  }
}

/** A check that appends the conflicts it finds (the holiday check is one, kept apart: it needs date-holidays). */
export type ConflictCheck = (project: Project, out: Conflict[]) => void

/** The conflicts of the plan's own dates and links, with those `more` checks find, in a stable order (by code, then as found); O(n log n) plus one entry per conflict. */
export function collectConflicts(project: Project, more: readonly ConflictCheck[] = []): Conflict[] {
  const spans = projectSpans(project)
  const conflicts: Conflict[] = []
  venueConflicts(project, spans, conflicts)
  dependencyConflicts(project, spans, conflicts)
  for (const coproduction of project.coproductions) coproductionConflicts(coproduction, spans, conflicts)
  outsideConflicts(project, spans, conflicts)
  for (const check of more) check(project, conflicts)
  const rank = (c: Conflict) => conflictCodes.indexOf(c.code)
  return conflicts.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c)
}

/** The conflicts each item takes part in, by item id (for the icon on the item). */
export function conflictsByItem(conflicts: readonly Conflict[]): ReadonlyMap<string, Conflict[]> {
  const map = new Map<string, Conflict[]>()
  for (const conflict of conflicts) {
    for (const id of conflict.itemIds) {
      const list = map.get(id)
      if (list) list.push(conflict)
      else map.set(id, [conflict])
    }
  }
  return map
}

/** The acknowledged conflicts stored in `views.acknowledgedConflicts` (`{ [conflictId]: fingerprint }`); garbage entries are ignored. */
export function acknowledgedConflicts(project: Project): Readonly<Record<string, string>> {
  const stored = project.views?.acknowledgedConflicts
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {}
  return stored as Record<string, string>
}

/** True when the planner acknowledged this conflict and none of its dates changed since. */
export function isAcknowledged(project: Project, conflict: Conflict): boolean {
  const stored = acknowledgedConflicts(project)
  return Object.prototype.hasOwnProperty.call(stored, conflict.id) && stored[conflict.id] === conflict.fingerprint
}

function withAcknowledged(project: Project, entries: Record<string, string>): Project {
  return { ...project, views: { ...(project.views ?? {}), acknowledgedConflicts: entries } }
}

/** Stores the conflict's fingerprint so it stops nagging until its dates change; the same project when already acknowledged. */
export function acknowledgeConflict(project: Project, conflict: Conflict): Project {
  if (isAcknowledged(project, conflict)) return project
  const current = project.views?.acknowledgedConflicts
  const base = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : {}
  return withAcknowledged(project, { ...(base as Record<string, string>), [conflict.id]: conflict.fingerprint })
}

/** Forgets an acknowledgement, so the conflict warns again; the same project when it was not stored. */
export function unacknowledgeConflict(project: Project, conflict: Pick<Conflict, 'id'>): Project {
  const stored = acknowledgedConflicts(project)
  if (!Object.prototype.hasOwnProperty.call(stored, conflict.id)) return project
  const rest = { ...stored }
  delete rest[conflict.id]
  return withAcknowledged(project, rest)
}
