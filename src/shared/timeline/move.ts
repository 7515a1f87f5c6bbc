// Moving and resizing one item by a snapped delta, on the file's own date strings. Timed items
// keep their wall-clock times of day in their own zone, so a 19:00 concert moved across a DST
// change is still at 19:00 there; the axis position follows from time.ts. A time that lands in a
// spring-forward gap (02:30 on 2027-03-28 in Budapest) stays as written, so the inverse move
// restores it exactly; the axis shows it after the jump (03:30), as time.ts documents.
import { addDaysTo, addDelta, addMonthsTo, daysBetween, type Delta } from './snap'
import { isTimed } from './time'

/** The date fields a move touches: events and phases have `end` (inclusive for all-day), releases do not. */
export interface Movable {
  start: string
  end?: string | undefined
}

/** Which edge of a bar a resize drags. */
export type Edge = 'start' | 'end'

/**
 * The item moved by `delta`: the start moves (months like date-fns addMonths), the end follows
 * by the same number of calendar days, so the length in days and both times of day are kept.
 * Returns the same item when the delta is zero.
 */
export function moveItem<T extends Movable>(item: T, delta: Delta): T {
  if (delta.amount === 0) return item
  const start = addDelta(item.start, delta)
  if (item.end === undefined) return { ...item, start }
  return { ...item, start, end: addDaysTo(item.end, daysBetween(item.start, start)) }
}

/**
 * The item with one edge moved by `delta`, never past the other edge: an all-day item keeps at
 * least one day (its end is inclusive), a timed item at least zero length. Moving the end by
 * months keeps a month-end on a month-end (June 30 + 1 month → July 31). Milestones without an
 * end, and changes that change nothing, return the same item.
 */
export function resizeItem<T extends Movable>(item: T, edge: Edge, delta: Delta): T {
  const end = item.end
  if (delta.amount === 0 || end === undefined) return item
  if (edge === 'start') {
    const moved = addDelta(item.start, delta)
    const start = moved > end ? end : moved
    return start === item.start ? item : { ...item, start }
  }
  const allDay = !isTimed(end)
  const moved = allDay && delta.unit === 'month' ? addDaysTo(addMonthsTo(addDaysTo(end, 1), delta.amount), -1) : addDelta(end, delta)
  const next = moved < item.start ? item.start : moved
  return next === end ? item : { ...item, end: next }
}

/** Length of an item in calendar days from its start date to its end date (0 for a one-day all-day item or a milestone). */
export function lengthInDays(item: Movable): number {
  return item.end === undefined ? 0 : daysBetween(item.start, item.end)
}
