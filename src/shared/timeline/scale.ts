// Zoom levels of the timeline: how wide a day is, what a drag snaps to, and the two header rows.
// Header cells carry dates and numbers, never words: the UI names months and weekdays with
// date-fns locales.
import { civilFromDays, dateOfDay, dayOf, daysFromCivil, MINUTES_PER_DAY, type AxisRange } from './time'

export const zoomLevels = ['day', 'week', 'month', 'quarter', 'year'] as const
/** A zoom level of the timeline, from the most detailed (`day`) to the widest (`year`). */
export type Zoom = (typeof zoomLevels)[number]

/** Width of one calendar day in CSS pixels at each zoom level. */
export const PIXELS_PER_DAY: Readonly<Record<Zoom, number>> = { day: 48, week: 18, month: 4, quarter: 1.5, year: 0.5 }

/**
 * How wide a day is: a zoom preset, or a continuous scale in CSS pixels per day (the timeline
 * zooms continuously between the presets and beyond them).
 */
export type Scale = Zoom | number

/** Pixels per day of a scale. */
export function pxPerDayOf(scale: Scale): number {
  return typeof scale === 'number' ? scale : PIXELS_PER_DAY[scale]
}

/** Horizontal position in pixels of axis minute `time`, with axis minute `origin` at x = 0. */
export function xFromTime(time: number, origin: number, scale: Scale): number {
  return ((time - origin) / MINUTES_PER_DAY) * pxPerDayOf(scale)
}

/** Axis minute at pixel `x`, with axis minute `origin` at x = 0 (not snapped). */
export function timeFromX(x: number, origin: number, scale: Scale): number {
  return origin + (x / pxPerDayOf(scale)) * MINUTES_PER_DAY
}

/** Width in pixels of an axis-minute duration at `scale`. */
export function widthOf(minutes: number, scale: Scale): number {
  return (minutes / MINUTES_PER_DAY) * pxPerDayOf(scale)
}

/** The calendar unit of one header cell. */
export type HeaderUnit = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day'

/**
 * One cell of the timeline header, `[start, end)` in axis minutes. `date` is its first day
 * (`YYYY-MM-DD`); `value` is the month (1–12), quarter (1–4), week (1–53, ISO unless a WeekRule says otherwise), day of month or
 * year; `year` is the calendar year, or the ISO week-numbering year for weeks.
 */
export interface HeaderCell extends AxisRange {
  unit: HeaderUnit
  date: string
  year: number
  value: number
}

