// Finding where an item is drawn: by its placement key (`id@laneKey`), or an item's first placement
// by id. Built from the stacked lanes without a pass over their items: a lane's own index by key is
// made the first time something asks in it, and kept while an edit leaves the lane alone.
import type { Project } from '../../shared/format'
import { findItem, laneKeysOf, NONE_LANE, type Grouping } from '../../shared/timeline'
import type { PlacedItem, StackedLane } from './layout'

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

const byKey = new WeakMap<StackedLane, Map<string, PlacedItem>>()

function keysOf(lane: StackedLane): Map<string, PlacedItem> {
  let map = byKey.get(lane)
  if (!map) byKey.set(lane, (map = new Map(lane.items.map((item) => [item.key, item]))))
  return map
}

/**
 * The placements of `lanes`, grouped by `grouping` from `project`. Nothing is read item by item
 * until asked: an item's first placement is looked up in the lanes it belongs to.
 */
export function placedIndex(lanes: readonly StackedLane[], project: Project, grouping: Grouping): PlacedIndex {
  const laneOf = new Map(lanes.map((lane, index) => [lane.lane.key, index]))
  const inLane = (laneIndex: number | undefined, key: string): Placed | undefined => {
    const item = laneIndex === undefined ? undefined : keysOf(lanes[laneIndex]!).get(key)
    return item === undefined ? undefined : { laneIndex: laneIndex!, item }
  }
  // Asked again and again for the same ids (each dependency's ends, on every render of the arrows).
  const firsts = new Map<string, Placed | null>()
  const first = (id: string): Placed | undefined => {
    let found = firsts.get(id)
    if (found === undefined) {
      found = null
      const located = findItem(project, id)
      // A key that names no lane puts the item in the none lane (groupLanes).
      for (const laneKey of located ? [...laneKeysOf(located, grouping), NONE_LANE] : []) {
        const at = inLane(laneOf.get(laneKey), `${id}@${laneKey}`)
        if (at && (!found || at.laneIndex < found.laneIndex)) found = at
      }
      firsts.set(id, found)
    }
    return found ?? undefined
  }
  return {
    get(key) {
      // Ids and lane keys never hold an "@" (FORMAT.md: ids are letters, digits, "-" and "_").
      const cut = key.indexOf('@')
      return cut < 0 ? undefined : inLane(laneOf.get(key.slice(cut + 1)), key)
    },
    first,
    shows: (id) => first(id) !== undefined,
  }
}
