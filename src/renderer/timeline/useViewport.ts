// The horizontal viewport of the timeline: which moment is where on screen, kept in place when the
// zoom or the canvas's first day changes, and scrolled to on request (today, a date, an item).
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { timeFromX, xFromTime } from '../../shared/timeline'
import { HEADER_HEIGHT } from './layout'
import type { TimelineModel } from './useTimelineModel'

/** A moment (axis minutes) and how far from the left edge of the lanes it should show, in pixels. */
export interface Anchor {
  time: number
  offset: number
}

export function useViewport(scrollerRef: RefObject<HTMLDivElement | null>, model: TimelineModel, initial: (model: TimelineModel) => Anchor) {
  const latest = useRef(model)
  const pending = useRef<Anchor | null>(null)
  const placed = useRef<{ scale: number; origin: number } | null>(null)
  const initialRef = useRef(initial)

  const api = useMemo(() => {
    const scroller = () => scrollerRef.current
    const trackWidth = () => Math.max(0, (scroller()?.clientWidth ?? 1000) - latest.current.laneHeaderWidth)
    const timeAt = (offset: number) => {
      const m = latest.current
      return timeFromX((scroller()?.scrollLeft ?? 0) + offset, m.origin, m.scale)
    }
    const apply = (anchor: Anchor) => {
      const element = scroller()
      if (!element) return
      const m = latest.current
      const left = xFromTime(anchor.time, m.origin, m.scale) - anchor.offset
      // The titles' scroll position (TimelineCanvas) first, where the browser will round it: the
      // layout this scroll forces then restyles the canvas once, not again for the titles.
      element.style.setProperty('--scroll-left', `${Math.max(0, Math.round(left))}px`)
      element.scrollLeft = left
      // The canvas re-slices on scroll; doing it now avoids one frame of missing items.
      element.dispatchEvent(new Event('scroll'))
    }
    return {
      trackWidth,
      timeAt,
      /** Remembers the moment under `offset` (default: the middle) to keep it there after a zoom. */
      anchorBeforeZoom(offset?: number, keepOnPlan = true) {
        const at = offset ?? trackWidth() / 2
        // Zooming in from a view wider than the plan lands on the plan, not on empty months (a
        // wheel zoom keeps exactly what is under the pointer).
        const extent = latest.current.extent
        const time = extent && keepOnPlan ? Math.min(extent.end, Math.max(extent.start, timeAt(at))) : timeAt(at)
        pending.current = { time, offset: at }
      },
      /** The scrollLeft the coming zoom change will take for `model` (its scale and first day), or null when none is pending. */
      plannedScrollLeft(model: TimelineModel): number | null {
        // Before the first placement, the place a plan opens at: its first render draws the items
        // there, instead of those at the far left that the opening scroll would replace at once.
        const anchor = pending.current ?? (placed.current === null ? initialRef.current(model) : null)
        return anchor ? xFromTime(anchor.time, model.origin, model.scale) - anchor.offset : null
      },
      /** Puts `time` at `offset` pixels from the left edge, now or after the coming zoom change. */
      scrollToTime(time: number, offset: number, afterZoom: boolean) {
        if (afterZoom) pending.current = { time, offset }
        else apply({ time, offset })
      },
      /** Scrolls the least needed to show canvas point `x` (null: keep the horizontal position) and a lane band from `y`. */
      reveal(x: number | null, y: number, height: number) {
        const element = scroller()
        if (!element) return
        const width = trackWidth()
        if (x !== null && (x < element.scrollLeft + 16 || x > element.scrollLeft + width - 48)) element.scrollLeft = x - Math.min(160, width / 4)
        const visible = element.clientHeight - HEADER_HEIGHT
        if (y < element.scrollTop + 4 || y + Math.min(height, 40) > element.scrollTop + visible) element.scrollTop = Math.max(0, y - visible / 3)
        element.dispatchEvent(new Event('scroll'))
      },
      apply,
    }
  }, [scrollerRef])

  useLayoutEffect(() => {
    latest.current = model
    const before = placed.current
    placed.current = { scale: model.scale, origin: model.origin }
    if (!before) {
      api.apply(initial(model))
      return
    }
    const anchor = pending.current
    pending.current = null
    if (anchor) api.apply(anchor)
    else if (before.scale === model.scale && before.origin !== model.origin) {
      // The plan grew or shrank at the front: keep the same days on screen.
      const element = scrollerRef.current
      if (element) element.scrollLeft += xFromTime(before.origin, model.origin, model.scale)
    }
  }, [model, api, initial, scrollerRef])

  return api
}
