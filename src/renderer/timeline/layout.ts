// Where every lane and item sits on the timeline canvas, in pixels and axis minutes. Pure and
// memoizable: built once per document, grouping and scale, so scrolling only slices it.
import type { Project } from '../../shared/format'
import { groupLanes, MINUTES_PER_DAY, placeLabels, projectSpans, pxPerDayOf, type AxisRange, type Density, type Grouping, type ItemRef, type ItemSpan, type Lane, type LabelPlacement, type Scale, LANE_HEADER_DEFAULT } from '../../shared/timeline'

/** The heights of one density: a stacked sub-row, the bar in it, the space above and below a lane's rows, and a lane's least height (its header). */
export interface RowMetrics {
  rowHeight: number
  barHeight: number
  lanePadding: number
  laneMinHeight: number
}

/** Comfortable fits a lane name on two lines with its second-language name; compact one line, name only. */
export const ROW_METRICS: Readonly<Record<Density, RowMetrics>> = {
  comfortable: { rowHeight: 28, barHeight: 22, lanePadding: 5, laneMinHeight: 46 },
  compact: { rowHeight: 21, barHeight: 17, lanePadding: 3, laneMinHeight: 27 },
}
export const COLLAPSED_HEIGHT = 30
/** Width of a milestone's diamond. */
export const MILESTONE_SIZE = 16
/** Bars never get thinner than this, however short the item. */
export const MIN_BAR_WIDTH = 6
/** Height of the two header rows (months over days) together. */
export const HEADER_HEIGHT = 52
/** The layer of the drag overlay, between tooltips and dialogs (see the layers in theme/tokens.css). */
export const DRAG_OVERLAY_Z_INDEX = 40

/**
 * The sizes the timeline's stylesheets need too, in pixels, by the custom property they are
 * published as (here at their defaults: comfortable rows, the default lane-name column). The CSS
 * reads only these variables, so a size changed here moves both the measurements in TypeScript
 * and the drawing in CSS.
 */
export const LAYOUT_CSS_VARIABLES = {
  '--lane-header-width': LANE_HEADER_DEFAULT,
  '--timeline-header-height': HEADER_HEIGHT,
  '--bar-height': ROW_METRICS.comfortable.barHeight,
  '--collapsed-lane-height': COLLAPSED_HEIGHT,
  '--milestone-size': MILESTONE_SIZE,
} as const satisfies Record<`--${string}`, number>

/** The `style` of the timeline's root element: the layout sizes for this density and lane-name column as CSS custom properties. */
export function timelineStyle(metrics: RowMetrics, laneHeaderWidth: number): Readonly<Record<`--${string}`, string>> {
  const px: Record<`--${string}`, number> = { ...LAYOUT_CSS_VARIABLES, '--lane-header-width': laneHeaderWidth, '--bar-height': metrics.barHeight }
  return Object.fromEntries(Object.entries(px).map(([name, value]) => [name, `${value}px`]))
}
/** Pixels kept free between two items of one sub-row. */
const ITEM_GAP = 6
/** Padding each side of a title inside its bar (px); after a milestone the diamond's half counts too. */
export const LABEL_PADDING = 6

/**
 * One item in one lane: its axis span, its sub-row, and where its title goes. What does not depend
 * on the zoom (key, ref, span, title) is read through from its prepared item rather than copied:
 * seven fields fewer an item, about 5 MB at 100,000 items.
 */
export class PlacedItem {
  constructor(
    private readonly prepared: PreparedItem,
    readonly row: number,
    /** Where the room the item takes on the canvas with its title ends (axis minutes), to find the items on screen. */
    readonly occEnd: number,
    /** The title inside the bar, after it, cut short, or not shown (the tooltip and accessible name still say it); x from the bar's left. */
    readonly labelMode: LabelPlacement['mode'],
    readonly labelX: number,
    readonly labelWidth: number,
  ) {}

  /** `id@laneKey`: the same event can sit in two partner lanes. */
  get key(): string {
    return this.prepared.key
  }
  get ref(): ItemRef {
    return this.prepared.ref
  }
  get start(): number {
    return this.prepared.start
  }
  get end(): number {
    return this.prepared.end
  }
  get allDay(): boolean {
    return this.prepared.allDay
  }
  get milestone(): boolean {
    return this.prepared.milestone
  }
  get label(): string {
    return this.prepared.label
  }
  /** Where the room the item takes starts: its start (a diamond's half before its day is left out). */
  get occStart(): number {
    return this.prepared.start
  }
}

