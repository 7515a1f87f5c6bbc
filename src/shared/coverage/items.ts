// The items the Coverage view counts: the events and co-productions (a co-production with its
// releases) that pass the window's filter, each reduced to what the figures ask of it.
import type { Budget, EventStatus, Project } from '../format'
import { coproductionChannels, coproductionCountries, coproductionDays, eventPredicate, coproductionPredicate, type EventFilter } from '../filters'

/** One event or co-production as the figures see it. Days are `YYYY-MM-DD` (inclusive). */
export interface CoverageItem {
  id: string
  type: 'event' | 'coproduction'
  status: EventStatus
  channelIds: readonly string[]
  audienceIds: readonly string[]
  strategyIds: readonly string[]
  partnerIds: readonly string[]
  /** Where it reaches people: an event's host country, a co-production's release countries. */
  countries: readonly string[]
  /** First and last busy day; null for a co-production with no phase or release yet. */
  days: { start: string; end: string } | null
  budget?: Budget
}

/** The events, then the co-productions, of `project` that pass `filter`, in plan order. */
export function coverageItems(project: Project, filter: EventFilter): CoverageItem[] {
  const keepEvent = eventPredicate(project, filter)
  const keepCoproduction = coproductionPredicate(project, filter)
  const events = project.events.filter(keepEvent).map(
    (e): CoverageItem => ({
      id: e.id,
      type: 'event',
      status: e.status,
      channelIds: e.channelIds,
      audienceIds: e.audienceIds,
      strategyIds: e.strategyIds,
      partnerIds: e.partnerIds,
      countries: [e.country],
      days: { start: e.start.slice(0, 10), end: e.end.slice(0, 10) },
      ...(e.budget ? { budget: e.budget } : {}),
    }),
  )
  const coproductions = project.coproductions.filter(keepCoproduction).map(
    (c): CoverageItem => ({
      id: c.id,
      type: 'coproduction',
      status: c.status,
      channelIds: coproductionChannels(c),
      audienceIds: c.audienceIds,
      strategyIds: c.strategyIds,
      partnerIds: c.partnerIds,
      countries: coproductionCountries(c),
      days: coproductionDays(c),
    }),
  )
  return [...events, ...coproductions]
}

/** The quarter a day falls in, `YYYY-Qn`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
}

/** A day's quarter as a number that counts up by one per quarter (year × 4 + quarter − 1). */
export function quarterIndex(day: string): number {
  return Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3)
}

/** Every quarter from the one of `start` to the one of `end`, in order (none when `end` is before `start`). */
export function quartersBetween(start: string, end: string): string[] {
  const first = quarterIndex(start)
  return Array.from({ length: Math.max(0, quarterIndex(end) - first + 1) }, (_, i) => `${Math.floor((first + i) / 4)}-Q${((first + i) % 4) + 1}`)
}
