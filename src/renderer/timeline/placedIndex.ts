// Finding where an item is drawn: by its placement key (`id@laneKey`), or an item's first placement
// by id. Built from the stacked lanes without a wrapper per item: a lane's own index by key is made
// the first time something asks in it, and kept while an edit leaves the lane alone.
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

/** The placements of `lanes`. */
export function placedIndex(lanes: readonly StackedLane[]): PlacedIndex {
  const laneOf = new Map(lanes.map((lane, index) => [lane.lane.key, index]))
  const firsts = new Map<string, PlacedItem>()
  for (const lane of lanes) for (const item of lane.items) if (!firsts.has(item.ref.id)) firsts.set(item.ref.id, item)
  const at = (item: PlacedItem | undefined): Placed | undefined => {
    const laneIndex = item === undefined ? undefined : laneOf.get(item.ref.laneKey)
    return laneIndex === undefined ? undefined : { laneIndex, item: item! }
  }
  return {
    get(key) {
      // Ids and lane keys never hold an "@" (FORMAT.md: ids are letters, digits, "-" and "_").
      const cut = key.indexOf('@')
      const laneIndex = cut < 0 ? undefined : laneOf.get(key.slice(cut + 1))
      return laneIndex === undefined ? undefined : at(keysOf(lanes[laneIndex]!).get(key))
    },
    first: (id) => at(firsts.get(id)),
    shows: (id) => firsts.has(id),
  }
}