/** A lane with its items stacked into sub-rows, sorted by where they start. */
export interface StackedLane {
  lane: Lane
  items: PlacedItem[]
  rowCount: number
  /** The longest room any item takes, to find the items touching a range quickly. */
  maxOcc: number
}

/** A rough width of a title at the bar's 12px font (measured on the sample: about 6 px a Latin letter); CJK and other wide characters count double. */
export function estimateTextWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 12.5 : 6.2
  return width
}

export interface StackOptions {
  /** Lanes without items are left out unless this is true (the View menu's "Show empty lanes"). */
  showEmpty?: boolean
}

/** An item of a lane with what does not depend on the zoom: its span, title and the title's width. */
interface PreparedItem {
  key: string
  ref: ItemRef
  start: number
  end: number
  allDay: boolean
  milestone: boolean
  label: string
  textWidth: number
  /** Its index in the lane's items (their order in the file). */
  from: number
}

/** A lane's items in order of start (then id), ready to be stacked at any scale. */
export interface PreparedLane {
  lane: Lane
  items: PreparedItem[]
  /** For each of the lane's items (in the lane's order), its index in `items`, or NO_SPAN: an edit elsewhere finds the lane unchanged (prepareLanes). */
  order: Uint32Array
  /** Not prepared yet (past a big plan's first screens): drawn as an empty lane of one row until it is. */
  pending?: true
}

const NO_SPAN = 0xffffffff
const pendingLane = (lane: Lane): PreparedLane => ({ lane, items: [], order: new Uint32Array(0), pending: true })

// Title widths by text: a zoom or a regrouping measures no title twice.
const textWidths = new Map<string, number>()
function textWidthOf(text: string): number {
  let width = textWidths.get(text)
  if (width === undefined) {
    if (textWidths.size > 200_000) textWidths.clear()
    width = Math.ceil(estimateTextWidth(text)) + 2
    textWidths.set(text, width)
  }
  return width
}

// The previous lane is kept when it has the same name and the same items, in the same order, with
// the same spans and titles (an item an edit did not touch keeps its span: shared/timeline/items.ts).
function unchanged(previous: PreparedLane | undefined, lane: Lane, spans: ReadonlyMap<string, ItemSpan>, label: (ref: ItemRef) => string): previous is PreparedLane {
  if (!previous || previous.pending || previous.lane.name !== lane.name || previous.lane.nameLocal !== lane.nameLocal) return false
  const before = previous.lane.items
  if (before.length !== lane.items.length) return false
  for (let i = 0; i < before.length; i++) {
    const ref = lane.items[i]!
    if (ref.id !== before[i]!.id) return false
    const span = spans.get(ref.id)
    const at = previous.order[i]!
    if (span === undefined || at === NO_SPAN) {
      if (span !== undefined || at !== NO_SPAN) return false
      continue
    }
    const item = previous.items[at]!
    if (item.start !== span.start || item.end !== span.end || item.allDay !== span.allDay || item.label !== label(ref)) return false
  }
  return true
}

function prepareLane(lane: Lane, spans: ReadonlyMap<string, ItemSpan>, label: (ref: ItemRef) => string): PreparedLane {
  const items: PreparedItem[] = []
  lane.items.forEach((ref, from) => {
    const span = spans.get(ref.id)
    if (!span) return
    const text = label(ref)
    items.push({ key: `${ref.id}@${ref.laneKey}`, ref, start: span.start, end: span.end, allDay: span.allDay, milestone: span.end <= span.start, label: text, textWidth: textWidthOf(text), from })
  })
  items.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const order = new Uint32Array(lane.items.length).fill(NO_SPAN)
  items.forEach((item, at) => (order[item.from] = at))
  return { lane, items, order }
}

/**
 * The part of stacking that a zoom does not change: spans, titles and their widths, the order of
 * start. With the lanes prepared before an edit, each lane the edit left alone is returned as it
 * was, so it is not stacked or drawn again. With `touched` (the lanes are the very lanes grouped
 * before, and only these keys' items may differ: LaneGrouper), the other lanes are kept unread.
 * Lanes from `limit` on are left pending (a big plan's first render prepares its first screens).
 */
export function prepareLanes(lanes: readonly Lane[], project: Project, label: (ref: ItemRef) => string, previous: readonly PreparedLane[] = [], touched: ReadonlySet<string> | null = null, limit = Infinity): PreparedLane[] {
  const before = new Map(previous.map((lane) => [lane.lane.key, lane]))
  let spans: ReadonlyMap<string, ItemSpan> | undefined
  return lanes.map((lane, index) => {
    if (index >= limit) return pendingLane(lane)
    const kept = before.get(lane.key)
    if (touched && kept?.lane === lane && !touched.has(lane.key) && !kept.pending) return kept
    spans ??= projectSpans(project)
    return unchanged(kept, lane, spans, label) ? kept : prepareLane(lane, spans, label)
  })
}

