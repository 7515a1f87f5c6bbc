// Lanes of the timeline: one per partner, country, venue, kind, channel, co-production or status,
// and re-assigning an item by dropping it on another lane.
//
// Which items each grouping shows (phases and releases have no venue, kind or partner of their own):
// - partner: events by partnerIds; phases and releases under each partner of their co-production.
// - country: events by country; releases that name a country.
// - venue, kind: events only.
// - channel: events by channelIds; releases by channelId.
// - coproduction: phases and releases under their co-production; events by coproductionId.
// - status: events and phases by status.
// Items without the attribute go to the "none" lane (key ''), which exists only when it has items.
// Every partner, venue, channel, co-production, kind and status has a lane even when empty, so it
// can take a drop; countries are those used by events, releases, partners or venues.
import { eventKinds, eventStatuses, isCountry, type Event, type EventKind, type EventStatus, type Project, type Release } from '../format'
import { findItem, replaceItems, type ItemRef, type ItemType, type LocatedItem } from './items'

export const groupings = ['partner', 'country', 'venue', 'kind', 'channel', 'coproduction', 'status'] as const
/** What the timeline's lanes group items by. */
export type Grouping = (typeof groupings)[number]

/** Key of the lane for items without the grouped attribute; the UI names it. */
export const NONE_LANE = ''

/**
 * One lane: `key` is the id of the partner, venue, channel or co-production, the country code,
 * the kind or the status ('' for none); `name` is the entity's name, or the key itself for
 * countries, kinds and statuses (the UI translates those). `count` is `items.length`.
 */
export interface Lane {
  key: string
  name: string
  nameLocal?: string
  count: number
  items: ItemRef[]
}

/** True for a known grouping name. */
export function isGrouping(value: unknown): value is Grouping {
  return typeof value === 'string' && (groupings as readonly string[]).includes(value)
}

interface LaneDraft {
  key: string
  name: string
  nameLocal?: string | undefined
  items: ItemRef[]
}

function named(key: string, name: string, nameLocal?: string): LaneDraft {
  return nameLocal === undefined ? { key, name, items: [] } : { key, name, nameLocal, items: [] }
}

// The lanes of a grouping in default order (none lane excluded).
function defaultLanes(project: Project, grouping: Grouping): LaneDraft[] {
  switch (grouping) {
    case 'partner':
      return project.partners.map((p) => named(p.id, p.name, p.nameLocal))
    case 'venue':
      return project.venues.map((v) => named(v.id, v.name, v.nameLocal))
    case 'channel':
      return project.channels.map((c) => named(c.id, c.name, c.nameLocal))
    case 'coproduction':
      return project.coproductions.map((c) => named(c.id, c.title, c.titleLocal))
    case 'kind':
      return eventKinds.map((k) => named(k, k))
    case 'status':
      return eventStatuses.map((s) => named(s, s))
    case 'country': {
      const codes = new Set<string>()
      for (const e of project.events) codes.add(e.country)
      for (const c of project.coproductions) for (const r of c.releases) if (r.country !== undefined) codes.add(r.country)
      for (const p of project.partners) codes.add(p.country)
      for (const v of project.venues) codes.add(v.country)
      return [...codes].sort().map((code) => named(code, code))
    }
  }
}

/** The lane keys an item belongs to in a grouping: [] = not shown, [''] = the none lane (and the none lane too for a key that names no lane). */
export function laneKeysOf(located: LocatedItem, grouping: Grouping): readonly string[] {
  const orNone = (keys: readonly string[]): readonly string[] => (keys.length > 0 ? keys : [NONE_LANE])
  if (located.type === 'event') {
    const e = located.item
    switch (grouping) {
      case 'partner':
        return orNone(e.partnerIds)
      case 'country':
        return [e.country]
      case 'venue':
        return [e.venueId ?? NONE_LANE]
      case 'kind':
        return [e.kind]
      case 'channel':
        return orNone(e.channelIds)
      case 'coproduction':
        return [e.coproductionId ?? NONE_LANE]
      case 'status':
        return [e.status]
    }
  }
  const { coproduction } = located
  if (grouping === 'partner') return orNone(coproduction.partnerIds)
  if (grouping === 'coproduction') return [coproduction.id]
  if (located.type === 'phase') return grouping === 'status' ? [located.item.status] : []
  if (grouping === 'channel') return [located.item.channelId]
  if (grouping === 'country') return located.item.country === undefined ? [] : [located.item.country]
  return []
}

