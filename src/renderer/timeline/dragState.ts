// One drag on the timeline, from pick-up to drop: what is dragged, and where it would land now.
// The preview is a pure function of the session and the pointer's distance on the canvas (or the
// keyboard's steps), so the overlay, the tooltip, the announcements and the drop all agree.
// While dragging nothing but the overlay re-renders; the document changes once, on drop.
import type { Project } from '../../shared/format'
import {
  dayOf,
  deltaFromPixels,
  findItem,
  itemSpan,
  MINUTES_PER_DAY,
  moveItem,
  resizeItem,
  snapDelta,
  timeFromX,
  type Delta,
  type Edge,
  type Grouping,
  type ItemSpan,
  type TimelineEdit,
  type TimelineItem,
  type Zoom,
} from '../../shared/timeline'
import { laneAtY, type LaneBox, type PlacedItem } from './layout'

export type DragMode = 'move' | 'resize' | 'create' | 'select'

/** The id of the timeline's one draggable for items and tracks (DragSurface): a drag takes what the pointer or the key went down on. */
export const SURFACE_ID = 'surface'

/** A point on the canvas: x from the canvas's first day, y from the first lane's top, in pixels. */
export interface CanvasPoint {
  x: number
  y: number
}

/** What one drag started with; fixed until the drop. */
export interface DragSession {
  mode: DragMode
  keyboard: boolean
  /** The item the drag started on (move and resize). */
  placed?: PlacedItem
  /** Every item that moves: the dragged one and the rest of the selection. */
  moving: PlacedItem[]
  edge: Edge
  laneIndex: number
  /** Where the pointer went down, or the item's start for the keyboard. */
  start: CanvasPoint
  /** Where the dragged DOM node was at pick-up, so the overlay can be drawn relative to it: on the canvas, and in the window (client pixels). */
  node: CanvasPoint
  nodeClient: CanvasPoint
  scroll: { left: number; top: number }
}

/** Keyboard steps so far: snap units moved, lanes moved, snap units the end was resized by. */
export interface KeyboardSteps {
  steps: number
  lanes: number
  resize: number
}

/** Where a drag would land now. */
export interface DragPreview {
  delta: Delta
  laneIndex: number
  /** The dragged item's dates after the drop (move and resize). */
  item?: TimelineItem
  span?: ItemSpan
  /** A new event's range (create) or the rubber band's rectangle (select), on the canvas. */
  range?: { start: number; end: number }
  rect?: { left: number; top: number; width: number; height: number }
}

/** Everything the preview depends on besides the session. */
export interface DragContext {
  project: Project
  zoom: Zoom
  /** Pixels per day on screen (the zoom above is its nearest preset, which sets the snap unit). */
  scale: number
  origin: number
  boxes: readonly LaneBox[]
}

const noDelta: Delta = { unit: 'day', amount: 0 }

