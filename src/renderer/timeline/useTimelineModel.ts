// Everything the timeline derives from the document and the view settings, memoized so that a view
// change, a selection or a scroll recomputes nothing it does not have to: lanes, stacking and
// conflicts depend on the plan, stacking also on the zoom, heights on the collapsed lanes. The view
// is the workspace's (never the document's: views are not edits).
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import {
  nowOnAxis,
  planExtent,
  LaneGrouper,
  timeFromX,
  viewScale,
  widthOf,
  clampLaneHeaderWidth,
  LANE_HEADER_DEFAULT,
  type AxisRange,
  type Lane,
  type TimelineView,
} from '../../shared/timeline'
import { usePlanText, type PlanText } from '../usePlanText'
import { useEventFilter } from '../filters/useEventFilter'
import { filterCoproductions, filterEvents, isEmptyFilter } from '../../shared/filters'
import { useConflicts } from '../conflicts/conflictsClient'
import type { ConflictList } from '../conflicts/packed'
import { useTransitionAfterPaint } from './afterPaint'
import { canvasRange } from './axis'
import { makeItemText, type ItemText } from './itemText'
import { placedIndex, type PlacedIndex } from './placedIndex'
import { laneBoxes, laneNameRoom, LanePreparer, ROW_METRICS, stackPrepared, type LaneBox, type RowMetrics, type StackedLane } from './layout'

/** The timeline's derived data for one document. */
export interface TimelineModel {
  /** The document. */
  project: Project
  /** The same document (the name the layout code reads it by). */
  content: Project
  view: TimelineView
  /** Pixels per day on screen (continuous zoom; `view.zoom` is its nearest preset). */
  scale: number
  /** Row heights of the chosen density. */
  metrics: RowMetrics
  /** Width of the lane-name column (px). */
  laneHeaderWidth: number
  text: PlanText
  itemText: ItemText
  lanes: StackedLane[]
  boxes: LaneBox[]
  height: number
  origin: number
  end: number
  width: number
  today: number
  /** First start and last end of the plan's items, or null when it has none. */
  extent: AxisRange | null
  /** Conflicts not acknowledged (or whose dates changed since); `conflicts.get(id)` gives an item's. */
  conflicts: ConflictList
  acknowledged: ConflictList
  /** Where each placed item is: by `id@laneKey`, and an item id's first placement (for arrows and "jump to"). */
  placed: PlacedIndex
}

/** A plan with more items than this opens with the lanes of its first screens prepared, the rest a moment later. */
const FIRST_SCREENS_FROM = 3000
/** The first screens: lanes until they hold this many items, or this many lanes. */
const FIRST_SCREEN_ITEMS = 4000
const FIRST_SCREEN_LANES = 60

/**
 * How many lanes to prepare now. A big plan's first render prepares and stacks only its first
 * lanes (it opens at the top), drawing the others as empty lanes of one row, and all of them in a
 * transition after that frame is painted: 10,000 events are ~350 lanes, 100,000 events take ~550 ms
 * to prepare and stack, and the first screen needs a few dozen lanes. Once per plan and grouping
 * (a Group by too: by channel, 10,000 events are ~20,000 bars in a few tall lanes); edits and zooms
 * after that prepare every lane.
 */
function useFirstScreens(layoutId: string, lanes: readonly Lane[]): number {
  const [wholeFor, setWholeFor] = useState<string | null>(null)
  let limit = Infinity
  if (wholeFor !== layoutId) {
    let items = 0
    for (const lane of lanes) items += lane.items.length
    if (items > FIRST_SCREENS_FROM) {
      limit = 0
      let held = 0
      while (limit < lanes.length && limit < FIRST_SCREEN_LANES && held < FIRST_SCREEN_ITEMS) held += lanes[limit++]!.items.length
    }
  }
  const partial = limit < lanes.length
  useTransitionAfterPaint(partial, layoutId, setWholeFor)
  return limit
}

/**
 * The timeline's model; `viewportWidth` (px) keeps the canvas at least as wide as the window, and
 * `reach` (axis minutes, or null) stretches it as far as the view has been scrolled.
 */