function refOf(located: LocatedItem, laneKey: string): ItemRef {
  if (located.type === 'event') return { type: 'event', id: located.item.id, laneKey }
  return { type: located.type, id: located.item.id, coproductionId: located.coproduction.id, laneKey }
}

/**
 * The lanes of `grouping` with their items (events first, then phases and releases, in file
 * order). Lanes keep the default order (partners, venues, channels and co-productions as in the
 * file; kinds and statuses as in FORMAT.md; countries by code; none last) except that keys in
 * `laneOrder` come first, in that order. An item with two partners is in both partner lanes.
 */
export function groupLanes(project: Project, grouping: Grouping, laneOrder: readonly string[] = []): Lane[] {
  const drafts = defaultLanes(project, grouping)
  const byKey = new Map(drafts.map((lane) => [lane.key, lane]))
  const none = named(NONE_LANE, '')
  const add = (located: LocatedItem): void => {
    const keys = laneKeysOf(located, grouping)
    let placed = false
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (keys.indexOf(key) !== i) continue
      const lane = key === NONE_LANE ? none : byKey.get(key)
      // A dangling reference (only in a file that failed validation) is not a lane of its own.
      if (!lane) continue
      lane.items.push(refOf(located, key))
      placed = true
    }
    if (!placed && keys.length > 0) none.items.push(refOf(located, NONE_LANE))
  }
  project.events.forEach((item, index) => add({ type: 'event', item, index }))
  for (const coproduction of project.coproductions) {
    coproduction.phases.forEach((item, index) => add({ type: 'phase', item, coproduction, index }))
    coproduction.releases.forEach((item, index) => add({ type: 'release', item, coproduction, index }))
  }
  if (none.items.length > 0) drafts.push(none)

  const rank = new Map<string, number>()
  laneOrder.forEach((key, i) => {
    if (!rank.has(key)) rank.set(key, i)
  })
  const ordered = drafts
    .map((lane, i) => ({ lane, i }))
    .sort((a, b) => {
      const ra = rank.get(a.lane.key)
      const rb = rank.get(b.lane.key)
      if (ra !== undefined && rb !== undefined) return ra - rb
      if (ra !== undefined) return -1
      if (rb !== undefined) return 1
      return a.i - b.i
    })
  return ordered.map(({ lane }) => {
    const result: Lane = { key: lane.key, name: lane.name, count: lane.items.length, items: lane.items }
    if (lane.nameLocal !== undefined) result.nameLocal = lane.nameLocal
    return result
  })
}