/** Prepares lanes again and again, each time reusing the lanes of the last time that an edit left alone. */
export class LanePreparer {
  private last: readonly PreparedLane[] = []
  private context: readonly unknown[] = []

  /**
   * `context` is what titles and spans depend on besides the items (language, grouping, the home
   * time zone...): while it stays the same, the lanes outside `touched` are kept unread.
   */
  prepare(lanes: readonly Lane[], project: Project, label: (ref: ItemRef) => string, touched: ReadonlySet<string> | null = null, context: readonly unknown[] = [], limit = Infinity): PreparedLane[] {
    const same = context.length === this.context.length && context.every((part, i) => part === this.context[i])
    const next = prepareLanes(lanes, project, label, this.last, same ? touched : null, limit)
    this.last = next
    this.context = context
    return next
  }
}

// One lane at a scale: sub-rows packed greedily by the bars alone (a title never reserves a row;
// in order of start, each bar takes the lowest row free at its left edge), then each row's titles
// placed into the room its bars leave (shared/timeline/labels.ts). Bars of one row never overlap,
// so in order of start they are in order of their left edges, as placeLabels wants.
function stackOne({ lane, items: prepared }: PreparedLane, pxPerDay: number): StackedLane {
  const toPx = (minutes: number) => (minutes / MINUTES_PER_DAY) * pxPerDay
  const toMinutes = (px: number) => (px / pxPerDay) * MINUTES_PER_DAY
  const n = prepared.length
  const lefts = new Float64Array(n)
  const widths = new Float64Array(n)
  const rowOf = new Uint16Array(n)
  const rowEnds: number[] = []
  const rows: number[][] = []
  for (let i = 0; i < n; i++) {
    const item = prepared[i]!
    const x = toPx(item.start)
    const width = item.milestone ? MILESTONE_SIZE : Math.max(MIN_BAR_WIDTH, toPx(item.end - item.start))
    const left = item.milestone ? x - MILESTONE_SIZE / 2 : x
    let row = 0
    while (row < rowEnds.length && rowEnds[row]! > left) row++
    rowEnds[row] = left + width + ITEM_GAP
    ;(rows[row] ??= []).push(i)
    lefts[i] = left
    widths[i] = width
    rowOf[i] = row
  }
  const items = new Array<PlacedItem>(n)
  let maxOcc = 0
  for (const row of rows) {
    const placements = placeLabels(row.map((i) => ({ left: lefts[i]!, width: widths[i]!, textWidth: prepared[i]!.textWidth })))
    row.forEach((i, k) => {
      const source = prepared[i]!
      const place = placements[k]!
      const left = lefts[i]!
      const right = Math.max(left + widths[i]!, place.mode === 'none' ? 0 : place.x + place.width)
      // Whole minutes and pixels: a fraction is a heap number of its own (16 bytes an item, three
      // an item, at 100,000 items), a whole number is not.
      const occEnd = Math.ceil(toMinutes(right))
      maxOcc = Math.max(maxOcc, occEnd - source.start)
      const labelMode = source.milestone && place.mode === 'inside' ? 'none' : place.mode
      items[i] = new PlacedItem(source, rowOf[i]!, occEnd, labelMode, Math.round(place.x - left), Math.floor(place.width))
    })
  }
  return { lane, items, rowCount: Math.max(1, rows.length), maxOcc }
}

/** The lanes of a grouping with their items stacked at `scale`; `label` names an item as its bar shows it. */
export function stackLanes(project: Project, grouping: Grouping, laneOrder: readonly string[], scale: Scale, label: (ref: ItemRef) => string, options: StackOptions = {}): StackedLane[] {
  return stackPrepared(prepareLanes(groupLanes(project, grouping, laneOrder), project, label), scale, options)
}

// Each prepared lane stacked at the last scale asked: a lane an edit left alone is not stacked again.
const stackedAt = new WeakMap<PreparedLane, { pxPerDay: number; stacked: StackedLane }>()

/** Prepared lanes (see prepareLanes) stacked at `scale`: all that a zoom redoes. */
export function stackPrepared(lanes: readonly PreparedLane[], scale: Scale, options: StackOptions = {}): StackedLane[] {
  const pxPerDay = pxPerDayOf(scale)
  const shown = options.showEmpty === false ? lanes.filter((lane) => lane.items.length > 0 || (lane.pending && lane.lane.items.length > 0)) : lanes
  return shown.map((lane) => {
    const known = stackedAt.get(lane)
    if (known?.pxPerDay === pxPerDay) return known.stacked
    const stacked = stackOne(lane, pxPerDay)
    stackedAt.set(lane, { pxPerDay, stacked })
    return stacked
  })
}

