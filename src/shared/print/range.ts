// The days a print covers, from the dialog's range choice.
import { civilFromDays, dateOfDay, dayOf, daysFromCivil, wallMinutes, type AxisRange } from '../timeline'
import type { PrintSettings } from './settings'

/** Days `[first, last]` inclusive, as day numbers since 1970-01-01. */
export interface DayRange {
  first: number
  last: number
}

export const dayOfDate = (date: string): number => dayOf(wallMinutes(date))

/** The days of `settings.range` around `today` (`YYYY-MM-DD`); `extent` is the plan's items (axis minutes), for "whole plan". */
export function printDays(settings: Pick<PrintSettings, 'range' | 'from' | 'to'>, today: string, extent: AxisRange | null): DayRange {
  const day = dayOfDate(today)
  const [y, m] = civilFromDays(day)
  switch (settings.range) {
    case 'month':
      return { first: daysFromCivil(y, m, 1), last: daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1 }
    case 'quarter': {
      const q = m - ((m - 1) % 3)
      const next = q + 3
      return { first: daysFromCivil(y, q, 1), last: daysFromCivil(next > 12 ? y + 1 : y, next > 12 ? next - 12 : next, 1) - 1 }
    }
    case 'year':
      return { first: daysFromCivil(y, 1, 1), last: daysFromCivil(y + 1, 1, 1) - 1 }
    case 'custom': {
      if (settings.from === '' || settings.to === '') return printDays({ ...settings, range: 'month' }, today, extent)
      const a = dayOfDate(settings.from)
      const b = dayOfDate(settings.to)
      return { first: Math.min(a, b), last: Math.max(a, b) }
    }
    case 'plan': {
      if (!extent) return printDays({ ...settings, range: 'month' }, today, extent)
      const first = dayOf(extent.start)
      // An end exactly at midnight belongs to the day before (spans are half-open).
      const last = Math.max(first, dayOf(Math.max(extent.start, extent.end - 1)))
      return { first, last }
    }
  }
}

/** True when the half-open axis span touches the days (milestones on a day count). */
export function spanInDays(span: AxisRange, days: DayRange): boolean {
  const start = days.first * 1440
  const end = (days.last + 1) * 1440
  return span.start < end && (span.end > start || (span.end === span.start && span.start >= start))
}

/** `YYYY-MM-DD` of both ends. */
export function dayRangeDates(days: DayRange): { from: string; to: string } {
  return { from: dateOfDay(days.first), to: dateOfDay(days.last) }
}
