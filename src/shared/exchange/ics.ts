// A plan as an iCalendar file (RFC 5545) through ical.js: events, co-production phases and
// releases as VEVENTs. All-day items are VALUE=DATE with the exclusive DTEND (the day after the
// inclusive end); timed items carry TZID and a VTIMEZONE for every zone used. UIDs come from the
// item id and the plan id, so importing the file again into a calendar updates instead of
// duplicating; SEQUENCE and LAST-MODIFIED follow the plan's modifiedAt, so they move on every change.
import ICAL from 'ical.js'
import type { Event, Project } from '../format'
import { vtimezone } from './vtimezone'

/** Which names a SUMMARY shows: the title, the local title, or both (`Title / 标题`). */
export type SummaryLanguages = 'title' | 'local' | 'both'

export interface IcsOptions {
  summary?: SummaryLanguages
  /** Only these item ids (a selection or the current filter); all when left out. */
  ids?: ReadonlySet<string>
  /** DTSTAMP, an RFC 3339 timestamp; the plan's modifiedAt when left out (the same plan gives the same bytes). */
  now?: string
  /** Country names for LOCATION (`KZ` → `Kazakhstan`); the code when left out. */
  countryName?: (code: string) => string
  /** Words for a phase's kind when it has no title (`production` → `Production`). */
  phaseName?: (kind: string) => string
}

/** The UID of a plan's item: `ITEM.PLAN@caravan` (ids hold no dots, so the item id is what precedes the first). */
export function itemUid(planId: string, itemId: string): string {
  return `${itemId}.${planId}@caravan`
}

/** The item id of a Caravan UID of plan `planId`, or undefined for another plan's or another program's UID. */
export function itemIdOfUid(uid: string, planId: string): string | undefined {
  const m = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{1,64})@caravan$/.exec(uid)
  return m && m[2] === planId ? m[1] : undefined
}

/** The STATUS of a Caravan status: ideas and plans are tentative. */
export function icsStatus(status: string): string {
  return status === 'cancelled' ? 'CANCELLED' : status === 'confirmed' || status === 'done' ? 'CONFIRMED' : 'TENTATIVE'
}

const allDay = (value: string): boolean => !value.includes('T')

function icalTime(value: string): ICAL.Time {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  if (allDay(value)) return ICAL.Time.fromData({ year: y, month: m, day: d, isDate: true })
  const [hh, mm] = value.slice(11, 16).split(':').map(Number) as [number, number]
  return ICAL.Time.fromData({ year: y, month: m, day: d, hour: hh, minute: mm, second: 0, isDate: false })
}

function utcTime(timestamp: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(timestamp), true)
}

interface Item {
  id: string
  summary: string
  start: string
  /** Inclusive end. */
  end: string
  timeZone?: string | undefined
  status: string
  category: string
  location?: string | undefined
  description?: string | undefined
}

function addTime(ev: ICAL.Component, name: 'dtstart' | 'dtend', value: string, zone: string | undefined): void {
  const time = icalTime(value)
  const prop = ev.addPropertyWithValue(name, time)
  if (!time.isDate && zone) prop.setParameter('tzid', zone)
}

function vevent(doc: Project, item: Item, stamp: ICAL.Time, sequence: number): ICAL.Component {
  const ev = new ICAL.Component('vevent')
  ev.addPropertyWithValue('uid', itemUid(doc.id, item.id))
  ev.addPropertyWithValue('dtstamp', stamp)
  addTime(ev, 'dtstart', item.start, item.timeZone)
  if (allDay(item.start)) {
    const end = icalTime(item.end)
    end.adjust(1, 0, 0, 0)
    ev.addPropertyWithValue('dtend', end)
  } else addTime(ev, 'dtend', item.end, item.timeZone)
  ev.addPropertyWithValue('summary', item.summary)
  if (item.location) ev.addPropertyWithValue('location', item.location)
  if (item.description) ev.addPropertyWithValue('description', item.description)
  ev.addPropertyWithValue('status', icsStatus(item.status))
  ev.addPropertyWithValue('categories', item.category)
  ev.addPropertyWithValue('sequence', sequence)
  ev.addPropertyWithValue('last-modified', utcTime(doc.modifiedAt))
  return ev
}