/** Room for a lane's name in the lane-name column: the column less its chevron, count and grip (px). */
export const laneNameRoom = (laneHeaderWidth: number): number => laneHeaderWidth - 92
/** One more line of a lane name, at the header's 13px type (px). */
const NAME_LINE = 17

/**
 * Height of a lane: its sub-rows, at least the header's height (a second line when its name is
 * wider than `nameRoom` pixels and the density shows two); collapsed lanes are one thin strip.
 */
export function laneHeight(lane: StackedLane, collapsed: boolean, metrics: RowMetrics = ROW_METRICS.comfortable, nameRoom = Infinity): number {
  if (collapsed) return COLLAPSED_HEIGHT
  // Only a lane with a second-language name under its own needs more height for a second line.
  const twoLines = metrics === ROW_METRICS.comfortable && lane.lane.nameLocal !== undefined && estimateTextWidth(lane.lane.name) * 1.33 > nameRoom
  return Math.max(metrics.laneMinHeight + (twoLines ? NAME_LINE : 0), lane.rowCount * metrics.rowHeight + 2 * metrics.lanePadding)
}

/** The vertical place of a lane on the canvas, in pixels. */
export interface LaneBox {
  top: number
  height: number
  collapsed: boolean
}

/** Top and height of every lane, stacked from y = 0, and the total height. */
export function laneBoxes(lanes: readonly StackedLane[], collapsed: ReadonlySet<string>, metrics: RowMetrics = ROW_METRICS.comfortable, nameRoom = Infinity): { boxes: LaneBox[]; total: number } {
  let top = 0
  const boxes = lanes.map((lane) => {
    const isCollapsed = collapsed.has(lane.lane.key)
    const height = laneHeight(lane, isCollapsed, metrics, nameRoom)
    const box = { top, height, collapsed: isCollapsed }
    top += height
    return box
  })
  return { boxes, total: top }
}

/** Index of the lane holding canvas height `y` (clamped to the first and last lane); -1 when there are none. */
export function laneAtY(boxes: readonly LaneBox[], y: number): number {
  if (boxes.length === 0) return -1
  let low = 0
  let high = boxes.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (boxes[mid]!.top <= y) low = mid
    else high = mid - 1
  }
  return low
}

/** Index of a lane's first item that starts at or after `time` (axis minutes): its items are in order of start. */
export function firstStartingAt(lane: StackedLane, time: number): number {
  const { items } = lane
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid]!.occStart < time) low = mid + 1
    else high = mid
  }
  return low
}

/** The items of a lane whose bar or title touches `range` (axis minutes), in order of start. */
export function itemsInRange(lane: StackedLane, range: AxisRange): PlacedItem[] {
  const { items } = lane
  const low = firstStartingAt(lane, range.start - lane.maxOcc)
  const out: PlacedItem[] = []
  for (let i = low; i < items.length; i++) {
    const item = items[i]!
    if (item.occStart >= range.end) break
    if (item.occEnd > range.start) out.push(item)
  }
  return out
}

/**
 * The sub-rows of a lane that touch the band `[top, bottom)` of canvas heights (px), as the first
 * and last index (clamped to the lane's rows; `last < first` when none does). A lane with hundreds
 * of sub-rows (grouped by kind or channel) then renders the bars on screen, not all its rows.
 */
export function rowsInBand(box: LaneBox, rowCount: number, band: { top: number; bottom: number }, metrics: RowMetrics = ROW_METRICS.comfortable): { first: number; last: number } {
  const last = rowCount - 1
  if (box.collapsed) return box.top < band.bottom && box.top + box.height > band.top ? { first: 0, last } : { first: 0, last: -1 }
  const rowsTop = box.top + metrics.lanePadding
  const first = Math.max(0, Math.floor((band.top - rowsTop) / metrics.rowHeight))
  return { first, last: Math.min(last, Math.ceil((band.bottom - rowsTop) / metrics.rowHeight) - 1) }
}

/** Canvas y of the top of a bar in sub-row `row` of a lane starting at `laneTop`. */
export function barTop(laneTop: number, row: number, metrics: RowMetrics = ROW_METRICS.comfortable): number {
  return laneTop + metrics.lanePadding + row * metrics.rowHeight + (metrics.rowHeight - metrics.barHeight) / 2
}
