// The timeline's zoom as a view setting: presets, "+" and "−" steps, Ctrl+wheel and pinch (which
// Chromium reports as Ctrl+wheel) around the pointer, and Fit of the plan or of the selection.
// Never an edit: every change goes through setView and is remembered like the grouping.
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { fitView, PIXELS_PER_DAY, projectSpans, scalePatch, stepScale, viewScale, wheelScale, type AxisRange, type Zoom } from '../../shared/timeline'
import type { WorkspaceStore } from '../app/store'
import type { TimelineModel } from './useTimelineModel'
import type { useViewport } from './useViewport'

interface ZoomOptions {
  store: WorkspaceStore
  scrollerRef: RefObject<HTMLDivElement | null>
  latestModel: RefObject<TimelineModel>
  viewport: ReturnType<typeof useViewport>
  /** Stretches the canvas to reach an axis minute (a fit beyond the plan's usual margin). */
  reachTo: (time: number) => void
}

export function useZoom({ store, scrollerRef, latestModel, viewport, reachTo }: ZoomOptions) {
  const setScale = useCallback(
    (pxPerDay: number, anchorOffset?: number, keepOnPlan = true) => {
      const view = store.getState().view
      const patch = scalePatch(pxPerDay)
      if (patch.zoom === view.zoom && patch.scale === view.scale) return
      viewport.anchorBeforeZoom(anchorOffset, keepOnPlan)
      store.getState().setView(patch)
    },
    [store, viewport],
  )

  const zoomTo = useCallback((zoom: Zoom) => setScale(PIXELS_PER_DAY[zoom]), [setScale])
  const zoomStep = useCallback((direction: 1 | -1) => setScale(stepScale(viewScale(store.getState().view), direction)), [setScale, store])

  // Fit: the selected items' span when some are selected, else the whole plan's.
  const fit = useCallback(() => {
    const m = latestModel.current
    const spans = projectSpans(m.content)
    const selected = store.getState().selection.map((id) => spans.get(id)).filter((span): span is NonNullable<typeof span> => span !== undefined)
    const fitted = fitView(selected.length > 0 ? selected : (spans.values() as Iterable<AxisRange>), viewport.trackWidth())
    if (!fitted) return
    const view = store.getState().view
    const patch = scalePatch(fitted.pxPerDay)
    const changes = patch.zoom !== view.zoom || patch.scale !== view.scale
    reachTo(fitted.start + (viewport.trackWidth() / fitted.pxPerDay) * 1440)
    viewport.scrollToTime(fitted.start, 0, changes)
    if (changes) store.getState().setView(patch)
  }, [latestModel, store, viewport, reachTo])

  // Ctrl+wheel and pinch zoom around the pointer, continuously: the wheel's deltas of one frame
  // are added up and applied once in the next animation frame.
  const pending = useRef({ delta: 0, offset: 0, frame: 0 })
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const state = pending.current
    const apply = () => {
      state.frame = 0
      const delta = state.delta
      state.delta = 0
      if (delta !== 0) setScale(wheelScale(viewScale(store.getState().view), delta), state.offset, false)
    }
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      // Lines and pages (a mouse wheel on some systems) count as about 40 pixels a line.
      state.delta += event.deltaMode === 0 ? event.deltaY : event.deltaY * 40
      state.offset = Math.max(0, event.clientX - scroller.getBoundingClientRect().left - latestModel.current.laneHeaderWidth)
      if (!state.frame) state.frame = requestAnimationFrame(apply)
    }
    scroller.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      scroller.removeEventListener('wheel', onWheel)
      if (state.frame) cancelAnimationFrame(state.frame)
      state.frame = 0
    }
  }, [scrollerRef, setScale, store, latestModel])

  return { setScale, zoomTo, zoomStep, fit }
}
