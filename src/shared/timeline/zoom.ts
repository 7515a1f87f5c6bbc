// Continuous zoom: a scale in pixels per day anywhere between a day filling a wide cell and
// several decades on one screen, with the five zoom levels as presets, and "fit" of a span.
import { MINUTES_PER_DAY, type AxisRange } from './time'
import { extentOf, PIXELS_PER_DAY, zoomLevels, type Zoom } from './scale'

/** The widest view: about 27 years on a 1,000-pixel track (pixels per day). */
export const MIN_SCALE = 0.1
/** The most detailed view: a day 160 pixels wide (hours readable). */
export const MAX_SCALE = 160

/** `pxPerDay` kept within MIN_SCALE … MAX_SCALE (a non-finite value gives the month preset). */
export function clampScale(pxPerDay: number): number {
  if (!Number.isFinite(pxPerDay) || pxPerDay <= 0) return PIXELS_PER_DAY.month
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, pxPerDay))
}

/** The preset closest to a scale (by ratio): what a drag snaps to and which preset the menus tick. */
export function nearestZoom(pxPerDay: number): Zoom {
  let best: Zoom = 'month'
  let distance = Infinity
  for (const zoom of zoomLevels) {
    const d = Math.abs(Math.log(pxPerDay / PIXELS_PER_DAY[zoom]))
    if (d < distance) {
      distance = d
      best = zoom
    }
  }
  return best
}

/** True when a scale is (within rounding) exactly a preset's. */
export function isPresetScale(pxPerDay: number, zoom: Zoom): boolean {
  return Math.abs(pxPerDay / PIXELS_PER_DAY[zoom] - 1) < 1e-6
}

/** One step of "+" (direction -1, more detailed) or "−" (+1, wider): a factor of 1.5, clamped. */
export function stepScale(pxPerDay: number, direction: 1 | -1): number {
  return clampScale(direction < 0 ? pxPerDay * 1.5 : pxPerDay / 1.5)
}

/** The scale after a wheel or pinch of `deltaY` pixels (positive: wider), 0.2 % per pixel, clamped. */
export function wheelScale(pxPerDay: number, deltaY: number): number {
  return clampScale(pxPerDay * Math.exp(-deltaY * 0.002))
}

/** Fraction of the width left empty on each side of a fitted span. */
export const FIT_MARGIN = 0.025

/**
 * "Fit": the scale at which `spans` fill a `viewportPx`-wide track edge to edge, with FIT_MARGIN
 * of the width empty on each side, and the axis minute to put at the left edge. A span shorter
 * than a day is shown as a day; the scale is clamped (a span of decades may not fill the width).
 * Null when there are no spans or no width.
 */
export function fitView(spans: Iterable<AxisRange>, viewportPx: number): { pxPerDay: number; start: number } | null {
  const extent = extentOf(spans)
  if (!extent || viewportPx <= 0) return null
  const length = Math.max(extent.end - extent.start, MINUTES_PER_DAY)
  const middle = (extent.start + extent.end) / 2
  const pxPerDay = clampScale((viewportPx * (1 - 2 * FIT_MARGIN)) / (length / MINUTES_PER_DAY))
  const shown = (viewportPx / pxPerDay) * MINUTES_PER_DAY
  // Centred: when the scale is clamped, the span sits in the middle rather than at the left edge.
  return { pxPerDay, start: middle - shown / 2 }
}
