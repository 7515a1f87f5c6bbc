// Timeline edit commands: pure `(project, args) → project` functions, the same project when
// nothing changes, never mutating their input. A drop is one TimelineEdit; applyTimelineEdit
// performs it and timelineEditLabel names it for the Edit menu ("Undo Move ‘Opening concert’").
import { eventKinds, eventStatuses, newId, type Event, type EventKind, type EventStatus, type Project } from '../format'
import { findItem, indexItems, itemTitle, replaceItems, type ItemRef, type TimelineItem } from './items'
import { reassign, NONE_LANE, type Grouping } from './lanes'
import { moveItem, resizeItem, type Edge } from './move'
import type { Delta } from './snap'
import { axisToTimed, dateOfDay, dayOf, MINUTES_PER_DAY } from './time'

/** An undo label: a key of the `undoLabels` translations and its values (shaped like the renderer's UndoLabel). */
export interface TimelineLabel {
  key: 'moveItem' | 'moveItems' | 'resizeItem' | 'reassignItem' | 'createEvent'
  values: Record<string, string>
}

/** Where and how a new event is made by dragging on empty lane space. */
export interface CreateEventOptions {
  /** The new event's title (1–200 characters), e.g. the translated "New event". */
  title: string
  /** The new event's id; a fresh `e-…` id when left out. */
  id?: string
  /** Whole days (default) or a timed event in the venue's zone (or the home zone). */
  allDay?: boolean
  /** The country when the lane does not say (default: the partner's, else the plan's most used). */
  country?: string
  kind?: EventKind
  status?: EventStatus
}

/** One timeline edit as the UI performs it on drop: one undo step. */
export type TimelineEdit =
  | { type: 'move'; refs: readonly ItemRef[]; delta: Delta; grouping?: Grouping; toLaneKey?: string }
  | { type: 'resize'; ref: Pick<ItemRef, 'id'>; edge: Edge; delta: Delta }
  | { type: 'reassign'; ref: Pick<ItemRef, 'id'>; grouping: Grouping; fromLaneKey: string; toLaneKey: string }
  | { type: 'create'; grouping: Grouping; laneKey: string; start: number; end: number; options: CreateEventOptions }

function distinctIds(refs: readonly Pick<ItemRef, 'id'>[]): string[] {
  return [...new Set(refs.map((r) => r.id))]
}

/** Moves every referenced item by the same delta, keeping the gaps between them (an item in two lanes moves once). */
export function moveItems(project: Project, refs: readonly Pick<ItemRef, 'id'>[], delta: Delta): Project {
  if (delta.amount === 0) return project
  const index = indexItems(project)
  const updates = new Map<string, TimelineItem>()
  for (const id of distinctIds(refs)) {
    const located = index.get(id)
    if (located) updates.set(id, moveItem(located.item, delta))
  }
  return replaceItems(project, updates)
}

/** Moves one edge of an event or phase by `delta` (see move.ts resizeItem: never below zero length, all-day at least one day). */
export function resizePlanItem(project: Project, ref: Pick<ItemRef, 'id'>, edge: Edge, delta: Delta): Project {
  const located = findItem(project, ref.id)
  if (!located) return project
  const next = resizeItem(located.item, edge, delta)
  return next === located.item ? project : replaceItems(project, new Map([[ref.id, next]]))
}

/** Re-assigns the grouped attribute after a drop on another lane (see lanes.ts reassign). */
export function reassignItem(project: Project, ref: Pick<ItemRef, 'id'>, fromLaneKey: string, toLaneKey: string, grouping: Grouping): Project {
  return reassign(project, ref, fromLaneKey, toLaneKey, grouping)
}

function mostUsedCountry(project: Project): string | undefined {
  const counts = new Map<string, number>()
  let best: string | undefined
  for (const event of project.events) {
    const n = (counts.get(event.country) ?? 0) + 1
    counts.set(event.country, n)
    if (best === undefined || n > counts.get(best)!) best = event.country
  }
  return best ?? project.venues[0]?.country ?? project.partners[0]?.country
}

/**
 * Adds an event covering axis range `[start, end)` in the lane `laneKey` of `grouping`, which
 * gives it the lane's partner, country, venue (with country, city and zone), kind, status,
 * channel or co-production. All-day events cover every day the range touches (at least one);
 * timed ones are in the venue's zone, else the home zone. New events are ideas of kind "other"
 * unless the lane or the options say otherwise.
 */
