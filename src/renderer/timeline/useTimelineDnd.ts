// The timeline's one drag layer (@dnd-kit/core): moving, resizing and creating items, the rubber
// band, and re-ordering lanes, by pointer and by keyboard. The drop is the only moment the
// document changes; in between, a small store feeds the overlay and the announcements.
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core'
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { newId } from '../../shared/format'
import { findItem, formatDate, xFromTime, type TimelineEdit } from '../../shared/timeline'
import { createDragStore, editOf, SURFACE_ID, previewOf, samePreview, type CanvasPoint, type DragPreview, type DragSession, type KeyboardSteps } from './dragState'
import { itemDates } from './itemText'
import { gripAt } from './ItemBar'
import { barTop, MIN_BAR_WIDTH, type PlacedItem } from './layout'
import type { TimelineModel } from './useTimelineModel'
import { isolate } from '../bidi'
import { holdConflicts } from '../conflicts/conflictsClient'

/** What a draggable on the timeline is. */
export type DragData = { type: 'item'; key: string } | { type: 'track'; laneIndex: number } | { type: 'lane'; laneKey: string }

interface Options {
  model: TimelineModel
  selection: ReadonlySet<string>
  bodyRef: RefObject<HTMLDivElement | null>
  scrollerRef: RefObject<HTMLDivElement | null>
  onEdit: (edit: TimelineEdit) => void
  onSelect: (ids: string[], focusKey?: string) => void
  onCreated: (id: string, laneKey: string) => void
  /** A keyboard drag dropped the item `id` in lane `laneKey`: it keeps the focus. */
  onKeyboardDrop: (id: string, laneKey: string) => void
  /** The lanes were dragged into a new order (lane keys of the current grouping). */
  onLaneOrder: (keys: string[]) => void
}

/** What a press on the lanes' container would drag, and the element it went down on. */
interface Pressed {
  data: Exclude<DragData, { type: 'lane' }>
  node: Element
}

const NO_COLLISIONS: ReturnType<CollisionDetection> = []
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } }
const dataOf = (value: unknown): DragData | undefined => value as DragData | undefined

