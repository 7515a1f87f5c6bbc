// Edits of several entities at once, each one undo step: delete a selection, paste events (from
// this plan or another), duplicate events. Pure, the same document when nothing changes.
import type { Event, Project } from '../format'
import { moveItem } from '../timeline/move'
import { NONE_LANE, reassign, type Grouping } from '../timeline/lanes'
import { dayOf, MINUTES_PER_DAY, wallMinutes } from '../timeline/time'
import { addEntity, findEntity, idInUse } from './entities'
import { deleteEntity } from './references'

/** Deletes every entity of `ids` with the references to it (unknown ids are skipped). */
export function deleteEntities(project: Project, ids: readonly string[]): Project {
  let next = project
  for (const id of ids) next = deleteEntity(next, id, { removeReferences: true })
  return next
}

/** Pasted events, already given their new ids. */
export interface PasteArgs {
  events: Event[]
}

/**
 * An event as it may enter `project`: references to partners, venues, channels, audiences,
 * strategies or a co-production the plan does not have (an event copied from another plan) are
 * dropped, so the result never dangles.
 */
export function adoptEvent(project: Project, event: Event): Event {
  const has = (list: readonly { id: string }[]) => {
    const ids = new Set(list.map((x) => x.id))
    return (id: string) => ids.has(id)
  }
  const adopted: Event = {
    ...event,
    partnerIds: event.partnerIds.filter(has(project.partners)),
    channelIds: event.channelIds.filter(has(project.channels)),
    audienceIds: event.audienceIds.filter(has(project.audiences)),
    strategyIds: event.strategyIds.filter(has(project.strategies)),
  }
  if (adopted.venueId !== undefined && !project.venues.some((v) => v.id === adopted.venueId)) delete adopted.venueId
  if (adopted.coproductionId !== undefined && !project.coproductions.some((c) => c.id === adopted.coproductionId)) delete adopted.coproductionId
  return adopted
}

/** Adds the pasted events at the end of the plan (references adopted); an event whose id is taken or that would not read back is skipped. */
export function pasteEvents(project: Project, { events }: PasteArgs): Project {
  let next = project
  for (const event of events) {
    if (idInUse(next, event.id)) continue
    next = addEntity(next, 'event', adoptEvent(next, event))
  }
  return next
}

/** Where pasted events land: the focused lane of a grouping and the first day. */
export interface PasteTarget {
  grouping: Grouping
  laneKey: string
  /** Axis minutes of the day the earliest pasted event starts on. */
  day: number
}

/**
 * The clipboard's events made ready to paste into `project` at `target`: new ids, moved together
 * so the earliest starts on the target day (keeping their gaps and times of day), given the
 * target lane's partner, venue, country, kind, status, channel or co-production, references adopted.
 */
export function eventsForPaste(project: Project, events: readonly Event[], newIds: readonly string[], target: PasteTarget | null): Event[] {
  // Days are counted on each event's own calendar: a concert at 20:00 in Cairo pasted on 2 December is on 2 December there.
  let earliest = Infinity
  for (const event of events) earliest = Math.min(earliest, dayOf(wallMinutes(event.start)) * MINUTES_PER_DAY)
  const days = target && Number.isFinite(earliest) ? Math.round((dayOf(target.day) * MINUTES_PER_DAY - earliest) / MINUTES_PER_DAY) : 0
  return events.map((original, i) => {
    let event: Event = adoptEvent(project, { ...original, id: newIds[i] ?? original.id })
    if (days !== 0) event = moveItem(event, { unit: 'day', amount: days }) as Event
    if (target) {
      const holder: Project = { ...project, events: [...project.events, event] }
      const moved = reassign(holder, { id: event.id }, laneOf(event, target.grouping), target.laneKey, target.grouping)
      event = moved.events.find((e) => e.id === event.id) ?? event
    }
    return event
  })
}

// The lane an event is in for a grouping, as `reassign` names its source lane.
function laneOf(event: Event, grouping: Grouping): string {
  switch (grouping) {
    case 'partner':
      return event.partnerIds[0] ?? NONE_LANE
    case 'venue':
      return event.venueId ?? NONE_LANE
    case 'country':
      return event.country
    case 'kind':
      return event.kind
    case 'status':
      return event.status
    case 'channel':
      return event.channelIds[0] ?? NONE_LANE
    case 'coproduction':
      return event.coproductionId ?? NONE_LANE
  }
}

/** Copies of events right after each original, with the given ids and titles (in order). */
export function duplicateEvents(project: Project, args: { ids: readonly string[]; newIds: readonly string[]; names: readonly string[] }): Project {
  const copies = new Map<string, Event>()
  args.ids.forEach((id, i) => {
    const found = findEntity(project, id)
    const copyId = args.newIds[i]
    if (!found || found.kind !== 'event' || copyId === undefined || idInUse(project, copyId)) return
    const event = found.entity as Event
    copies.set(id, { ...event, id: copyId, title: args.names[i] ?? event.title })
  })
  if (copies.size === 0) return project
  const events: Event[] = []
  for (const event of project.events) {
    events.push(event)
    const copy = copies.get(event.id)
    if (copy) events.push(copy)
  }
  return { ...project, events }
}
