// What the print route draws: the pages of the chosen layout, computed from the plan, the print
// settings and (when asked) the screen's filter and grouping. Pure data from src/shared/print, plus
// the lanes and stacked bars of the timeline layout.
import type { Project } from '../../shared/format'
import { emptyFilter, eventPredicate, type EventFilter } from '../../shared/filters'
import { coverageOf, type Coverage } from '../../shared/coverage'
import {
  agendaEntries,
  agendaMetrics,
  agendaPages,
  agendaRowHeight,
  pageBox,
  partnerPages,
  partnerSheets,
  printDays,
  spanInDays,
  tileTimeline,
  timelineBodyWidth,
  timelineColumns,
  textEms,
  linesOf,
  wholeUnits,
  DEFAULT_TIMELINE_METRICS,
  type AgendaEntry,
  type AgendaMetrics,
  type DayRange,
  type PartnerSheet,
  type Placed,
  type PrintSettings,
  type TimelineTiling,
} from '../../shared/print'
import { dateOfDay, findItem, planExtent, groupLanes, projectSpans, stackLane, type ItemSpan, type Lane, type LocatedItem, type TimelineView } from '../../shared/timeline'
import { findConflicts } from '../../shared/timeline/findConflicts'

/** A bar of a printed lane: its item, where it is on the axis, and its stacked row. */
export interface PrintBar {
  id: string
  located: LocatedItem
  span: ItemSpan
  row: number
  warned: boolean
  /** Where the bar and its label end on the axis (minutes): nothing else in its row starts before. */
  occupiedEnd: number
}

export interface PrintLane {
  lane: Lane
  bars: PrintBar[]
  rows: number
}

/** A finish-to-start arrow; `violated` when the second item starts before the first ends. */
export interface PrintDependency {
  id: string
  from: string
  to: string
  violated: boolean
}

interface Common {
  box: ReturnType<typeof pageBox>
  days: DayRange
  settings: PrintSettings
  /** How many pages the layout has. */
  pageCount: number
}

export type PrintModel =
  | (Common & { layout: 'timeline'; tiling: TimelineTiling; lanes: PrintLane[]; view: TimelineView; dependencies: PrintDependency[] })
  | (Common & { layout: 'agenda'; pages: Placed[][]; entries: ReadonlyMap<string, AgendaEntry>; metrics: AgendaMetrics })
  | (Common & { layout: 'partners'; pages: Placed[][]; entries: ReadonlyMap<string, AgendaEntry>; sheets: ReadonlyMap<string, PartnerSheet>; metrics: AgendaMetrics })
  | (Common & { layout: 'coverage'; coverage: Coverage; pages: readonly CoveragePage[] })

/** What each page of the printed Coverage view holds, in order. */
export type CoveragePage = 'matrix' | 'strategies' | 'reach'
export const COVERAGE_PAGES: readonly CoveragePage[] = ['matrix', 'strategies', 'reach']

export interface PrintInput {
  project: Project
  settings: PrintSettings
  view: TimelineView
  filter: EventFilter
  selection: readonly string[]
  /** Today in the home zone, `YYYY-MM-DD` (for this month, quarter, year). */
  today: string
  /** The label printed on a bar, for the room it needs. */
  barLabel: (located: LocatedItem) => string
  /** A lane's printed name (and second line): a lane is at least as tall as its label. */
  laneLabel: (lane: Lane) => string
  /** Heights (points) of the agenda's blocks as the page really draws them, by block key; estimates stand in for the rest. */
  measured?: ReadonlyMap<string, number> | undefined
}

const keepOf = (input: PrintInput) => (input.settings.useFilter ? eventPredicate(input.project, input.filter) : () => true)

/** Room a bar's label needs on the axis, in minutes, at `ptPerDay`. */
type LabelRoom = (located: LocatedItem) => number