export function useTimelineModel(project: Project, view: TimelineView, viewportWidth: number, reach: number | null = null): TimelineModel {
  const { t } = useTranslation()
  const content = project
  const text = usePlanText(content.homeTimeZone)
  const { grouping } = view
  const scale = viewScale(view)
  const metrics = ROW_METRICS[view.density ?? 'comfortable']
  const laneHeaderWidth = clampLaneHeaderWidth(view.laneHeaderWidth ?? LANE_HEADER_DEFAULT)
  const showEmpty = view.showEmptyLanes ?? false
  const itemText = useMemo(() => makeItemText(content, grouping, text, t), [content, grouping, text, t])
  const laneOrder = view.laneOrder[grouping]
  const orderKey = laneOrder?.join('\u0000') ?? ''
  const collapsedKey = view.collapsed[grouping]?.join('\u0000') ?? ''

  // The tables' filter (filters/useEventFilter) also decides which events the lanes show; edits
  // and conflicts still see the whole plan.
  const { filter } = useEventFilter()
  // A slice picked in the Coverage view names co-productions too: only those stay.
  const shown = useMemo(
    () => (isEmptyFilter(filter) ? content : { ...content, events: [...filterEvents(content, filter)], ...(filter.items ? { coproductions: [...filterCoproductions(content, filter)] } : {}) }),
    [content, filter],
  )
  // Grouping does not depend on the zoom: a zoom only re-stacks the lanes' rows and titles.
  // An edit groups, prepares, stacks and draws again only the lanes it changed: the others are kept.
  const [grouper] = useState(() => new LaneGrouper())
  const groups = useMemo(() => grouper.group(shown, grouping, orderKey === '' ? [] : orderKey.split('\u0000')), [grouper, shown, grouping, orderKey])
  const [preparer] = useState(() => new LanePreparer())
  const limit = useFirstScreens(`${content.id}\u0000${grouping}`, groups.lanes)
  const prepared = useMemo(
    () => preparer.prepare(groups.lanes, shown, itemText.label, groups.touched, [grouping, text, t, shown.channels, shown.homeTimeZone], limit),
    [preparer, groups, shown, itemText, grouping, text, t, limit],
  )
  const lanes = useMemo(() => stackPrepared(prepared, scale, { showEmpty }), [prepared, scale, showEmpty])
  const { boxes, total } = useMemo(
    () => laneBoxes(lanes, new Set(collapsedKey === '' ? [] : collapsedKey.split('\u0000')), metrics, laneNameRoom(laneHeaderWidth)),
    [lanes, collapsedKey, metrics, laneHeaderWidth],
  )

  // Today is read when the plan changes; a planner who keeps the window open overnight gets the
  // line moved on the next edit.
  const today = useMemo(() => nowOnAxis(new Date(), content.homeTimeZone), [content])
  const minLength = timeFromX(viewportWidth, 0, scale)
  const computed = useMemo(() => canvasRange(planExtent(content), today, minLength, reach), [content, today, minLength, reach])
  // Kept by value: the window growing by a side panel's width rarely changes the canvas, and a new
  // model would re-render every item on screen.
  const range = useMemo(() => ({ start: computed.start, end: computed.end }), [computed.start, computed.end])
  const extent = planExtent(content)

  // Conflicts are found in a worker (src/renderer/conflicts): the lanes never wait for them, and
  // their icons follow a moment after the plan shows and after each edit.
  const { open: conflicts, acknowledged } = useConflicts(content)

  const placed = useMemo(() => placedIndex(lanes, shown, grouping), [lanes, shown, grouping])

  return useMemo(
    () => ({
      project,
      content,
      view,
      scale,
      metrics,
      laneHeaderWidth,
      text,
      itemText,
      lanes,
      boxes,
      height: total,
      origin: range.start,
      end: range.end,
      width: widthOf(range.end - range.start, scale),
      today,
      extent,
      conflicts,
      acknowledged,
      placed,
    }),
    [project, content, view, scale, metrics, laneHeaderWidth, text, itemText, lanes, boxes, total, range, today, extent, conflicts, acknowledged, placed],
  )
}
