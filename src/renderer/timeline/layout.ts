// Where every lane and item sits on the timeline canvas, in pixels and axis minutes. Pure and
// memoizable: built once per document, grouping and zoom, so scrolling only slices it.
import type { Project } from '../../shared/format'
import { groupLanes, MINUTES_PER_DAY, PIXELS_PER_DAY, projectSpans, stackLane, type AxisRange, type Grouping, type ItemRef, type Lane, type Zoom } from '../../shared/timeline'

/** Height of one stacked sub-row, and of the bar drawn in it. */
export const ROW_HEIGHT = 30
export const BAR_HEIGHT = 22
/** Space above the first and below the last sub-row of a lane. */
export const LANE_PADDING = 8
/** A lane is at least tall enough for its header (name, local name and count). */
export const LANE_MIN_HEIGHT = 60
export const COLLAPSED_HEIGHT = 36
/** Width of the lane header column on the left. */
export const LANE_HEADER_WIDTH = 264
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
 * published as. The CSS reads only these variables, so a size changed here moves both the
 * measurements in TypeScript and the drawing in CSS.
 */
export const LAYOUT_CSS_VARIABLES = {
  '--lane-header-width': LANE_HEADER_WIDTH,
  '--timeline-header-height': HEADER_HEIGHT,
  '--bar-height': BAR_HEIGHT,
  '--collapsed-lane-height': COLLAPSED_HEIGHT,
  '--milestone-size': MILESTONE_SIZE,
} as const satisfies Record<`--${string}`, number>

/** The `style` of the timeline's root element: the layout sizes as CSS custom properties. */
export const timelineStyle: Readonly<Record<`--${string}`, string>> = Object.fromEntries(Object.entries(LAYOUT_CSS_VARIABLES).map(([name, px]) => [name, `${px}px`]))
const ITEM_GAP = 6

// Room kept to the right of an item for its title (px); at year zoom titles stay inside bars.
const LABEL_ROOM: Readonly<Record<Zoom, number>> = { day: 280, week: 260, month: 230, quarter: 180, year: 0 }
/** Below this many pixels of room an item shows no title (its accessible name and tooltip still do). */
export const MIN_LABEL_ROOM = 36

/** One item in one lane: its axis span, its sub-row and the room it takes with its title (axis minutes). */
export interface PlacedItem {
  /** `id@laneKey`: the same event can sit in two partner lanes. */
  key: string
  ref: ItemRef
  start: number
  end: number
  allDay: boolean
  milestone: boolean
  row: number
  occStart: number
  occEnd: number
  label: string
  /** Pixels from the item's start its title may use (its bar, or more when the bar is short). */
  room: number
}

/** A lane with its items stacked into sub-rows, sorted by where they start. */
export interface StackedLane {
  lane: Lane
  items: PlacedItem[]
  rowCount: number
  /** The longest room any item takes, to find the items touching a range quickly. */
  maxOcc: number
}

/** The vertical place of a lane on the canvas, in pixels. */
export interface LaneBox {
  top: number
  height: number
  collapsed: boolean
}

/** A rough width of a title at the bar's 12px font: CJK and other wide characters count double. */
export function estimateTextWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= 0x2e80 ? 12.5 : 6.6
  return width
}

const pxToMinutes = (px: number, zoom: Zoom): number => (px / PIXELS_PER_DAY[zoom]) * MINUTES_PER_DAY

/** The lanes of a grouping with their items stacked for `zoom`; `label` names an item as its bar shows it. */
export function stackLanes(project: Project, grouping: Grouping, laneOrder: readonly string[], zoom: Zoom, label: (ref: ItemRef) => string): StackedLane[] {
  const spans = projectSpans(project)
  const gap = pxToMinutes(ITEM_GAP, zoom)
  return groupLanes(project, grouping, laneOrder).map((lane) => {
    const items: PlacedItem[] = []
    for (const ref of lane.items) {
      const span = spans.get(ref.id)
      if (!span) continue
      const text = label(ref)
      const milestone = span.end <= span.start
      const barPx = milestone ? MILESTONE_SIZE / 2 : Math.max(MIN_BAR_WIDTH, ((span.end - span.start) / MINUTES_PER_DAY) * PIXELS_PER_DAY[zoom])
      const labelPx = Math.min(LABEL_ROOM[zoom], estimateTextWidth(text) + (milestone ? MILESTONE_SIZE : 20))
      const occStart = milestone ? span.start - pxToMinutes(MILESTONE_SIZE / 2, zoom) : span.start
      const occEnd = span.start + pxToMinutes(Math.max(barPx, labelPx), zoom) + gap
      const room = Math.max(barPx, labelPx)
      items.push({ key: `${ref.id}@${ref.laneKey}`, ref, start: span.start, end: span.end, allDay: span.allDay, milestone, row: 0, occStart, occEnd, label: text, room })
    }
    const stack = stackLane(items.map((item) => ({ id: item.key, start: item.occStart, end: item.occEnd })))
    let maxOcc = 0
    items.forEach((item, i) => {
      item.row = stack.rows[i] ?? 0
      maxOcc = Math.max(maxOcc, item.occEnd - item.occStart)
    })
    items.sort((a, b) => a.occStart - b.occStart || a.row - b.row)
    return { lane, items, rowCount: Math.max(1, stack.rowCount), maxOcc }
  })
}

/** Height of a lane: its sub-rows, at least the header's height; collapsed lanes are one thin strip. */
export function laneHeight(lane: StackedLane, collapsed: boolean): number {
  if (collapsed) return COLLAPSED_HEIGHT
  return Math.max(LANE_MIN_HEIGHT, lane.rowCount * ROW_HEIGHT + 2 * LANE_PADDING)
}

/** Top and height of every lane, stacked from y = 0, and the total height. */
export function laneBoxes(lanes: readonly StackedLane[], collapsed: ReadonlySet<string>): { boxes: LaneBox[]; total: number } {
  let top = 0
  const boxes = lanes.map((lane) => {
    const isCollapsed = collapsed.has(lane.lane.key)
    const height = laneHeight(lane, isCollapsed)
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

/** The items of a lane whose bar or title touches `range` (axis minutes), in order of start. */
export function itemsInRange(lane: StackedLane, range: AxisRange): PlacedItem[] {
  const { items } = lane
  const from = range.start - lane.maxOcc
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (items[mid]!.occStart < from) low = mid + 1
    else high = mid
  }
  const out: PlacedItem[] = []
  for (let i = low; i < items.length; i++) {
    const item = items[i]!
    if (item.occStart >= range.end) break
    if (item.occEnd > range.start) out.push(item)
  }
  return out
}

/** Canvas y of the top of a bar in sub-row `row` of a lane starting at `laneTop`. */
export function barTop(laneTop: number, row: number): number {
  return laneTop + LANE_PADDING + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
}
