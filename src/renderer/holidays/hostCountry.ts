// Which country's holidays apply to what: an event's host country is its venue's country, else
// its own (the same rule as the on-public-holiday warning in src/shared/timeline/holidayConflicts.ts).
import type { Event, Project } from '../../shared/format'

/** The host country of an event: its venue's country, else the event's own. */
export function hostCountryOf(project: Project, event: Event): string {
  const venue = event.venueId === undefined ? undefined : project.venues.find((v) => v.id === event.venueId)
  return venue?.country ?? event.country
}

/** The countries the plan works in (events, venues, partners), most used first. */
export function planCountries(project: Project): string[] {
  const counts = new Map<string, number>()
  const add = (code: string | undefined) => code && counts.set(code, (counts.get(code) ?? 0) + 1)
  for (const event of project.events) add(event.country)
  for (const venue of project.venues) add(venue.country)
  for (const partner of project.partners) add(partner.country)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code)
}
