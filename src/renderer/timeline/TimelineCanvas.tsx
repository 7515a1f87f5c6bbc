import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { AutoScrollActivator, DndContext, MeasuringStrategy } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { timeFromX, type AxisRange } from '../../shared/timeline'
import { useTransitionAfterPaint } from './afterPaint'
import { useModel } from './context'
import { Dependencies } from './Dependencies'
import { DragLayer } from './DragLayer'
import { DragSurface } from './DragSurface'
import { HEADER_HEIGHT, rowsInBand, type StackedLane } from './layout'
import { LaneRow } from './LaneRow'
import { TimelineGrid, TimelineHeader, type CanvasAxis } from './TimelineHeader'
import type { useTimelineDnd } from './useTimelineDnd'
import type { TimelineModel } from './useTimelineModel'
import { HolidayBand, holidayBandHeight, HolidayTints, PointerTime } from './TimelineHolidays'
import './timelineCanvas.css'
import './timelineLanes.css'

interface TimelineCanvasProps {
  dnd: ReturnType<typeof useTimelineDnd>
  scrollerRef: RefObject<HTMLDivElement | null>
  bodyRef: RefObject<HTMLDivElement | null>
  /** Keys of the items being dragged (placeholders), and keys to keep in the DOM (dragged and focused). */
  dragging: ReadonlySet<string>
  pinned: ReadonlySet<string>
  /** Lanes to keep rendered whatever the scroll position (the dragged and the focused item's). */
  pinnedLanes: readonly number[]
  /** Where the view is about to scroll for this model (a zoom keeping its anchor), or null: rendered at once, not a frame later. */
  plannedScrollLeft: (model: TimelineModel) => number | null
}

const EMPTY: ReadonlySet<string> = new Set()
// Constants, not inline objects: a new measuring configuration gives dnd-kit a new context, which
// re-renders every item on screen.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }
// Scroll when the pointer nears an edge; a long bar's own edges are usually off screen.
const AUTO_SCROLL = { activator: AutoScrollActivator.Pointer, threshold: { x: 0.08, y: 0.12 } }

// The stretch rendered along one axis: the screen plus a quarter screen each side, moved in
// quarter-screen steps so scrolling re-renders the rows only every quarter screen. (Half a screen
// each side drew six screens' worth of bars, and a zoom or a regrouping waited for all of them.)
function quantize(scroll: number, size: number): { from: number; size: number } {
  const step = Math.max(128, Math.round(size / 4))
  return { from: Math.floor(scroll / step) * step - step, size: size + 3 * step }
}

/** The part of the canvas rendered: a time window (px from the canvas's first day) and a band of lane heights (px from the first lane). */
interface Slice {
  left: number
  width: number
  top: number
  height: number
}

const sameSlice = (a: Slice, b: Slice) => a.left === b.left && a.width === b.width && a.top === b.top && a.height === b.height

// An edit changes the lanes of the items it touched: an event shared by five partners is in five
// lanes when grouped by partner. More lanes than this changing is a new layout (a zoom changes
// every lane, a regrouping or a filter most of them).
const EDITED_LANES = 8

/** Counts layouts: the count goes up on a new scale, when lanes are added, removed or moved, or when more than EDITED_LANES are new (a new layout, not an edit). */
class LayoutGenerations {
  private lanes: readonly StackedLane[] | null = null
  private scale = 0
  private generation = 0

  of(lanes: readonly StackedLane[], scale: number): number {
    const last = this.lanes
    if (last !== lanes || scale !== this.scale) {
      let changed = last === null || lanes.length !== last.length || scale !== this.scale ? Infinity : 0
      for (let i = 0; last !== null && i < lanes.length && changed <= EDITED_LANES; i++) {
        if (lanes[i] === last[i]) continue
        changed = lanes[i]!.lane.key === last[i]!.lane.key ? changed + 1 : Infinity
      }
      // A few lanes that all changed (a filter when grouped by status) are a new layout too.
      if (changed > EDITED_LANES || (changed > 2 && changed === lanes.length)) this.generation++
      this.lanes = lanes
      this.scale = scale
    }
    return this.generation
  }
}

