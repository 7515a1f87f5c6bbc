// The public holidays on screen: for a lane (its country's) and for the home band (the home
// country's and the plan's own non-working days), as axis ranges of whole home-calendar days.
import type { Project } from '../../shared/format'
import { MINUTES_PER_DAY, nonWorkingDays, formatDate, wallMinutes, type AxisRange, type Grouping, type Zoom } from '../../shared/timeline'
import type { HolidayCalendar } from './calendar'

/** One marked day on the axis. */
export interface MarkedDay extends AxisRange {
  date: string
  name: string
  /** `holiday`: a public holiday of `country`; `plan`: one of the plan's own non-working days. */
  kind: 'holiday' | 'plan'
  country?: string
}

/** Holidays are drawn where a day is wide enough to see: day and week zoom. */
export const showsHolidays = (zoom: Zoom): boolean => zoom === 'day' || zoom === 'week'

/** The country of a lane whose grouping has one (country, venue), or null. */
export function laneCountry(project: Project, grouping: Grouping, laneKey: string): string | null {
  if (grouping === 'country') return laneKey || null
  if (grouping === 'venue') return project.venues.find((v) => v.id === laneKey)?.country ?? null
  return null
}

function yearsOf(range: AxisRange): number[] {
  const first = Number(formatDate(range.start).slice(0, 4))
  const last = Number(formatDate(Math.max(range.start, range.end - 1)).slice(0, 4))
  const years: number[] = []
  for (let y = first; y <= last; y++) years.push(y)
  return years
}

/** The public holidays of `country` whose days touch `range` (none until the calendar has loaded). */
export function holidaysIn(calendar: HolidayCalendar | null, country: string, range: AxisRange, language: string): MarkedDay[] {
  const out: MarkedDay[] = []
  if (!calendar) return out
  for (const year of yearsOf(range)) {
    for (const holiday of calendar.publicHolidays(country, year, language)) {
      const start = wallMinutes(holiday.date)
      if (start + MINUTES_PER_DAY <= range.start || start >= range.end) continue
      out.push({ start, end: start + MINUTES_PER_DAY, date: holiday.date, name: holiday.name, kind: 'holiday', country })
    }
  }
  return out
}

/** The plan's own non-working days touching `range`. */
export function planDaysIn(project: Project, range: AxisRange): MarkedDay[] {
  const out: MarkedDay[] = []
  for (const day of nonWorkingDays(project).values()) {
    const start = wallMinutes(day.date)
    if (start + MINUTES_PER_DAY <= range.start || start >= range.end) continue
    out.push({ start, end: start + MINUTES_PER_DAY, date: day.date, name: day.name ?? '', kind: 'plan' })
  }
  return out
}

/** What is marked on the day of axis time `time` for a country: its holiday, if any. */
export function holidayAt(calendar: HolidayCalendar | null, country: string | null, time: number, language: string) {
  return country && calendar ? calendar.holidayOn(country, formatDate(time), language) : undefined
}
