// Dependency arrows drawn as orthogonal lines with rounded corners: out of the end of one bar,
// along the gap between sub-rows (never through a row of bars and titles), into the start of the
// next. A dependency whose target starts too early loops back, so a violation shows at a glance.

export interface Point {
  x: number
  y: number
}

/** Where an arrow starts (a bar's end) and ends (a bar's start), and the y of the gap between rows it runs along (px). */
export interface ArrowEnds {
  from: Point
  to: Point
  /** y of the gap beside the target's row (above it when coming from above, below when from below or the same row). */
  gapY: number
}

/** How far an arrow runs out of a bar before turning, and the corner radius (px). */
export const ARROW_STUB = 8
export const ARROW_RADIUS = 4

/** Longest straight arrow along a row (px): a longer one could pass under the items and titles between. */
export const ARROW_STRAIGHT_MAX = 48

/** The corner points of an arrow from `from` to `to`: straight when close in one row, else along `gapY`. */
export function arrowPoints({ from, to, gapY }: ArrowEnds): Point[] {
  const dx = to.x - from.x
  if (from.y === to.y && dx >= 2 * ARROW_STUB && dx <= ARROW_STRAIGHT_MAX) return [from, to]
  const out = from.x + ARROW_STUB
  const into = to.x - ARROW_STUB
  if (into >= out && from.y !== to.y) return [from, { x: out, y: from.y }, { x: out, y: to.y }, to]
  return [from, { x: out, y: from.y }, { x: out, y: gapY }, { x: into, y: gapY }, { x: into, y: to.y }, to]
}

/** An SVG path through `points` with each corner rounded by up to `radius` (less where a segment is short). */
export function roundedPath(points: readonly Point[], radius = ARROW_RADIUS): string {
  const first = points[0]
  if (!first) return ''
  let d = `M${first.x},${first.y}`
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!
    const next = points[i + 1]
    if (!next) {
      d += ` L${p.x},${p.y}`
      break
    }
    const prev = points[i - 1]!
    const r = Math.min(radius, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2)
    const before = toward(p, prev, r)
    const after = toward(p, next, r)
    d += ` L${before.x},${before.y} Q${p.x},${p.y} ${after.x},${after.y}`
  }
  return d
}

function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y)
  if (length === 0) return from
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance }
}
