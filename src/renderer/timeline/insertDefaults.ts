// Insert ▸ Event… (Ctrl/⌘+E) from the timeline: the new event takes what the focused lane groups by
// (its partner, venue with country and city, country, kind, status, channel or co-production) and
// the focused item's first day, exactly as a drag on that lane would make it.
import type { Event } from '../../shared/format'
import { createEventAt, MINUTES_PER_DAY } from '../../shared/timeline'
import { laneOfFocus } from './navigation'
import type { TimelineModel } from './useTimelineModel'

const PROBE_ID = 'e-insert-defaults-probe'

/** The fields a new event gets from the focused lane and day, or null when nothing on the timeline is focused. */
export function eventDefaultsAt(model: TimelineModel, focusKey: string | null, fallbackTime: number): Partial<Event> | null {
  if (focusKey === null) return null
  const found = model.placed.get(focusKey)
  const lane = found ? model.lanes[found.laneIndex] : model.lanes[laneOfFocus(model.lanes, model.placed, focusKey)]
  if (!lane) return null
  const day = Math.floor((found ? found.item.start : fallbackTime) / MINUTES_PER_DAY) * MINUTES_PER_DAY
  const probe = createEventAt(model.project, model.view.grouping, lane.lane.key, day, day + MINUTES_PER_DAY, { title: '-', id: PROBE_ID })
  const made = probe.events.find((e) => e.id === PROBE_ID)
  if (!made) return null
  const { id: _id, title: _title, ...defaults } = made
  return defaults
}
