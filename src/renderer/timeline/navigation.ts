// Arrow-key focus on the timeline (one tab stop, roving tabindex): along a lane from its header
// (collapse button, then the re-order grip) through its items in date order, and up or down to the
// nearest item of the neighbouring lane.
import type { Direction } from './context'
import type { LaneBox, StackedLane } from './layout'

/** Focus keys: `lane:KEY` (collapse button), `grip:KEY` (re-order handle) or an item's `id@KEY`. */
export const laneFocusKey = (laneKey: string): string => `lane:${laneKey}`
export const gripFocusKey = (laneKey: string): string => `grip:${laneKey}`

/** Finds the lane of a placement key (the model's placed index, or any map to lane indexes). */
type LaneOfKey = { get(key: string): { laneIndex: number } | undefined }

interface Where {
  lane: number
  /** -2 the collapse button, -1 the grip, ≥ 0 an item index in the lane. */
  slot: number
}

function locate(lanes: readonly StackedLane[], key: string, placed: LaneOfKey): Where | null {
  const prefix = key.startsWith('lane:') ? -2 : key.startsWith('grip:') ? -1 : null
  if (prefix !== null) {
    const laneKey = key.slice(5)
    const lane = lanes.findIndex((l) => l.lane.key === laneKey)
    return lane < 0 ? null : { lane, slot: prefix }
  }
  const found = placed.get(key)
  if (!found) return null
  const slot = lanes[found.laneIndex]?.items.findIndex((item) => item.key === key) ?? -1
  return slot < 0 ? null : { lane: found.laneIndex, slot }
}

function keyOf(lanes: readonly StackedLane[], where: Where): string | null {
  const lane = lanes[where.lane]
  if (!lane) return null
  if (where.slot === -2) return laneFocusKey(lane.lane.key)
  if (where.slot === -1) return gripFocusKey(lane.lane.key)
  return lane.items[where.slot]?.key ?? null
}

/** The focus key an arrow key leads to from `from`, or null to stay. Collapsed lanes are passed through by their header only. */
export function nextFocus(lanes: readonly StackedLane[], boxes: readonly LaneBox[], placed: LaneOfKey, from: string, direction: Direction): string | null {
  const where = locate(lanes, from, placed)
  if (!where) return lanes[0] ? laneFocusKey(lanes[0].lane.key) : null
  const lane = lanes[where.lane]!
  const items = boxes[where.lane]?.collapsed ? 0 : lane.items.length
  switch (direction) {
    case 'left':
      return where.slot > -2 ? keyOf(lanes, { lane: where.lane, slot: where.slot - 1 }) : null
    case 'right':
      return where.slot + 1 < items ? keyOf(lanes, { lane: where.lane, slot: where.slot + 1 }) : null
    case 'home':
      return items > 0 ? keyOf(lanes, { lane: where.lane, slot: 0 }) : null
    case 'end':
      return items > 0 ? keyOf(lanes, { lane: where.lane, slot: items - 1 }) : null
    case 'up':
    case 'down': {
      const target = where.lane + (direction === 'down' ? 1 : -1)
      const next = lanes[target]
      if (!next) return null
      if (where.slot < 0 || boxes[target]?.collapsed || next.items.length === 0) return keyOf(lanes, { lane: target, slot: where.slot < 0 ? where.slot : -2 })
      // The item of the next lane nearest in time to this one.
      const start = lane.items[where.slot]!.start
      let best = 0
      let distance = Infinity
      next.items.forEach((item, i) => {
        const d = Math.abs(item.start - start)
        if (d < distance) {
          distance = d
          best = i
        }
      })
      return keyOf(lanes, { lane: target, slot: best })
    }
  }
}

/** The lane a focus key is in, or -1. */
export function laneOfFocus(lanes: readonly StackedLane[], placed: LaneOfKey, key: string): number {
  return locate(lanes, key, placed)?.lane ?? -1
}
