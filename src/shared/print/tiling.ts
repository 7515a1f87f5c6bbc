// The timeline on paper: the range tiled across page columns and the lanes down page rows. Every
// page repeats the time header and the lane labels, so the tiles only split the body. Sizes are
// in points; type never shrinks below MIN_LABEL_PT: a range that would need smaller type takes
// more pages instead.
import { civilFromDays, daysFromCivil, weekday, type HeaderUnit } from '../timeline'
import type { DayRange } from './range'
import type { PrintScale } from './settings'

/** The smallest type printed anywhere, in points. */
export const MIN_LABEL_PT = 7

/** Fixed sizes of a timeline page, in points. */
export interface TimelineMetrics {
  labelPt: number
  laneLabelWidth: number
  /** Title, position and legend above the chart. */
  pageHeaderHeight: number
  /** The two rows of the time header. */
  timeHeaderHeight: number
  footerHeight: number
  /** One stacked row of bars inside a lane. */
  rowHeight: number
  /** Padding above and below a lane's rows. */
  lanePadding: number
}

export const DEFAULT_TIMELINE_METRICS: Readonly<TimelineMetrics> = Object.freeze({
  labelPt: 8,
  laneLabelWidth: 110,
  pageHeaderHeight: 46,
  timeHeaderHeight: 30,
  footerHeight: 16,
  rowHeight: 15,
  lanePadding: 4,
})

/** A lane to print: its key and how many stacked rows its items need over the whole range. */
export interface LaneRows {
  key: string
  rows: number
}

/** One column of pages: the days `[first, last]` it shows. */
export interface PageColumn {
  first: number
  last: number
}

/** A lane (or the rows `[fromRow, toRow)` of a lane taller than a page) on one row of pages. */
export interface LaneSlice {
  lane: number
  key: string
  fromRow: number
  toRow: number
  /** Offset of the slice's top below the time header, in points. */
  top: number
  height: number
}

/** One printed page of the timeline. `number` counts from 1, across then down. */
export interface TimelinePage {
  number: number
  column: number
  row: number
  days: PageColumn
  lanes: LaneSlice[]
}

export interface TimelineTiling {
  /** Points per day on every page (one scale for the whole print). */
  ptPerDay: number
  /** Header units: top row and bottom row. */
  header: { top: HeaderUnit; bottom: HeaderUnit }
  columns: PageColumn[]
  rows: LaneSlice[][]
  pages: TimelinePage[]
  /** The page box (points) the tiling was made for, and the chart body width. */
  bodyWidth: number
  bodyHeight: number
}

export interface TilingInput {
  days: DayRange
  lanes: readonly LaneRows[]
  /** The printable box (sheet minus margins), points. */
  width: number
  height: number
  scale: PrintScale
  metrics?: TimelineMetrics
}

/** The narrowest month cell that still holds a 7 pt month name ("Sep"), points. */
const MIN_MONTH_PT = 22
/** Narrowest cells that hold a day number or a week number at 7 pt. */
const MIN_DAY_PT = 11
const MIN_WEEK_PT = 20
const MAX_COLUMNS = 400

function monthStart(day: number, plus: number): number {
  const [y, m] = civilFromDays(day)
  const index = y * 12 + (m - 1) + plus
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1)
}

/** Page columns and the one scale (points per day) for the chosen unit or fit; lanes do not change them. */
export function timelineColumns(days: DayRange, scale: PrintScale, bodyWidth: number): { columns: PageColumn[]; ptPerDay: number } {
  const total = days.last - days.first + 1
  const minPtPerDay = MIN_MONTH_PT / 31
  // More than MAX_COLUMNS pages across would be a mistake, not a print: wider pages instead.
  const split = (asked: number, start = days.first): PageColumn[] => {
    const perPage = Math.max(asked, Math.ceil((days.last - start + 1) / MAX_COLUMNS))
    const columns: PageColumn[] = []
    for (let first = start; first <= days.last; first += perPage) columns.push({ first: Math.max(first, days.first), last: Math.min(days.last, first + perPage - 1) })
    return columns
  }
  if (scale.mode === 'fit') {
    let perPage = Math.ceil(total / Math.max(1, scale.pagesWide))
    // Never smaller than a legible month: take more pages.
    perPage = Math.min(perPage, Math.max(1, Math.floor(bodyWidth / minPtPerDay)))
    const columns = split(perPage)
    return { columns, ptPerDay: bodyWidth / Math.max(perPage, columns[0]!.last - columns[0]!.first + 1) }
  }
  if (scale.unit === 'month') {
    let months = Math.max(1, scale.count, Math.ceil((total / 28) / MAX_COLUMNS))
    while (months > 1 && bodyWidth / (months * 31) < minPtPerDay) months--
    const columns: PageColumn[] = []
    for (let first = monthStart(days.first, 0); first <= days.last; first = monthStart(first, months)) {
      columns.push({ first: Math.max(first, days.first), last: Math.min(days.last, monthStart(first, months) - 1) })
    }
    return { columns, ptPerDay: bodyWidth / (months * 31) }
  }
  let perPage = scale.unit === 'week' ? 7 * Math.max(1, scale.count) : Math.max(1, scale.count)
  perPage = Math.min(perPage, Math.max(1, Math.floor(bodyWidth / minPtPerDay)))
  // Weeks start on Monday.
  const start = scale.unit === 'week' ? days.first - ((weekday(days.first) + 6) % 7) : days.first
  const columns = split(perPage, start)
  const widest = Math.max(...columns.map((c, i) => (i === 0 ? c.last - start + 1 : c.last - c.first + 1)))
  return { columns, ptPerDay: bodyWidth / Math.max(perPage, widest) }
}

