// Where an item's title goes on the timeline: inside its bar when it fits, else just after the
// bar when the row is free until the next item, else cut short (ellipsis) inside the bar, or in
// the free space after it when that is wider. A title never covers another item of its row.

/** One item of a sub-row, in pixels along the canvas: its bar (or diamond) and its title's width. */
export interface LabelInput {
  left: number
  width: number
  textWidth: number
}

/** Where a title is drawn: `inside` / `after` the bar whole, `clipped` cut short at `width`, or `none`. */
export interface LabelPlacement {
  mode: 'inside' | 'after' | 'clipped' | 'none'
  /** Left edge of the title (canvas pixels). */
  x: number
  /** Width the title may use (pixels); a clipped title ends with an ellipsis there. */
  width: number
}

/** Padding inside a bar each side of its title, the gap kept before the next item, and the least room worth a cut title (px). */
export interface LabelMetrics {
  padding: number
  gap: number
  minWidth: number
}

export const DEFAULT_LABEL_METRICS: LabelMetrics = { padding: 6, gap: 6, minWidth: 36 }

/**
 * Places the titles of one sub-row; `row` is ordered by `left` and its bars do not overlap. The
 * placements are parallel to `row`; `limit` is the right edge of the canvas.
 */
export function placeLabels(row: readonly LabelInput[], limit = Infinity, metrics: LabelMetrics = DEFAULT_LABEL_METRICS): LabelPlacement[] {
  const { padding, gap, minWidth } = metrics
  return row.map((item, i) => {
    const inside = item.width - 2 * padding
    if (item.textWidth <= inside) return { mode: 'inside', x: item.left + padding, width: item.textWidth }
    const next = row[i + 1]
    const end = item.left + item.width
    const after = Math.min(limit, next ? next.left - gap : Infinity) - end - padding
    if (item.textWidth <= after) return { mode: 'after', x: end + padding, width: item.textWidth }
    if (inside >= minWidth && inside >= after) return { mode: 'clipped', x: item.left + padding, width: inside }
    if (after >= minWidth) return { mode: 'clipped', x: end + padding, width: after }
    return { mode: 'none', x: item.left, width: 0 }
  })
}