function summaryOf(title: string, local: string | undefined, languages: SummaryLanguages): string {
  if (languages === 'local' && local) return local
  if (languages === 'both' && local && local !== title) return `${title} / ${local}`
  return title
}

function eventItem(doc: Project, e: Event, options: IcsOptions, names: (list: readonly { id: string; name: string }[], ids: readonly string[]) => string): Item {
  const venue = doc.venues.find((v) => v.id === e.venueId)
  const country = options.countryName?.(e.country) ?? e.country
  const lines = [
    e.partnerIds.length ? `Partners: ${names(doc.partners, e.partnerIds)}` : '',
    e.channelIds.length ? `Channels: ${names(doc.channels, e.channelIds)}` : '',
    e.audienceIds.length ? `Audiences: ${names(doc.audiences, e.audienceIds)}` : '',
    e.notes ?? '',
  ].filter(Boolean)
  return {
    id: e.id,
    summary: summaryOf(e.title, e.titleLocal, options.summary ?? 'both'),
    start: e.start,
    end: e.end,
    timeZone: e.timeZone,
    status: e.status,
    category: e.kind,
    location: [venue?.name, e.city, country].filter(Boolean).join(', '),
    description: lines.join('\n'),
  }
}

/** Every dated item of the plan as a calendar item (events, then phases and releases of co-productions). */
function planItems(doc: Project, options: IcsOptions): Item[] {
  const names = (list: readonly { id: string; name: string }[], ids: readonly string[]): string => ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ')
  const items = doc.events.map((e) => eventItem(doc, e, options, names))
  for (const c of doc.coproductions) {
    const title = summaryOf(c.title, c.titleLocal, options.summary ?? 'both')
    for (const p of c.phases) {
      items.push({ id: p.id, summary: `${title}: ${p.title ?? options.phaseName?.(p.kind) ?? p.kind}`, start: p.start, end: p.end, status: p.status, category: p.kind })
    }
    for (const r of c.releases) {
      const channel = doc.channels.find((ch) => ch.id === r.channelId)?.name
      const location = [channel, r.country && (options.countryName?.(r.country) ?? r.country)].filter(Boolean).join(', ')
      items.push({ id: r.id, summary: `${title}: ${r.title ?? channel ?? 'release'}`, start: r.start, end: r.start, timeZone: r.timeZone, status: c.status, category: 'release', location })
    }
  }
  return options.ids ? items.filter((i) => options.ids!.has(i.id)) : items
}

/** SEQUENCE: whole minutes from the plan's creation to its last change, so it grows with every saved edit. */
export function planSequence(doc: Project): number {
  return Math.max(0, Math.floor((Date.parse(doc.modifiedAt) - Date.parse(doc.createdAt)) / 60_000))
}

/** The plan (or the items in `options.ids`) as the text of an .ics file, CRLF line ends, lines folded at 75 octets. */
export function planToIcs(doc: Project, options: IcsOptions = {}): string {
  const cal = new ICAL.Component('vcalendar')
  cal.addPropertyWithValue('prodid', '-//Caravan//Caravan planner//EN')
  cal.addPropertyWithValue('version', '2.0')
  cal.addPropertyWithValue('calscale', 'GREGORIAN')
  cal.addPropertyWithValue('method', 'PUBLISH')
  cal.addPropertyWithValue('x-wr-calname', summaryOf(doc.title, doc.titleLocal, options.summary ?? 'both'))
  const items = planItems(doc, options)
  const years = new Map<string, [number, number]>()
  for (const item of items) {
    if (!item.timeZone || allDay(item.start)) continue
    const a = Number(item.start.slice(0, 4))
    const b = Number(item.end.slice(0, 4))
    const seen = years.get(item.timeZone)
    years.set(item.timeZone, seen ? [Math.min(seen[0], a), Math.max(seen[1], b)] : [a, b])
  }
  for (const [zone, [from, to]] of [...years].sort(([a], [b]) => a.localeCompare(b))) cal.addSubcomponent(vtimezone(zone, from, to))
  const stamp = utcTime(options.now ?? doc.modifiedAt)
  const sequence = planSequence(doc)
  for (const item of items) cal.addSubcomponent(vevent(doc, item, stamp, sequence))
  return `${cal.toString()}\r\n`
}