export function useTimelineDnd(options: Options) {
  const { t } = useTranslation()
  const latest = useRef(options)
  useLayoutEffect(() => {
    latest.current = options
  })
  const store = useMemo(() => createDragStore(), [])
  const keys = useRef<KeyboardSteps>({ steps: 0, lanes: 0, resize: 0 })
  const pressed = useRef<Pressed | null>(null)

  // A pointer or a key went down in the lanes' container: the bar under it, or the empty track of
  // an open lane (pointer only), is what a drag starting now takes. Null when it is neither (a lane
  // header's buttons, a collapsed lane): no drag.
  const press = (target: EventTarget | null, keyboard: boolean): Element | null => {
    pressed.current = null
    if (!(target instanceof Element)) return null
    const bar = target.closest('.tl-item[data-item-key]')
    if (bar) {
      if (keyboard && bar !== target) return null
      pressed.current = { data: { type: 'item', key: (bar as HTMLElement).dataset.itemKey! }, node: bar }
      return bar
    }
    const track = keyboard ? null : target.closest('.tl-track')
    const laneKey = track?.closest<HTMLElement>('.tl-lane:not(.is-collapsed)')?.dataset.laneKey
    const laneIndex = laneKey === undefined ? -1 : latest.current.model.lanes.findIndex((lane) => lane.lane.key === laneKey)
    if (!track || laneIndex < 0) return null
    pressed.current = { data: { type: 'track', laneIndex }, node: track }
    return track
  }
  const dragDataOf = (active: { id: string | number; data: { current?: unknown } }): DragData | undefined => (active.id === SURFACE_ID ? pressed.current?.data : dataOf(active.data.current))

  const context = () => {
    const { model } = latest.current
    return { project: model.content, zoom: model.view.zoom, scale: model.scale, origin: model.origin, boxes: model.boxes }
  }

  // The canvas position of a client point, through the lanes' container (scrolling included).
  const toCanvas = (clientX: number, clientY: number): CanvasPoint => {
    const rect = latest.current.bodyRef.current?.getBoundingClientRect()
    return rect ? { x: clientX - rect.left - latest.current.model.laneHeaderWidth, y: clientY - rect.top } : { x: 0, y: 0 }
  }

  const update = (distance: CanvasPoint) => {
    const current = store.get()
    // dnd-kit can report one more move after the drop (its scroll offsets settle a frame later):
    // the dropped item stays where it landed.
    if (!current || current.settling) return
    const preview = previewOf(current.session, context(), distance, current.session.keyboard ? keys.current : null)
    if (!samePreview(preview, current.preview)) store.set({ session: current.session, preview })
  }

  const sessionFor = (event: DragStartEvent): DragSession | null => {
    const data = dragDataOf(event.active)
    const { model, selection } = latest.current
    if (!data || data.type === 'lane') return null
    const activator = event.activatorEvent
    const keyboard = activator instanceof KeyboardEvent
    const scroller = latest.current.scrollerRef.current
    const node = pressed.current?.node
    const nodeRect = node?.getBoundingClientRect()
    const nodePoint = nodeRect ? toCanvas(nodeRect.left, nodeRect.top) : { x: 0, y: 0 }
    const nodeClient = { x: nodeRect?.left ?? 0, y: nodeRect?.top ?? 0 }
    const scroll = { left: scroller?.scrollLeft ?? 0, top: scroller?.scrollTop ?? 0 }
    const pointer = activator instanceof MouseEvent ? toCanvas(activator.clientX, activator.clientY) : nodePoint
    if (data.type === 'track') {
      const box = model.boxes[data.laneIndex]
      const mode = activator instanceof MouseEvent && activator.shiftKey ? 'select' : 'create'
      return { mode, keyboard, moving: [], edge: 'end', laneIndex: data.laneIndex, start: { x: pointer.x, y: box ? Math.max(pointer.y, box.top) : pointer.y }, node: nodePoint, nodeClient, scroll }
    }
    const found = model.placed.get(data.key)
    if (!found) return null
    let moving: PlacedItem[] = [found.item]
    if (data.type === 'item' && selection.has(found.item.ref.id) && selection.size > 1) {
      moving = [found.item]
      for (const id of selection) {
        if (id === found.item.ref.id) continue
        const other = model.placed.first(id)
        if (other) moving.push(other.item)
      }
    }
    const start = keyboard ? { x: xFromTime(found.item.start, model.origin, model.scale), y: nodePoint.y } : pointer
    // A pointer drag that starts on one of the bar's end grips resizes it from that end.
    const gripEdge = activator instanceof MouseEvent ? gripAt(node ?? null, nodeRect, activator.clientX) : null
    if (data.type === 'item' && gripEdge) {
      return { mode: 'resize', keyboard, placed: found.item, moving: [found.item], edge: gripEdge, laneIndex: found.laneIndex, start, node: nodePoint, nodeClient, scroll }
    }
    return { mode: 'move', keyboard, placed: found.item, moving, edge: 'end', laneIndex: found.laneIndex, start, node: nodePoint, nodeClient, scroll }
  }

  // While a drag runs, the conflicts worker's answers wait (receiving one at 100,000 events takes
  // frames the drag needs); they come once the frame after the drop has been painted.
  const held = useRef<(() => void) | null>(null)
  const letConflictsIn = () => {
    const release = held.current
    held.current = null
    if (release) requestAnimationFrame(() => setTimeout(release))
  }
  useEffect(() => () => held.current?.(), [])

  const onDragStart = (event: DragStartEvent) => {
    held.current?.()
    held.current = holdConflicts()
    const session = sessionFor(event)
    if (!session) return
    keys.current = { steps: 0, lanes: 0, resize: 0 }
    store.set({ session, preview: previewOf(session, context(), { x: 0, y: 0 }, session.keyboard ? keys.current : null) })
  }

  const onDragMove = (event: DragMoveEvent) => update(event.delta)

  // The drop: true when it made an edit to the plan.
  const finish = (event: DragEndEvent): boolean => {
    const data = dataOf(event.active.data.current)
    const { model } = latest.current
    if (data?.type === 'lane') {
      const over = dataOf(event.over?.data.current)
      if (over?.type !== 'lane' || over.laneKey === data.laneKey) return false
      const order = model.lanes.map((lane) => lane.lane.key)
      const from = order.indexOf(data.laneKey)
      const to = order.indexOf(over.laneKey)
      if (from < 0 || to < 0) return false
      latest.current.onLaneOrder(arrayMove(order, from, to))
      return false
    }
    const current = store.get()
    if (!current) return false
    const { session } = current
    const preview = previewOf(session, context(), event.delta, session.keyboard ? keys.current : null)
    if (session.mode === 'select') {
      latest.current.onSelect(itemsInRect(model, preview))
      return false
    }
    // A dragged item becomes the selection once it lands (not at pick-up: the details panel
    // opening mid-drag would shift the lanes under the pointer).
    if (session.placed && !latest.current.selection.has(session.placed.ref.id)) latest.current.onSelect([session.placed.ref.id], session.placed.key)
    const laneKeys = model.lanes.map((lane) => lane.lane.key)
    const result = editOf(session, preview, laneKeys, model.view.grouping, t('timeline.newEvent'), () => newId('e-'))
    if (!result) return false
    latest.current.onEdit(result.edit)
    if (result.id !== undefined && result.edit.type === 'create') latest.current.onCreated(result.id, result.edit.laneKey)
    else if (session.keyboard && session.placed) {
      const edit = result.edit
      const lane = edit.type === 'move' || edit.type === 'reassign' ? (edit.toLaneKey ?? session.placed.ref.laneKey) : session.placed.ref.laneKey
      latest.current.onKeyboardDrop(session.placed.ref.id, lane)
    }
    return true
  }

  // After an edit the overlay settles where it landed; Timeline clears it once the lanes show the edit.
  const onDragEnd = (event: DragEndEvent) => {
    let edited = false
    try {
      edited = finish(event)
    } finally {
      const current = store.get()
      store.set(edited && current ? { ...current, settling: true } : null)
      letConflictsIn()
    }
  }
  const onDragCancel = () => {
    store.set(null)
    letConflictsIn()
  }

  // The timeline-aware keyboard: ←/→ move by the zoom's snap unit, ↑/↓ to the neighbouring lane,
  // Shift+←/→ change the end. The returned point is where the item now is on screen, so dnd-kit
  // scrolls the timeline to keep it in view; the drop uses the counted steps, not the pixels.
  const coordinateGetter: KeyboardCoordinateGetter = (event, args) => {
    if (dataOf(args.context.active?.data.current)?.type === 'lane') return sortableKeyboardCoordinates(event, args)
    const current = store.get()
    if (!current) return undefined
    const before = current.preview
    const step = { ...keys.current }
    const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0
    if (direction !== 0 && (event.shiftKey || current.session.mode === 'resize')) step.resize += direction
    else if (direction !== 0 && current.session.mode === 'move') step.steps += direction
    else if (event.code === 'ArrowDown' && current.session.mode === 'move') step.lanes += 1
    else if (event.code === 'ArrowUp' && current.session.mode === 'move') step.lanes -= 1
    else return undefined
    keys.current = step
    const preview = previewOf(current.session, context(), { x: 0, y: 0 }, step)
    store.set({ session: current.session, preview })
    const { model } = latest.current
    const xOf = (p: DragPreview) => (p.span ? xFromTime(p.span.start, model.origin, model.scale) : 0)
    const topOf = (p: DragPreview) => model.boxes[p.laneIndex]?.top ?? 0
    // A resize moves no start; a hair of movement still tells dnd-kit (and its announcer) something happened.
    const dx = xOf(preview) - xOf(before) || direction * 0.01
    return { x: args.currentCoordinates.x + dx, y: args.currentCoordinates.y + (topOf(preview) - topOf(before)) }
  }

  // Sensor options keep one identity: new ones would give dnd-kit new activators, and with them a
  // new context that re-renders every item on screen on each render of the timeline (a click).
  const getter = useRef(coordinateGetter)
  useLayoutEffect(() => {
    getter.current = coordinateGetter
  })
  const keyboardOptions = useMemo(() => ({ coordinateGetter: ((event, args) => getter.current(event, args)) as KeyboardCoordinateGetter, scrollBehavior: 'auto' as const }), [])
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions))

  const collisionDetection: CollisionDetection = (args) => {
    if (dataOf(args.active.data.current)?.type !== 'lane') return NO_COLLISIONS
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => dataOf(c.data.current)?.type === 'lane') })
  }

  const describe = (preview: DragPreview | undefined, session: DragSession): { title: string; dates: string; lane: string } | null => {
    const { model } = latest.current
    const lane = model.lanes[preview?.laneIndex ?? session.laneIndex]
    const laneName = lane ? model.itemText.laneTitle(lane.lane).name : ''
    if (session.mode === 'create' && preview?.range) {
      const first = formatDate(preview.range.start)
      const last = formatDate(preview.range.end - 1)
      return { title: t('timeline.newEvent'), dates: model.text.dates.daySpanOf(first, last), lane: laneName }
    }
    const located = session.placed && findItem(model.content, session.placed.ref.id)
    if (!located) return null
    const item = preview?.item ?? located.item
    const moved = { ...located, item } as typeof located
    return { title: isolate(model.itemText.labelOf(located)), dates: itemDates(moved, model.text).text, lane: isolate(laneName) }
  }

  const announce = (kind: 'start' | 'move' | 'end' | 'cancel', laneKey?: string): string | undefined => {
    if (laneKey !== undefined) {
      const { model } = latest.current
      const index = model.lanes.findIndex((lane) => lane.lane.key === laneKey)
      const lane = model.lanes[index]
      return lane ? t(`timeline.announce.lane.${kind}`, { lane: isolate(model.itemText.laneTitle(lane.lane).name), position: index + 1, count: model.lanes.length }) : undefined
    }
    const current = store.get()
    // Nothing is heard of a late move after the drop (the drop's own is said before it settles).
    if (!current || current.settling) return undefined
    const said = describe(current.preview, current.session)
    if (!said) return undefined
    const mode = current.session.mode
    if (mode === 'select') return kind === 'start' ? t('timeline.announce.select') : undefined
    if (kind === 'start') return t(mode === 'create' ? 'timeline.announce.createStart' : 'timeline.announce.start', said)
    if (kind === 'cancel') {
      const back = describe(undefined, current.session)
      return back ? t('timeline.announce.cancel', back) : undefined
    }
    const laneChanged = current.preview.laneIndex !== current.session.laneIndex
    if (kind === 'move') return t(laneChanged ? 'timeline.announce.moveLane' : 'timeline.announce.move', said)
    if (mode === 'create') return t('timeline.announce.created', said)
    if (mode === 'resize' || (current.session.keyboard && keys.current.resize !== 0 && keys.current.steps === 0)) return t('timeline.announce.resized', said)
    return t(laneChanged ? 'timeline.announce.movedLane' : 'timeline.announce.moved', said)
  }

  const laneKeyOf = (active: { data: { current?: unknown } }) => {
    const data = dataOf(active.data.current)
    return data?.type === 'lane' ? data.laneKey : undefined
  }
  const over = (target: { data: { current?: unknown } } | null) => {
    const data = dataOf(target?.data.current)
    return data?.type === 'lane' ? data.laneKey : undefined
  }

  // The lane a lane drag was last said to be over: it starts over its own place, which is not news.
  const laneOver = useRef<string | undefined>(undefined)
  const overNewLane = (active: { data: { current?: unknown } }, target: { data: { current?: unknown } } | null): string | undefined => {
    const lane = over(target)
    if (laneKeyOf(active) === undefined || lane === undefined || lane === laneOver.current) return undefined
    laneOver.current = lane
    return announce('move', lane)
  }
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      laneOver.current = laneKeyOf(active)
      return announce('start', laneKeyOf(active))
    },
    onDragMove: ({ active }) => (laneKeyOf(active) === undefined ? announce('move') : undefined),
    onDragOver: ({ active, over: target }) => overNewLane(active, target),
    // The end of an item drag is announced from the store, which the drop clears right after.
    onDragEnd: ({ active, over: target }) => (laneKeyOf(active) !== undefined ? announce('end', over(target) ?? laneKeyOf(active)) : lastEnd.current),
    onDragCancel: ({ active }) => announce('cancel', laneKeyOf(active)),
  }
  const lastEnd = useRef<string | undefined>(undefined)
  const onDragEndAnnounced = (event: DragEndEvent) => {
    const current = store.get()
    if (current) {
      const preview = previewOf(current.session, context(), event.delta, current.session.keyboard ? keys.current : null)
      store.set({ session: current.session, preview })
      lastEnd.current = announce('end')
    } else lastEnd.current = undefined
    onDragEnd(event)
  }

  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('timeline.announce.instructions') }

  return {
    store,
    sensors,
    press,
    collisionDetection,
    accessibility: { announcements, screenReaderInstructions },
    handlers: { onDragStart, onDragMove, onDragEnd: onDragEndAnnounced, onDragCancel },
  }
}

// Items whose bars touch the rubber band's rectangle.
function itemsInRect(model: TimelineModel, preview: DragPreview): string[] {
  const rect = preview.rect
  if (!rect) return []
  const ids = new Set<string>()
  const scale = model.scale
  model.lanes.forEach((lane, index) => {
    const box = model.boxes[index]
    if (!box || box.collapsed || box.top > rect.top + rect.height || box.top + box.height < rect.top) return
    for (const item of lane.items) {
      const x1 = xFromTime(item.start, model.origin, scale)
      const x2 = Math.max(x1 + MIN_BAR_WIDTH, xFromTime(item.end, model.origin, scale))
      const y = barTop(box.top, item.row, model.metrics)
      if (x2 >= rect.left && x1 <= rect.left + rect.width && y + model.metrics.barHeight >= rect.top && y <= rect.top + rect.height) ids.add(item.ref.id)
    }
  })
  return [...ids]
}