/** The two header rows of a zoom: which units sit on top and below. */
export const HEADER_UNITS: Readonly<Record<Zoom, { top: HeaderUnit; bottom: HeaderUnit }>> = {
  day: { top: 'month', bottom: 'day' },
  week: { top: 'month', bottom: 'week' },
  month: { top: 'year', bottom: 'month' },
  quarter: { top: 'quarter', bottom: 'month' },
  year: { top: 'year', bottom: 'quarter' },
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/**
 * How a locale counts weeks: the first day of the week (0 Sunday … 6 Saturday) and the day of
 * January always in week 1. ISO 8601 (most of Europe, China): Monday and 4; the US: Sunday and 1.
 */
export interface WeekRule {
  weekStartsOn: number
  firstWeekContainsDate: number
}
export const ISO_WEEKS: WeekRule = { weekStartsOn: 1, firstWeekContainsDate: 4 }

function weekStart(day: number, rule: WeekRule): number {
  return day - ((weekday(day) - rule.weekStartsOn + 7) % 7)
}

function weekNumber(start: number, rule: WeekRule): { year: number; week: number } {
  // The week belongs to the year its `firstWeekContainsDate`-th day counts in (Thursday for ISO).
  const [year] = civilFromDays(start + 7 - rule.firstWeekContainsDate)
  const first = weekStart(daysFromCivil(year, 1, rule.firstWeekContainsDate), rule)
  return { year, week: Math.floor((start - first) / 7) + 1 }
}

// The first day of the unit holding `day`, and the first day of the next unit.
function unitBounds(unit: HeaderUnit, day: number, rule: WeekRule): [number, number] {
  if (unit === 'day') return [day, day + 1]
  if (unit === 'week') {
    const start = weekStart(day, rule)
    return [start, start + 7]
  }
  const [y, m] = civilFromDays(day)
  if (unit === 'decade') {
    const first = Math.floor(y / 10) * 10
    return [daysFromCivil(first, 1, 1), daysFromCivil(first + 10, 1, 1)]
  }
  if (unit === 'year') return [daysFromCivil(y, 1, 1), daysFromCivil(y + 1, 1, 1)]
  const first = unit === 'quarter' ? m - ((m - 1) % 3) : m
  const next = first + (unit === 'quarter' ? 3 : 1)
  return [daysFromCivil(y, first, 1), next > 12 ? daysFromCivil(y + 1, next - 12, 1) : daysFromCivil(y, next, 1)]
}

function cellOf(unit: HeaderUnit, firstDay: number, nextDay: number, rule: WeekRule): HeaderCell {
  const [y, m, d] = civilFromDays(firstDay)
  let year = y
  let value: number
  if (unit === 'day') value = d
  else if (unit === 'month') value = m
  else if (unit === 'quarter') value = Math.floor((m - 1) / 3) + 1
  else if (unit === 'year') value = y
  else if (unit === 'decade') value = Math.floor(y / 10) * 10
  else ({ year, week: value } = weekNumber(firstDay, rule))
  return { unit, start: firstDay * MINUTES_PER_DAY, end: nextDay * MINUTES_PER_DAY, date: dateOfDay(firstDay), year, value }
}

/** Cells of one calendar unit covering `range` (the first and last may stick out of it); at most `limit` cells. */
export function headerCells(unit: HeaderUnit, range: AxisRange, limit = 5000, rule: WeekRule = ISO_WEEKS): HeaderCell[] {
  const cells: HeaderCell[] = []
  let day = dayOf(range.start)
  while (day * MINUTES_PER_DAY < range.end && cells.length < limit) {
    const [first, next] = unitBounds(unit, day, rule)
    cells.push(cellOf(unit, first, next, rule))
    day = next
  }
  return cells
}

/** The two header rows for the visible `range` at `zoom` (see HEADER_UNITS). */
export function headerRows(range: AxisRange, zoom: Zoom, rule: WeekRule = ISO_WEEKS): { top: HeaderCell[]; bottom: HeaderCell[] } {
  const units = HEADER_UNITS[zoom]
  return { top: headerCells(units.top, range, 5000, rule), bottom: headerCells(units.bottom, range, 5000, rule) }
}

/** Weekend days (0 Sunday … 6 Saturday) shaded by default. */
export const DEFAULT_WEEKEND: readonly number[] = [6, 0]

/** Day-aligned axis ranges of the weekend days touching `range`, consecutive weekend days merged. */
export function weekendRanges(range: AxisRange, weekendDays: readonly number[] = DEFAULT_WEEKEND): AxisRange[] {
  const weekend = new Set(weekendDays)
  const ranges: AxisRange[] = []
  if (weekend.size === 0) return ranges
  const last = dayOf(Math.ceil(range.end) - 1)
  for (let day = dayOf(range.start); day <= last; day++) {
    if (!weekend.has(weekday(day))) continue
    const previous = ranges.at(-1)
    if (previous && previous.end === day * MINUTES_PER_DAY) previous.end += MINUTES_PER_DAY
    else ranges.push({ start: day * MINUTES_PER_DAY, end: (day + 1) * MINUTES_PER_DAY })
  }
  return ranges
}

/** The range `[earliest start, latest end)` of `spans`, or null when there are none. */
export function extentOf(spans: Iterable<AxisRange>): AxisRange | null {
  let start = Infinity
  let end = -Infinity
  for (const span of spans) {
    if (span.start < start) start = span.start
    if (span.end > end) end = span.end
  }
  return start === Infinity ? null : { start, end: Math.max(start, end) }
}

/**
 * "Fit whole plan": the most detailed zoom at which all `spans` plus a margin (5 % of the plan,
 * at least a day, each side) fit in `viewportPx`, and the axis minute to put at the left edge
 * (`year` when nothing fits). Null when there are no items.
 */
export function fitRange(spans: Iterable<AxisRange>, viewportPx: number): { zoom: Zoom; start: number } | null {
  const extent = extentOf(spans)
  if (!extent) return null
  const length = Math.max(extent.end - extent.start, MINUTES_PER_DAY)
  const margin = Math.max(MINUTES_PER_DAY, Math.round(length * 0.05))
  const needed = length + 2 * margin
  const zoom = zoomLevels.find((z) => widthOf(needed, z) <= viewportPx) ?? 'year'
  // Left-align at a day boundary so the header starts on a whole day.
  const start = dayOf(extent.start - margin) * MINUTES_PER_DAY
  return { zoom, start }
}

/** The next zoom level in or out (`+1` wider, `-1` more detailed), staying within the levels. */
export function stepZoom(zoom: Zoom, direction: 1 | -1): Zoom {
  const index = zoomLevels.indexOf(zoom) + direction
  return zoomLevels[Math.min(zoomLevels.length - 1, Math.max(0, index))] ?? zoom
}

/** True for a known zoom level name. */
export function isZoom(value: unknown): value is Zoom {
  return typeof value === 'string' && (zoomLevels as readonly string[]).includes(value)
}
