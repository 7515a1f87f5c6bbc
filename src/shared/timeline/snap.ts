// Snapping: the step a drag or an arrow key moves by at each zoom, and calendar arithmetic on the
// file's own date strings (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`), so moves never pass through a zone.
import { PIXELS_PER_DAY, type Zoom } from './scale'
import { civilFromDays, daysFromCivil, daysInMonth, dateOfDay, MINUTES_PER_DAY } from './time'

/** A snapped change of dates: whole days (weeks are 7 days) or whole calendar months (date-fns addMonths). */
export interface Delta {
  unit: 'day' | 'month'
  amount: number
}

/** The step a drag or an arrow key moves by at each zoom: a day at day/week zoom, a week at month zoom, a month beyond. */
export const SNAP_UNIT: Readonly<Record<Zoom, Delta>> = {
  day: { unit: 'day', amount: 1 },
  week: { unit: 'day', amount: 1 },
  month: { unit: 'day', amount: 7 },
  quarter: { unit: 'month', amount: 1 },
  year: { unit: 'month', amount: 1 },
}

/** Average Gregorian month in days, for turning a pixel distance into months. */
export const AVERAGE_MONTH_DAYS = 365.2425 / 12

const noNegativeZero = (n: number): number => (n === 0 ? 0 : n)

/** `steps` snap units of `zoom` (an arrow key press is one step), e.g. month zoom, 2 → 14 days. */
export function snapDelta(zoom: Zoom, steps = 1): Delta {
  const unit = SNAP_UNIT[zoom]
  return { unit: unit.unit, amount: noNegativeZero(unit.amount * Math.trunc(steps)) }
}

/** A pointer distance in pixels, rounded to the nearest whole snap unit of `zoom` (`pxPerDay`: the actual scale). */
export function deltaFromPixels(px: number, zoom: Zoom, pxPerDay: number = PIXELS_PER_DAY[zoom]): Delta {
  const days = px / pxPerDay
  const unit = SNAP_UNIT[zoom]
  if (unit.unit === 'month') return { unit: 'month', amount: noNegativeZero(Math.round(days / AVERAGE_MONTH_DAYS)) }
  return { unit: 'day', amount: noNegativeZero(Math.round(days / unit.amount) * unit.amount) }
}

/** An approximate width of a delta in axis minutes (months as average months), for previews and auto-scroll. */
export function deltaMinutes(delta: Delta): number {
  return (delta.unit === 'month' ? delta.amount * AVERAGE_MONTH_DAYS : delta.amount) * MINUTES_PER_DAY
}

function dayNumber(value: string): number {
  return daysFromCivil(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10))
}

/** Whole days from date `a` to date `b` (the date parts of `YYYY-MM-DD[THH:mm]` values; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** The value moved by `days` calendar days, keeping its time of day if it has one. */
export function addDaysTo(value: string, days: number): string {
  if (days === 0) return value
  return dateOfDay(dayNumber(value) + days) + value.slice(10)
}

/** The value moved by `months` calendar months like date-fns addMonths (Jan 31 + 1 month → Feb 28/29), keeping its time of day. */
export function addMonthsTo(value: string, months: number): string {
  if (months === 0) return value
  const [y, m, d] = civilFromDays(dayNumber(value))
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return dateOfDay(daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)))) + value.slice(10)
}

/** The value moved by a snapped delta (days or months), keeping its time of day. */
export function addDelta(value: string, delta: Delta): string {
  return delta.unit === 'month' ? addMonthsTo(value, delta.amount) : addDaysTo(value, delta.amount)
}

/** The same delta in the opposite direction. */
export function invertDelta(delta: Delta): Delta {
  return { unit: delta.unit, amount: delta.amount === 0 ? 0 : -delta.amount }
}
