// Sub-rows of one lane: overlapping items are stacked, never drawn on top of each other.
// Greedy interval partitioning by start, each item taking the lowest free row, uses exactly as many
// rows as the most items overlapping at one moment: a row is added only when every row is busy.
import type { AxisRange } from './time'

/** An item placed in a lane: its id and its axis span (half-open, milestones have start === end). */
export interface StackInput extends AxisRange {
  id: string
}

/** Rows of a lane's items, parallel to the input (row 0 on top), and how many rows the lane needs. */
export interface LaneStack {
  rows: number[]
  rowCount: number
}

/**
 * Assigns each item the lowest sub-row free at its start, in order of start then id (stable
 * for equal spans). An item occupies `[start, max(end, start + minWidth))` in axis minutes, so
 * milestones and very short items keep room for their diamond; `minWidth` is at least one minute.
 */
export function stackLane(items: readonly StackInput[], minWidth = 1): LaneStack {
  const width = Math.max(1, minWidth)
  const starts = Float64Array.from(items, (item) => item.start)
  const order = Uint32Array.from(items, (_, i) => i)
  order.sort((a, b) => {
    const byStart = starts[a]! - starts[b]!
    if (byStart !== 0) return byStart
    const x = items[a]!.id
    const y = items[b]!.id
    return x < y ? -1 : x > y ? 1 : a - b
  })
  const rows = new Array<number>(items.length).fill(0)
  // End of the last item in each row; lanes rarely need more than a handful of rows, so a scan
  // for the lowest free row beats a heap.
  const rowEnds: number[] = []
  for (const index of order) {
    const item = items[index]!
    let row = 0
    while (row < rowEnds.length && rowEnds[row]! > item.start) row++
    rows[index] = row
    rowEnds[row] = Math.max(item.end, item.start + width)
  }
  const rowCount = rowEnds.length
  return { rows, rowCount }
}