/** The preview for a pointer at `distance` from where it went down (canvas pixels, scrolling included), or for keyboard steps. */
export function previewOf(session: DragSession, context: DragContext, distance: CanvasPoint, keys: KeyboardSteps | null): DragPreview {
  const { zoom, scale, boxes, project } = context
  if (session.mode === 'select') {
    const x = session.start.x + distance.x
    const y = session.start.y + distance.y
    const rect = { left: Math.min(x, session.start.x), top: Math.min(y, session.start.y), width: Math.abs(distance.x), height: Math.abs(distance.y) }
    return { delta: noDelta, laneIndex: session.laneIndex, rect }
  }
  if (session.mode === 'create') {
    const a = timeFromX(session.start.x, context.origin, scale)
    const b = timeFromX(session.start.x + distance.x, context.origin, scale)
    const first = dayOf(Math.min(a, b))
    const last = Math.max(first + 1, Math.ceil(Math.max(a, b) / MINUTES_PER_DAY))
    return { delta: noDelta, laneIndex: session.laneIndex, range: { start: first * MINUTES_PER_DAY, end: last * MINUTES_PER_DAY } }
  }
  const located = session.placed && findItem(project, session.placed.ref.id)
  if (!located) return { delta: noDelta, laneIndex: session.laneIndex }
  if (session.mode === 'resize') {
    const delta = keys ? snapDelta(zoom, keys.resize) : deltaFromPixels(distance.x, zoom, scale)
    const item = resizeItem(located.item, keys ? 'end' : session.edge, delta)
    return { delta, laneIndex: session.laneIndex, item, span: itemSpan(item, project.homeTimeZone) }
  }
  const delta = keys ? snapDelta(zoom, keys.steps) : deltaFromPixels(distance.x, zoom, scale)
  const laneIndex = keys
    ? Math.min(boxes.length - 1, Math.max(0, session.laneIndex + keys.lanes))
    : Math.max(0, laneAtY(boxes, session.start.y + distance.y))
  let item = moveItem(located.item, delta)
  // Shift+←/→ while picked up by keyboard changes the end as well.
  if (keys && keys.resize !== 0) item = resizeItem(item, 'end', snapDelta(zoom, keys.resize))
  return { delta, laneIndex, item, span: itemSpan(item, project.homeTimeZone) }
}

/** The edit a drop performs, or null when it would change nothing. */
export function editOf(session: DragSession, preview: DragPreview, laneKeys: readonly string[], grouping: Grouping, title: string, newId: () => string): { edit: TimelineEdit; id?: string } | null {
  const toLaneKey = laneKeys[preview.laneIndex]
  if (session.mode === 'create') {
    if (!preview.range || toLaneKey === undefined) return null
    const id = newId()
    return { edit: { type: 'create', grouping, laneKey: toLaneKey, start: preview.range.start, end: preview.range.end, options: { title, id } }, id }
  }
  if (session.mode === 'select' || !session.placed) return null
  if (session.mode === 'resize') {
    if (preview.delta.amount === 0) return null
    return { edit: { type: 'resize', ref: session.placed.ref, edge: session.keyboard ? 'end' : session.edge, delta: preview.delta } }
  }
  const changesLane = toLaneKey !== undefined && preview.laneIndex !== session.laneIndex
  if (preview.delta.amount === 0 && !changesLane) return null
  const refs = session.moving.map((p) => p.ref)
  return { edit: changesLane ? { type: 'move', refs, delta: preview.delta, grouping, toLaneKey } : { type: 'move', refs, delta: preview.delta } }
}

/**
 * A drag in progress, or one just dropped that is `settling`: its edit is made, and the overlay
 * stays where it landed until the timeline has drawn the plan after it (Timeline renders the
 * plan a moment after the drop, so the drop's frame does not wait for the lanes).
 */
export interface DragValue {
  session: DragSession
  preview: DragPreview
  settling?: true
}

/** A tiny store the overlay and tooltip subscribe to, so a drag re-renders nothing else. */
export interface DragStore {
  get(): DragValue | null
  set(value: DragValue | null): void
  subscribe(listener: () => void): () => void
}

/** True while something is picked up (not once it has dropped and only settles). */
export function isDragging(store: DragStore): boolean {
  const value = store.get()
  return value !== null && value.settling !== true
}

export function createDragStore(): DragStore {
  let value: ReturnType<DragStore['get']> = null
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      if (next === value) return
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** True when two previews land in the same place (so the overlay need not re-render). */
export function samePreview(a: DragPreview, b: DragPreview): boolean {
  return (
    a.delta.unit === b.delta.unit &&
    a.delta.amount === b.delta.amount &&
    a.laneIndex === b.laneIndex &&
    a.span?.start === b.span?.start &&
    a.span?.end === b.span?.end &&
    a.range?.start === b.range?.start &&
    a.range?.end === b.range?.end &&
    a.rect?.left === b.rect?.left &&
    a.rect?.top === b.rect?.top &&
    a.rect?.width === b.rect?.width &&
    a.rect?.height === b.rect?.height
  )
}