function timelineLanes(input: PrintInput, days: DayRange, labelRoom: LabelRoom): PrintLane[] {
  const { project, view } = input
  const keep = keepOf(input)
  const spans = projectSpans(project)
  const warned = new Set(findConflicts(project).flatMap((c) => c.itemIds))
  return groupLanes(project, view.grouping, view.laneOrder[view.grouping] ?? []).map((lane) => {
    const bars: PrintBar[] = []
    for (const ref of lane.items) {
      const span = spans.get(ref.id)
      if (!span || !spanInDays(span, days)) continue
      const located = findItem(project, ref.id)
      if (!located || (located.type === 'event' && !keep(located.item))) continue
      const room = labelRoom(located)
      bars.push({ id: ref.id, located, span, row: 0, warned: warned.has(ref.id), occupiedEnd: Math.max(span.end, span.start + room) })
    }
    // A bar takes the room of its label too, so labels never run into the next bar of the row.
    const stack = stackLane(bars.map((b) => ({ id: b.id, start: b.span.start, end: b.occupiedEnd })))
    bars.forEach((bar, i) => (bar.row = stack.rows[i]!))
    // Lane labels wrap in their column (7.5 pt, 11 pt lines); the lane grows to hold them.
    const labelHeight = linesOf(input.laneLabel(lane), DEFAULT_TIMELINE_METRICS.laneLabelWidth - 8, 7.5) * 9.5 + 4
    const labelRows = Math.ceil((labelHeight - 2 * DEFAULT_TIMELINE_METRICS.lanePadding) / DEFAULT_TIMELINE_METRICS.rowHeight)
    return { lane, bars, rows: Math.max(1, stack.rowCount, labelRows) }
  })
}

/** The pages of the chosen layout. */
export function buildPrintModel(input: PrintInput): PrintModel {
  const { project, settings } = input
  const box = pageBox(settings)
  const asked = printDays(settings, input.today, planExtent(project))
  if (settings.layout === 'timeline') {
    // Pages of whole months (or weeks) read better than pages that start on the plan's first day.
    const days = wholeUnits(asked, settings.scale)
    const { ptPerDay } = timelineColumns(days, settings.scale, timelineBodyWidth(box.width))
    const labelPt = DEFAULT_TIMELINE_METRICS.labelPt
    const lanes = timelineLanes(input, days, (located) => ((textEms(input.barLabel(located)) * labelPt + 10) / ptPerDay) * 1440)
    const tiling = tileTimeline({ days, lanes: lanes.map((l) => ({ key: l.lane.key, rows: l.rows })), width: box.width, height: box.height, scale: settings.scale })
    const violated = new Set(findConflicts(project).flatMap((c) => (c.code === 'dependency-violated' ? [`${c.values.from}>${c.values.to}`] : [])))
    const dependencies = project.dependencies.map((d) => ({ id: d.id, from: d.from, to: d.to, violated: violated.has(`${d.from}>${d.to}`) }))
    return { layout: 'timeline', box, days, settings, tiling, lanes, view: input.view, dependencies, pageCount: tiling.pages.length }
  }
  const days = asked
  if (settings.layout === 'coverage') {
    // The screen's filter (when asked) within the printed range; a slice picked on screen is not a filter of the report.
    const base = settings.useFilter ? { ...input.filter, items: null } : emptyFilter
    const coverage = coverageOf(project, { ...base, from: dateOfDay(days.first), to: dateOfDay(days.last) })
    return { layout: 'coverage', box, days, settings, coverage, pages: COVERAGE_PAGES, pageCount: COVERAGE_PAGES.length }
  }
  const metrics = agendaMetrics(box.width)
  const entries = agendaEntries(project, days, keepOf(input))
  const byId = new Map(entries.map((e) => [e.located.item.id, e]))
  const measured = input.measured
  const rowHeight = (entry: AgendaEntry) => measured?.get(entry.located.item.id) ?? agendaRowHeight(project, entry, settings, metrics)
  if (settings.layout === 'agenda') {
    const pages = agendaPages(entries, rowHeight, metrics, box.height)
    return { layout: 'agenda', box, days, settings, pages, entries: byId, metrics, pageCount: pages.length }
  }
  const selected = settings.selectedOnly ? new Set(input.selection) : undefined
  const sheets = partnerSheets(project, entries, selected)
  const card = (sheet: PartnerSheet) => measured?.get(`partner:${sheet.partner.id}`) ?? estimatedCard(sheet)
  const estimatedCard = (sheet: PartnerSheet) => 3 * metrics.lineHeight + 28 + (settings.contacts ? (sheet.partner.contacts?.length ?? 0) * metrics.lineHeight * 1.2 : 0) + (settings.notes && sheet.partner.notes ? 2 * metrics.lineHeight : 0)
  const coproductionHeight = Math.max(2 * metrics.lineHeight + metrics.rowPadding, ...[...(measured?.entries() ?? [])].filter(([key]) => key.startsWith('coproduction:')).map(([, h]) => h))
  const pages = partnerPages(sheets, card, rowHeight, coproductionHeight, metrics, box.height)
  return { layout: 'partners', box, days, settings, pages, entries: byId, sheets: new Map(sheets.map((s) => [s.partner.id, s])), metrics, pageCount: pages.length }
}
