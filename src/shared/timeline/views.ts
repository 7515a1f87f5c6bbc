// The timeline's view settings saved in the file under `views.timeline`. Reading is tolerant: a
// value a newer or careless writer left there that this version cannot use falls back to its
// default, and keys this version does not know are kept as they are when writing.
import type { Project } from '../format'
import { isGrouping, type Grouping } from './lanes'
import { isZoom, PIXELS_PER_DAY, type Zoom } from './scale'
import { clampScale, isPresetScale, MAX_SCALE, MIN_SCALE, nearestZoom } from './zoom'

/** What the timeline colours items by. */
export type ColorBy = 'kind' | 'status'

/** Which clock times are shown in: the plan's home zone, or each item's own zone (the other is noted beside it). */
export type TimeDisplay = 'home' | 'item'

/** How tall the timeline's rows are. */
export type Density = 'comfortable' | 'compact'

/**
 * The saved timeline view: grouping, zoom, lane order and collapsed lanes per grouping (lane keys),
 * colouring and the clock times are shown in. The optional settings are absent until someone changes them, so a plan that never
 * had them saves as it was: `scale` (pixels per day, continuous zoom; `zoom` is then its nearest
 * preset), `laneHeaderWidth` (pixels), `showEmptyLanes`, `density` and `legendCollapsed`.
 */
export interface TimelineView {
  grouping: Grouping
  zoom: Zoom
  laneOrder: Partial<Record<Grouping, string[]>>
  collapsed: Partial<Record<Grouping, string[]>>
  colorBy: ColorBy
  scale?: number
  laneHeaderWidth?: number
  showEmptyLanes?: boolean
  density?: Density
  legendCollapsed?: boolean
  times: TimeDisplay
}

/** The lane-name column's width when nobody has changed it, and how narrow or wide it may be (px). */
export const LANE_HEADER_DEFAULT = 220
export const LANE_HEADER_MIN = 140
export const LANE_HEADER_MAX = 520

/** A lane-name column width kept within its bounds, in whole pixels. */
export function clampLaneHeaderWidth(px: number): number {
  return Number.isFinite(px) ? Math.round(Math.min(LANE_HEADER_MAX, Math.max(LANE_HEADER_MIN, px))) : LANE_HEADER_DEFAULT
}

/** Pixels per day the view shows: its continuous scale, or its preset's. */
export function viewScale(view: Pick<TimelineView, 'zoom' | 'scale'>): number {
  return view.scale ?? PIXELS_PER_DAY[view.zoom]
}

/** The patch that shows `pxPerDay`: the scale and its nearest preset (a preset's own scale drops `scale`). */
export function scalePatch(pxPerDay: number): Pick<TimelineView, 'zoom' | 'scale'> {
  const scale = clampScale(pxPerDay)
  const zoom = nearestZoom(scale)
  return { zoom, scale: isPresetScale(scale, zoom) ? undefined : scale }
}

/** The view of a plan that has none saved. */
export const DEFAULT_TIMELINE_VIEW: Readonly<TimelineView> = Object.freeze({ grouping: 'partner', zoom: 'month', laneOrder: {}, collapsed: {}, colorBy: 'kind', times: 'home' })

type Raw = Record<string, unknown>

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value)

function rawTimeline(project: Project): Raw {
  const timeline = project.views?.timeline
  return isRecord(timeline) ? timeline : {}
}

// Lists of lane keys per grouping; other groupings' entries and non-string keys are dropped.
function keyLists(value: unknown): Partial<Record<Grouping, string[]>> {
  const lists: Partial<Record<Grouping, string[]>> = {}
  if (!isRecord(value)) return lists
  for (const [grouping, keys] of Object.entries(value)) {
    if (isGrouping(grouping) && Array.isArray(keys)) lists[grouping] = keys.filter((k): k is string => typeof k === 'string')
  }
  return lists
}

/** The plan's timeline view, with defaults for anything missing or unusable. */
export function readTimelineView(project: Project): TimelineView {
  const raw = rawTimeline(project)
  return {
    grouping: isGrouping(raw.grouping) ? raw.grouping : DEFAULT_TIMELINE_VIEW.grouping,
    zoom: isZoom(raw.zoom) ? raw.zoom : DEFAULT_TIMELINE_VIEW.zoom,
    laneOrder: keyLists(raw.laneOrder),
    collapsed: keyLists(raw.collapsed),
    colorBy: raw.colorBy === 'kind' || raw.colorBy === 'status' ? raw.colorBy : DEFAULT_TIMELINE_VIEW.colorBy,
    times: raw.times === 'home' || raw.times === 'item' ? raw.times : DEFAULT_TIMELINE_VIEW.times,
    ...optionalSettings(raw),
  }
}

// The optional settings that are present and usable (a scale outside the zoom range is not).
function optionalSettings(raw: Raw): Partial<TimelineView> {
  const out: Partial<TimelineView> = {}
  if (typeof raw.scale === 'number' && raw.scale >= MIN_SCALE && raw.scale <= MAX_SCALE) {
    out.scale = raw.scale
    out.zoom = nearestZoom(raw.scale)
  }
  if (typeof raw.laneHeaderWidth === 'number' && Number.isFinite(raw.laneHeaderWidth)) out.laneHeaderWidth = clampLaneHeaderWidth(raw.laneHeaderWidth)
  if (typeof raw.showEmptyLanes === 'boolean') out.showEmptyLanes = raw.showEmptyLanes
  if (raw.density === 'comfortable' || raw.density === 'compact') out.density = raw.density
  if (typeof raw.legendCollapsed === 'boolean') out.legendCollapsed = raw.legendCollapsed
  return out
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson(a[k], b[k]))
  }
  return false
}

/**
 * The plan with the given view settings written to `views.timeline` (other settings and unknown
 * keys kept; a lane-order or collapsed entry replaces that grouping's list only). The same
 * project when the stored values already match.
 */
export function updateTimelineView(project: Project, patch: Partial<TimelineView>): Project {
  const raw = rawTimeline(project)
  const next: Raw = { ...raw }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      // An optional setting set back (a preset's own scale) leaves the file.
      if (key in patch) delete next[key]
      continue
    }
    if (key === 'laneOrder' || key === 'collapsed') {
      const base = isRecord(raw[key]) ? (raw[key] as Raw) : {}
      next[key] = { ...base, ...(value as Raw) }
    } else next[key] = value
  }
  if (sameJson(raw, next)) return project
  return { ...project, views: { ...(project.views ?? {}), timeline: next } }
}

/** The plan with `view` as its saved timeline view; the same project when it already reads as that view. */
export function withTimelineView(project: Project, view: TimelineView): Project {
  return sameJson(readTimelineView(project), view) ? project : updateTimelineView(project, view)
}

/** The view with one lane of a grouping collapsed or expanded; the same view when it already is. */
export function withLaneCollapsed(view: TimelineView, grouping: Grouping, laneKey: string, collapsed: boolean): TimelineView {
  const current = view.collapsed[grouping] ?? []
  if (current.includes(laneKey) === collapsed) return view
  const keys = collapsed ? [...current, laneKey] : current.filter((k) => k !== laneKey)
  return { ...view, collapsed: { ...view.collapsed, [grouping]: keys } }
}

/** The view with a grouping's lanes in this order (lane keys). */
export function withLaneOrder(view: TimelineView, grouping: Grouping, keys: readonly string[]): TimelineView {
  return { ...view, laneOrder: { ...view.laneOrder, [grouping]: [...keys] } }
}
