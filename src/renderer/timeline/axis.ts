// The stretch of time the timeline canvas covers, and the words of its header rows.
import { format, type Locale } from 'date-fns'
import type { TFunction } from 'i18next'
import { civilFromDays, dayOf, daysFromCivil, MINUTES_PER_DAY, type AxisRange, type HeaderCell } from '../../shared/timeline'

const monthStart = (day: number, monthsBefore: number): number => {
  const [y, m] = civilFromDays(day)
  const index = y * 12 + (m - 1) - monthsBefore
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1)
}

// Today is on the canvas when it is within this many days of the plan, so "Today" can scroll there.
const TODAY_REACH_DAYS = 3 * 366

/**
 * The canvas range: whole months from a quarter year before the plan's first item to two months
 * after its last, stretched to today when today is within three years. An empty plan shows the
 * year around today. The range is at least `minLength` axis minutes long and reaches at least
 * to `reach` (how far the view has been scrolled: the axis grows as you scroll on).
 */
export function canvasRange(extent: AxisRange | null, today: number, minLength = 0, reach: number | null = null): AxisRange {
  const todayDay = dayOf(today)
  let first = extent ? dayOf(extent.start) : todayDay
  let last = extent ? dayOf(Math.max(extent.start, extent.end - 1)) : todayDay
  if (todayDay >= first - TODAY_REACH_DAYS && todayDay <= last + TODAY_REACH_DAYS) {
    first = Math.min(first, todayDay)
    last = Math.max(last, todayDay)
  }
  const start = monthStart(first, 3)
  // At wide zooms the canvas still fills the window, so lanes never stop half-way across; it ends
  // a month after that, or after what the view has scrolled to.
  const farthest = Math.max(last, dayOf(start * MINUTES_PER_DAY + minLength), reach === null ? -Infinity : dayOf(reach))
  const end = monthStart(farthest, -2)
  return { start: start * MINUTES_PER_DAY, end: end * MINUTES_PER_DAY }
}

// A label-friendly Date for a header cell's first day (local noon, so no zone moves its day).
const dateOf = (cell: HeaderCell): Date => {
  const [y, m, d] = civilFromDays(dayOf(cell.start))
  return new Date(y, m - 1, d, 12)
}

/** The text of a header cell, long or short (see adaptiveAxis), e.g. "April 2027" / "Apr 2027", "Thu 15" / "15", "Week 16 · 12 Apr" / "W16", "Q2 2027", "2020s". */
export function headerLabel(cell: HeaderCell, row: 'top' | 'bottom', long: boolean, t: TFunction, locale: Locale): string {
  const date = dateOf(cell)
  const pattern = (key: 'monthYear' | 'monthShortYear' | 'month' | 'monthShort' | 'weekday' | 'dayMonth') => format(date, t(`timeline.header.${key}`), { locale })
  switch (cell.unit) {
    case 'decade':
      return t('timeline.header.decade', { year: cell.value })
    case 'year':
      return String(cell.value)
    case 'quarter':
      return row === 'top' || long ? t('timeline.header.quarterYear', { quarter: cell.value, year: cell.year }) : t('timeline.header.quarter', { quarter: cell.value })
    case 'month':
      if (row === 'top') return long ? pattern('monthYear') : pattern('monthShortYear')
      return long ? pattern('month') : pattern('monthShort')
    case 'week':
      return long ? t('timeline.header.week', { week: cell.value, date: pattern('dayMonth') }) : t('timeline.header.weekShort', { week: cell.value })
    case 'day':
      return long ? t('timeline.header.day', { weekday: pattern('weekday'), day: cell.value }) : String(cell.value)
  }
}