/** The scrolling canvas: the header, the virtualized lanes with their items, arrows, grid and the drag layer. */
export function TimelineCanvas({ dnd, scrollerRef, bodyRef, dragging, pinned, pinnedLanes, plannedScrollLeft }: TimelineCanvasProps) {
  const { t } = useTranslation()
  const model = useModel()
  const zoom = model.scale
  const headerWidth = model.laneHeaderWidth
  const [measured, setSlice] = useState<Slice>({ left: 0, width: 2000, top: 0, height: 2000 })
  // The scroller's size as last measured, to slice a planned scroll position without reading layout.
  const size = useRef({ width: 2000, height: 1000, left: 0, top: 0 })
  const topMargin = HEADER_HEIGHT + holidayBandHeight(model)
  const scrollLeftShown = useRef('0px')
  const showFrame = useRef(0)
  useEffect(() => () => cancelAnimationFrame(showFrame.current), [])

  const reslice = useCallback(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const { scrollLeft, scrollTop, clientWidth, clientHeight } = scroller
    size.current = { width: clientWidth, height: clientHeight, left: scrollLeft, top: scrollTop }
    const across = quantize(scrollLeft, Math.max(0, clientWidth - headerWidth))
    const down = quantize(scrollTop, clientHeight)
    const next = { left: across.from, width: across.size, top: down.from, height: down.size }
    // Titles inside long bars shrink to the part of the bar on screen (timelineItems.css): one
    // custom property on the scroller, no re-render. Only when it moved (a custom property
    // restyles every element under it), and at the frame, before it is drawn: set here, the next
    // read of the layout by anyone listening to this scroll (the lanes' virtualizer) would restyle
    // and lay out the canvas at once. (A zoom's scroll sets it beforehand: useViewport.)
    scrollLeftShown.current = `${scrollLeft}px`
    if (showFrame.current === 0) {
      showFrame.current = requestAnimationFrame(() => {
        showFrame.current = 0
        const shown = scrollerRef.current
        const left = scrollLeftShown.current
        if (shown && shown.style.getPropertyValue('--scroll-left') !== left) shown.style.setProperty('--scroll-left', left)
      })
    }
    setSlice((current) => (sameSlice(current, next) ? current : next))
  }, [scrollerRef, headerWidth])

  useLayoutEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    reslice()
    scroller.addEventListener('scroll', reslice, { passive: true })
    const observer = new ResizeObserver(reslice)
    observer.observe(scroller)
    return () => {
      scroller.removeEventListener('scroll', reslice)
      observer.disconnect()
    }
  }, [scrollerRef, reslice])
  // A new zoom or plan moves what the scroll position means. When the view is about to scroll to
  // keep its anchor, that scroll re-slices (useViewport): measuring now would only force a layout.
  const latestPlanned = useRef(plannedScrollLeft)
  latestPlanned.current = plannedScrollLeft
  const modelRef = useRef(model)
  modelRef.current = model
  useLayoutEffect(() => {
    if (latestPlanned.current(modelRef.current) === null) reslice()
  }, [reslice, zoom, model.width])

  // A zoom renders straight away at the scroll position it is about to take (useViewport keeps the
  // moment under the pointer in place): sliced at the old position, the first render would draw
  // items that the scroll then replaces in a second render of the same frame.
  const planned = plannedScrollLeft(model)
  // New lanes or a new scale (a zoom, a regrouping, a filter) are drawn first for the screen alone,
  // and the margins around it in a transition after that frame is painted: the margins held more
  // bars than the screen, and the first frame waited for all of them. An edit changes a lane or
  // two and keeps the others (useTimelineModel): the margins stay.
  const [generations] = useState(() => new LayoutGenerations())
  const layoutKey = generations.of(model.lanes, zoom)
  const [wideFor, setWideFor] = useState<unknown>(null)
  const wide = wideFor === layoutKey
  useTransitionAfterPaint(!wide, layoutKey, setWideFor)
  const seen = size.current
  const trackWidth = Math.max(0, seen.width - headerWidth)
  const scrollLeft = planned === null ? seen.left : Math.max(0, Math.min(planned, headerWidth + model.width - seen.width))
  let sliceLeft = measured.left
  let sliceWidth = measured.width
  let bandTop = measured.top - topMargin
  let bandHeight = measured.height
  if (!wide) {
    sliceLeft = scrollLeft
    sliceWidth = trackWidth
    bandTop = seen.top - topMargin
    bandHeight = seen.height
  } else if (planned !== null) {
    const across = quantize(scrollLeft, trackWidth)
    sliceLeft = across.from
    sliceWidth = across.size
  }
  const window: AxisRange = useMemo(
    () => ({ start: timeFromX(sliceLeft, model.origin, zoom), end: timeFromX(sliceLeft + sliceWidth, model.origin, zoom) }),
    [sliceLeft, sliceWidth, model.origin, zoom],
  )
  const { origin, end, width, today } = model
  const axis = useMemo<CanvasAxis>(() => ({ origin, end, scale: zoom, width, today, laneHeaderWidth: headerWidth }), [origin, end, zoom, width, today, headerWidth])
  // The band of lane heights rendered (px from the first lane's top).
  const bandBottom = bandTop + bandHeight

  const pinnedRef = useRef(pinnedLanes)
  useLayoutEffect(() => {
    pinnedRef.current = pinnedLanes
  })
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = new Set(defaultRangeExtractor(range))
    for (const index of pinnedRef.current) if (index >= 0 && index < range.count) indexes.add(index)
    return [...indexes].sort((a, b) => a - b)
  }, [])
  const boxes = model.boxes
  // The virtualizer is read fresh on every render (rows below); nothing memoizes its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: model.lanes.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (index) => boxes[index]?.height ?? 52,
    getItemKey: (index) => model.lanes[index]?.lane.key ?? index,
    overscan: 3,
    scrollMargin: topMargin,
    rangeExtractor,
  })
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, boxes])
  // Scrolling by the person — a pointer held on the scroller (its scrollbar), or just after a
  // wheel, touch or key there — not the view's own scroll to where a plan opens or to a date:
  // lanes drawn then show their bars at once.
  const input = useRef({ held: false, at: -Infinity })
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const press = () => void (input.current.held = true)
    const release = () => void (input.current.held = false)
    const nudge = () => void (input.current.at = performance.now())
    const nudges = ['wheel', 'touchmove', 'keydown'] as const
    scroller.addEventListener('pointerdown', press, { passive: true })
    globalThis.addEventListener('pointerup', release, { passive: true })
    globalThis.addEventListener('pointercancel', release, { passive: true })
    for (const type of nudges) scroller.addEventListener(type, nudge, { passive: true })
    return () => {
      scroller.removeEventListener('pointerdown', press)
      globalThis.removeEventListener('pointerup', release)
      globalThis.removeEventListener('pointercancel', release)
      for (const type of nudges) scroller.removeEventListener(type, nudge)
    }
  }, [scrollerRef])
  const scrolling = useCallback(() => virtualizer.isScrolling && (input.current.held || performance.now() - input.current.at < 500), [virtualizer])

  const laneIds = useMemo(() => model.lanes.map((lane) => `l|${lane.lane.key}`), [model.lanes])
  // Each lane gets the dragged and pinned keys only when it holds one: a drag starting re-renders
  // the dragged item's lane, not every lane on screen.
  const lanesOf = useCallback((keys: ReadonlySet<string>) => new Set([...keys].map((key) => model.placed.get(key)?.laneIndex)), [model.placed])
  const draggingLanes = useMemo(() => lanesOf(dragging), [lanesOf, dragging])
  const pinnedLanesOf = useMemo(() => lanesOf(pinned), [lanesOf, pinned])
  const rows = virtualizer.getVirtualItems()
  const bodyStyle = useMemo(() => ({ height: model.height, width: headerWidth + model.width }), [model.height, model.width, headerWidth])

  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={dnd.collisionDetection}
      accessibility={dnd.accessibility}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      {...dnd.handlers}
    >
      <div className="tl-scroller" ref={scrollerRef} tabIndex={-1}>
        <TimelineHeader window={window} cornerLabel={t(`timeline.grouping.${model.view.grouping}`)} model={axis} />
        <HolidayBand window={window} />
        <DragSurface bodyRef={bodyRef} style={bodyStyle} press={dnd.press}>
          <TimelineGrid window={window} height={model.height} model={axis} />
          <HolidayTints window={window} lanes={rows.map((row) => row.index)} />
          <Dependencies window={window} firstLane={rows[0]?.index ?? 0} lastLane={rows.at(-1)?.index ?? -1} />
          <SortableContext items={laneIds} strategy={verticalListSortingStrategy}>
            {rows.map((row) => {
              const band = rowsInBand(boxes[row.index]!, model.lanes[row.index]!.rowCount, { top: bandTop, bottom: bandBottom }, model.metrics)
              return <LaneRow key={row.key} index={row.index} window={window} firstRow={band.first} lastRow={band.last} dragging={draggingLanes.has(row.index) ? dragging : EMPTY} pinned={pinnedLanesOf.has(row.index) ? pinned : EMPTY} scrolling={scrolling} />
            })}
          </SortableContext>
          {model.lanes.length === 0 && <p className="tl-empty">{t('timeline.noLanes')}</p>}
        </DragSurface>
      </div>
      <PointerTime scrollerRef={scrollerRef} bodyRef={bodyRef} />
      <DragLayer store={dnd.store} scrollerRef={scrollerRef} />
    </DndContext>
  )
}
