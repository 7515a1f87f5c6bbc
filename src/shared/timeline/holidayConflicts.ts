// An event on a public holiday of its host country is a warning (never an error: a Nowruz concert
// on 21 March celebrates the holiday). The host country is the venue's country, else the event's.
// A run of more than a week is checked on its opening and closing days only: an exhibition open
// for two months always spans a holiday, and only its opening and closing need people there.
import type { Project } from '../format'
import type { Conflict } from './conflicts'
import { isPublicHoliday } from './holidays'
import { daysFromCivil, civilFromDays } from './time'

const LONG_RUN_DAYS = 7
const dayNumber = (date: string) => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
const pad = (n: number) => String(n).padStart(2, '0')
const dateOf = (day: number) => {
  const [y, m, d] = civilFromDays(day)
  return `${y}-${pad(m)}-${pad(d)}`
}

/** The local dates of an event to check against its host country's holidays, in order. */
function checkedDates(start: string, end: string): string[] {
  const first = dayNumber(start)
  const last = Math.max(first, dayNumber(end))
  if (last - first + 1 > LONG_RUN_DAYS) return [dateOf(first), dateOf(last)]
  const dates: string[] = []
  for (let day = first; day <= last; day++) dates.push(dateOf(day))
  return dates
}

/** Appends an `on-public-holiday` warning for each event (not cancelled) on a public holiday of its host country. */
export function holidayConflicts(project: Project, out: Conflict[]): void {
  const venueCountry = new Map(project.venues.map((v) => [v.id, v.country]))
  for (const event of project.events) {
    if (event.status === 'cancelled') continue
    const country = (event.venueId !== undefined ? venueCountry.get(event.venueId) : undefined) ?? event.country
    if (typeof country !== 'string' || typeof event.start !== 'string' || typeof event.end !== 'string') continue
    const date = checkedDates(event.start, event.end).find((d) => isPublicHoliday(country, d))
    if (date === undefined) continue
    out.push({
      id: `on-public-holiday:${event.id}`,
      code: 'on-public-holiday',
      itemIds: [event.id],
      values: { event: event.id, country, date },
      fingerprint: `${event.id}=${event.start}/${event.end}${event.timeZone ? `@${event.timeZone}` : ''}|${country}|${date}`,
    })
  }
}