/** The days widened to whole months (month scale) or whole weeks from Monday (week scale); other scales keep them. */
export function wholeUnits(days: DayRange, scale: PrintScale): DayRange {
  if (scale.mode !== 'unit' || scale.unit === 'day') return days
  if (scale.unit === 'week') {
    const first = days.first - ((weekday(days.first) + 6) % 7)
    return { first, last: days.last + ((7 - ((weekday(days.last) + 6) % 7) - 1) % 7) }
  }
  return { first: monthStart(days.first, 0), last: monthStart(days.last, 1) - 1 }
}

/** The header rows that fit the scale with type at least MIN_LABEL_PT. */
export function headerUnitsFor(ptPerDay: number): { top: HeaderUnit; bottom: HeaderUnit } {
  if (ptPerDay >= MIN_DAY_PT) return { top: 'month', bottom: 'day' }
  if (ptPerDay * 7 >= MIN_WEEK_PT) return { top: 'month', bottom: 'week' }
  if (ptPerDay * 28 >= MIN_MONTH_PT) return { top: 'year', bottom: 'month' }
  return { top: 'year', bottom: 'quarter' }
}

/** Lanes cut into page rows at lane boundaries; a lane taller than a page is cut between its stacked rows. */
export function laneRowsOf(lanes: readonly LaneRows[], bodyHeight: number, metrics: TimelineMetrics): LaneSlice[][] {
  const pages: LaneSlice[][] = []
  let current: LaneSlice[] = []
  let used = 0
  const perPage = Math.max(1, Math.floor((bodyHeight - 2 * metrics.lanePadding) / metrics.rowHeight))
  const push = (slice: Omit<LaneSlice, 'top'>) => {
    if (current.length > 0 && used + slice.height > bodyHeight) {
      pages.push(current)
      current = []
      used = 0
    }
    current.push({ ...slice, top: used })
    used += slice.height
  }
  lanes.forEach((lane, index) => {
    const rows = Math.max(1, lane.rows)
    for (let from = 0; from < rows; from += perPage) {
      const to = Math.min(rows, from + perPage)
      push({ lane: index, key: lane.key, fromRow: from, toRow: to, height: (to - from) * metrics.rowHeight + 2 * metrics.lanePadding })
    }
  })
  if (current.length > 0 || pages.length === 0) pages.push(current)
  return pages
}

/** The width of the chart body for a printable box `width` points wide. */
export function timelineBodyWidth(width: number, metrics: TimelineMetrics = DEFAULT_TIMELINE_METRICS): number {
  return Math.max(50, width - metrics.laneLabelWidth)
}

/** The pages of a timeline print: columns of days across, rows of lanes down, numbered across then down. */
export function tileTimeline(input: TilingInput): TimelineTiling {
  const metrics = input.metrics ?? DEFAULT_TIMELINE_METRICS
  const bodyWidth = timelineBodyWidth(input.width, metrics)
  const bodyHeight = Math.max(metrics.rowHeight + 2 * metrics.lanePadding, input.height - metrics.pageHeaderHeight - metrics.timeHeaderHeight - metrics.footerHeight)
  const { columns, ptPerDay } = timelineColumns(input.days, input.scale, bodyWidth)
  const rows = laneRowsOf(input.lanes, bodyHeight, metrics)
  const pages: TimelinePage[] = []
  rows.forEach((lanes, row) => columns.forEach((days, column) => pages.push({ number: pages.length + 1, column, row, days, lanes })))
  return { ptPerDay, header: headerUnitsFor(ptPerDay), columns, rows, pages, bodyWidth, bodyHeight }
}
