// Finding where an item is drawn: by its placement key (`id@laneKey`), or an item's first placement
// by id. Built from the stacked lanes without a pass over their items.
import type { Project } from '../../shared/format'
import { findItem, laneKeysOf, NONE_LANE, projectSpans, type Grouping } from '../../shared/timeline'
import { firstStartingAt, type PlacedItem, type StackedLane } from './layout'

/** An item as placed: its lane (index in the model's lanes) and its place in it. */
export interface Placed {
  laneIndex: number
  item: PlacedItem
}

/** Placements by key and by item id. */
export interface PlacedIndex {
  /** The placement with this key (`id@laneKey`). */
  get(key: string): Placed | undefined
  /** Where item `id` is first drawn, in the lanes' order (an event with two partners is in two lanes). */
  first(id: string): Placed | undefined
  /** Whether item `id` is drawn in any lane. */
  shows(id: string): boolean
}

// An item in a lane, found by its start (a binary search): no index by key or id is kept.
function findInLane(lane: StackedLane, id: string, start: number): PlacedItem | undefined {
  const { items } = lane
  for (let i = firstStartingAt(lane, start); i < items.length && items[i]!.start === start; i++) if (items[i]!.ref.id === id) return items[i]
  return undefined
}

/**
 * The placements of `lanes`, grouped by `grouping` from `project`. Nothing is read item by item
 * until asked: an item's first placement is looked up in the lanes it belongs to.
 */
export function placedIndex(lanes: readonly StackedLane[], project: Project, grouping: Grouping): PlacedIndex {
  const laneOf = new Map(lanes.map((lane, index) => [lane.lane.key, index]))
  const spans = projectSpans(project)
  const inLane = (laneKey: string, id: string): Placed | undefined => {
    const laneIndex = laneOf.get(laneKey)
    const span = spans.get(id)
    const item = laneIndex === undefined || span === undefined ? undefined : findInLane(lanes[laneIndex]!, id, span.start)
    return item === undefined ? undefined : { laneIndex: laneIndex!, item }
  }
  // Asked again at every render of the arrows and the selection: each answer is kept.
  const firsts = new Map<string, Placed | null>()
  const first = (id: string): Placed | undefined => {
    let found = firsts.get(id)
    if (found === undefined) firsts.set(id, (found = firstOf(id) ?? null))
    return found ?? undefined
  }
  const firstOf = (id: string): Placed | undefined => {
    const located = findItem(project, id)
    if (!located) return undefined
    let found: Placed | undefined
    for (const laneKey of laneKeysOf(located, grouping)) {
      const at = inLane(laneKey, id)
      if (at && (!found || at.laneIndex < found.laneIndex)) found = at
    }
    // A key that names no lane puts the item in the none lane (groupLanes).
    return found ?? inLane(NONE_LANE, id)
  }
  return {
    get(key) {
      // Ids and lane keys never hold an "@" (FORMAT.md: ids are letters, digits, "-" and "_").
      const cut = key.indexOf('@')
      return cut < 0 ? undefined : inLane(key.slice(cut + 1), key.slice(0, cut))
    },
    first,
    shows: (id) => first(id) !== undefined,
  }
}