// Replaces `from` by `to` in a list of ids without duplicates ('' means none: remove or add).
function replaceId(ids: readonly string[], from: string, to: string): readonly string[] {
  if (to === NONE_LANE) return ids.includes(from) ? ids.filter((id) => id !== from) : ids
  if (from === NONE_LANE || !ids.includes(from)) return ids.includes(to) ? ids : [...ids, to]
  if (ids.includes(to)) return ids.filter((id) => id !== from)
  return ids.map((id) => (id === from ? to : id))
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

function without<T extends object, K extends string>(item: T, key: K): T {
  if (!Object.prototype.hasOwnProperty.call(item, key)) return item
  const copy = { ...item }
  delete (copy as Record<string, unknown>)[key]
  return copy
}

function reassignEvent(project: Project, event: Event, from: string, to: string, grouping: Grouping): Event {
  switch (grouping) {
    case 'partner': {
      if (to !== NONE_LANE && !project.partners.some((p) => p.id === to)) return event
      const partnerIds = replaceId(event.partnerIds, from, to)
      return sameIds(partnerIds, event.partnerIds) ? event : { ...event, partnerIds: [...partnerIds] }
    }
    case 'channel': {
      if (to !== NONE_LANE && !project.channels.some((c) => c.id === to)) return event
      const channelIds = replaceId(event.channelIds, from, to)
      return sameIds(channelIds, event.channelIds) ? event : { ...event, channelIds: [...channelIds] }
    }
    case 'country': {
      if (!isCountry(to) || event.country === to) return event
      // The old venue and city are in the old country.
      const venue = project.venues.find((v) => v.id === event.venueId)
      let next: Event = without({ ...event, country: to }, 'city')
      if (venue && venue.country !== to) next = without(next, 'venueId')
      return next
    }
    case 'venue': {
      if (to === NONE_LANE) return without(event, 'venueId')
      const venue = project.venues.find((v) => v.id === to)
      if (!venue || event.venueId === to) return event
      const old = project.venues.find((v) => v.id === event.venueId)
      const next: Event = { ...event, venueId: venue.id, country: venue.country, city: venue.city }
      // A timed event that follows its venue's clock keeps its local time at the new venue.
      if (event.timeZone !== undefined && (old === undefined || old.timeZone === event.timeZone)) next.timeZone = venue.timeZone
      return next
    }
    case 'kind':
      return (eventKinds as readonly string[]).includes(to) && event.kind !== to ? { ...event, kind: to as EventKind } : event
    case 'status':
      return (eventStatuses as readonly string[]).includes(to) && event.status !== to ? { ...event, status: to as EventStatus } : event
    case 'coproduction': {
      if (to === NONE_LANE) return without(event, 'coproductionId')
      if (!project.coproductions.some((c) => c.id === to) || event.coproductionId === to) return event
      return { ...event, coproductionId: to }
    }
  }
}

function reassignRelease(project: Project, release: Release, to: string, grouping: Grouping): Release {
  if (grouping === 'channel') {
    return to !== release.channelId && project.channels.some((c) => c.id === to) ? { ...release, channelId: to } : release
  }
  if (grouping === 'country') {
    if (to === NONE_LANE) return without(release, 'country')
    return isCountry(to) && release.country !== to ? { ...release, country: to } : release
  }
  return release
}

/**
 * The plan after dropping `ref` from lane `fromLaneKey` on lane `toLaneKey` of `grouping`:
 * partner/channel — the target replaces the source in partnerIds/channelIds (no duplicates; the
 * none lane removes or adds); venue — venueId, country and city from the venue (and a timed event
 * on its venue's clock moves to the new venue's zone); country — country, dropping a city and a
 * venue of another country; kind; status; coproduction — coproductionId. Phases change only
 * their status, releases their channel or country. The same project when nothing changes.
 */
export function reassign(project: Project, ref: Pick<ItemRef, 'id'>, fromLaneKey: string, toLaneKey: string, grouping: Grouping): Project {
  if (fromLaneKey === toLaneKey) return project
  const located = findItem(project, ref.id)
  if (!located) return project
  let next
  if (located.type === 'event') next = reassignEvent(project, located.item, fromLaneKey, toLaneKey, grouping)
  else if (located.type === 'release') next = reassignRelease(project, located.item, toLaneKey, grouping)
  else {
    const phase = located.item
    next = grouping === 'status' && (eventStatuses as readonly string[]).includes(toLaneKey) && phase.status !== toLaneKey ? { ...phase, status: toLaneKey as EventStatus } : phase
  }
  return next === located.item ? project : replaceItems(project, new Map([[ref.id, next]]))
}

/** True when dropping the item of `ref` (taken from its own lane) on `toLaneKey` would change the plan: the UI's "can drop here". */
export function canReassign(project: Project, ref: ItemRef, toLaneKey: string, grouping: Grouping): boolean {
  return reassign(project, ref, ref.laneKey, toLaneKey, grouping) !== project
}

/** Item types a grouping can show, for legends and filters. */
export const GROUPING_ITEM_TYPES: Readonly<Record<Grouping, readonly ItemType[]>> = {
  partner: ['event', 'phase', 'release'],
  country: ['event', 'release'],
  venue: ['event'],
  kind: ['event'],
  channel: ['event', 'release'],
  coproduction: ['event', 'phase', 'release'],
  status: ['event', 'phase'],
}