export function createEventAt(project: Project, grouping: Grouping, laneKey: string, start: number, end: number, options: CreateEventOptions): Project {
  const title = options.title.trim()
  if (title === '' || !Number.isFinite(start) || !Number.isFinite(end)) return project
  const key = laneKey === NONE_LANE ? undefined : laneKey
  const partner = grouping === 'partner' ? project.partners.find((p) => p.id === key) : undefined
  const venue = grouping === 'venue' ? project.venues.find((v) => v.id === key) : undefined
  const channel = grouping === 'channel' ? project.channels.find((c) => c.id === key) : undefined
  const coproduction = grouping === 'coproduction' ? project.coproductions.find((c) => c.id === key) : undefined
  const laneCountry = grouping === 'country' && key !== undefined ? key : undefined
  const laneKind = grouping === 'kind' ? eventKinds.find((k) => k === key) : undefined
  const laneStatus = grouping === 'status' ? eventStatuses.find((s) => s === key) : undefined

  const from = Math.min(start, end)
  const to = Math.max(start, end)
  const timeZone = options.allDay === false ? (venue?.timeZone ?? project.homeTimeZone) : undefined
  let startValue: string
  let endValue: string
  if (timeZone === undefined) {
    const firstDay = dayOf(from)
    startValue = dateOfDay(firstDay)
    endValue = dateOfDay(Math.max(firstDay, Math.ceil(to / MINUTES_PER_DAY) - 1))
  } else {
    startValue = axisToTimed(from, project.homeTimeZone, timeZone)
    endValue = axisToTimed(to, project.homeTimeZone, timeZone)
    if (endValue < startValue) endValue = startValue
  }

  const event: Event = {
    id: options.id ?? newId('e-'),
    title,
    kind: laneKind ?? options.kind ?? 'other',
    status: laneStatus ?? options.status ?? 'idea',
    start: startValue,
    end: endValue,
    ...(timeZone === undefined ? {} : { timeZone }),
    country: venue?.country ?? laneCountry ?? options.country ?? partner?.country ?? mostUsedCountry(project) ?? 'CN',
    ...(venue ? { city: venue.city, venueId: venue.id } : {}),
    partnerIds: partner ? [partner.id] : [],
    channelIds: channel ? [channel.id] : [],
    audienceIds: [],
    strategyIds: [],
    ...(coproduction ? { coproductionId: coproduction.id } : {}),
  }
  return { ...project, events: [...project.events, event] }
}

/** Performs one timeline edit; the same project when it changes nothing. */
export function applyTimelineEdit(project: Project, edit: TimelineEdit): Project {
  switch (edit.type) {
    case 'move': {
      let next = moveItems(project, edit.refs, edit.delta)
      if (edit.grouping !== undefined && edit.toLaneKey !== undefined) {
        for (const ref of edit.refs) next = reassign(next, ref, ref.laneKey, edit.toLaneKey, edit.grouping)
      }
      return next
    }
    case 'resize':
      return resizePlanItem(project, edit.ref, edit.edge, edit.delta)
    case 'reassign':
      return reassignItem(project, edit.ref, edit.fromLaneKey, edit.toLaneKey, edit.grouping)
    case 'create':
      return createEventAt(project, edit.grouping, edit.laneKey, edit.start, edit.end, edit.options)
  }
}

/** The name of lane `laneKey` in `grouping` as the label shows it: the entity's name, or the key for countries, kinds and statuses. */
function laneName(project: Project, grouping: Grouping, laneKey: string): string {
  const find = (list: readonly { id: string; name: string }[]) => list.find((x) => x.id === laneKey)?.name ?? laneKey
  if (grouping === 'partner') return find(project.partners)
  if (grouping === 'venue') return find(project.venues)
  if (grouping === 'channel') return find(project.channels)
  if (grouping === 'coproduction') return project.coproductions.find((c) => c.id === laneKey)?.title ?? laneKey
  return laneKey
}

function titleOf(project: Project, id: string): string {
  const located = findItem(project, id)
  return located ? itemTitle(located) : id
}

/**
 * The undo label of an edit, read from the project before it: "Move ‘TITLE’" (moveItem),
 * "Move N items" (moveItems, values.count), "Resize ‘TITLE’", "Move ‘TITLE’ to LANE"
 * (reassignItem, values.lane, values.grouping, values.laneKey), "New event ‘TITLE’".
 */
export function timelineEditLabel(project: Project, edit: TimelineEdit): TimelineLabel {
  switch (edit.type) {
    case 'move': {
      const ids = distinctIds(edit.refs)
      if (ids.length !== 1) return { key: 'moveItems', values: { count: String(ids.length) } }
      const title = titleOf(project, ids[0]!)
      const lane = edit.toLaneKey
      if (edit.grouping !== undefined && lane !== undefined && lane !== edit.refs[0]!.laneKey) {
        return { key: 'reassignItem', values: { title, lane: laneName(project, edit.grouping, lane), grouping: edit.grouping, laneKey: lane } }
      }
      return { key: 'moveItem', values: { title } }
    }
    case 'resize':
      return { key: 'resizeItem', values: { title: titleOf(project, edit.ref.id) } }
    case 'reassign':
      return {
        key: 'reassignItem',
        values: { title: titleOf(project, edit.ref.id), lane: laneName(project, edit.grouping, edit.toLaneKey), grouping: edit.grouping, laneKey: edit.toLaneKey },
      }
    case 'create':
      return { key: 'createEvent', values: { title: edit.options.title.trim() } }
  }
}
