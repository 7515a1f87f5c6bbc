// A calendar file as import rows: each VEVENT becomes an event. A UID that Caravan gave an event
// of this plan updates that event; recurring events are expanded within a range; TZID zones are
// kept (UTC times stay UTC, floating times take the plan's home zone); an all-day DTEND is
// exclusive, so the event's inclusive end is the day before.
import ICAL from 'ical.js'
import { eventKinds, isTimeZone, newId, type Event, type Project } from '../format'
import { issue, type Issue } from '../messages'
import type { ImportPreview } from './preview'
import { byId, freshId, planIds, readCountry, sameValue, type ImportRow, type RowContext } from './rowContext'
import { itemIdOfUid } from './ics'

export interface IcsImportOptions {
  /** Occurrences of recurring events from this day to this day (inclusive, `YYYY-MM-DD`). */
  range: { from: string; to: string }
  /** Country of events whose LOCATION names none (the plan's most used country, say). */
  defaultCountry: string
  countryCode?: (name: string) => string | undefined
  newId?: (prefix: string) => string
  /** At most this many occurrences of one recurring event. */
  maxOccurrences?: number
}

const pad = (n: number): string => String(n).padStart(2, '0')
const day = (t: ICAL.Time): string => `${t.year}-${pad(t.month)}-${pad(t.day)}`

interface Span {
  start: string
  end: string
  timeZone?: string
}

/** A DTSTART/DTEND pair as Caravan dates in the event's zone. */
function spanOf(start: ICAL.Time, end: ICAL.Time | null, tzid: string | undefined, home: string): Span {
  if (start.isDate) {
    const last = end ? end.clone() : start.clone()
    if (end && end.compare(start) > 0) last.adjust(-1, 0, 0, 0)
    return { start: day(start), end: day(last) }
  }
  const utc = start.zone?.tzid === 'UTC'
  const zone = utc || tzid === 'UTC' || tzid === 'Z' ? 'UTC' : tzid && isTimeZone(tzid) ? tzid : home
  const local = (t: ICAL.Time): string => {
    // A time in another zone than the start's (or UTC) is converted to the start's zone.
    const wall = t.zone?.tzid === 'UTC' && zone !== 'UTC' ? wallClock(t.toJSDate(), zone) : t
    return `${day(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`
  }
  const s = local(start)
  const e = end ? local(end) : s
  return { start: s, end: e < s ? s : e, timeZone: zone }
}

function wallClock(date: Date, zone: string): ICAL.Time {
  const parts: Record<string, number> = {}
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return ICAL.Time.fromData({ year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, isDate: false })
}

const statusOf = (s: string | undefined, fallback: Event['status']): Event['status'] => (s === 'CANCELLED' ? 'cancelled' : s === 'CONFIRMED' ? 'confirmed' : s === 'TENTATIVE' ? 'planned' : fallback)

function kindOf(categories: string[], fallback: Event['kind']): Event['kind'] {
  const k = categories.map((c) => c.trim().toLowerCase()).find((c) => (eventKinds as readonly string[]).includes(c))
  return (k as Event['kind'] | undefined) ?? fallback
}

/** The parsed calendar's VEVENTs, or an issue when the text is not iCalendar. */
function parse(text: string): ICAL.Component | Issue {
  try {
    const jcal = ICAL.parse(text)
    const root = new ICAL.Component(jcal as unknown as unknown[])
    if (root.name !== 'vcalendar') return issue('', 'import.notCalendar', { detail: root.name })
    return root
  } catch (error) {
    return issue('', 'import.notCalendar', { detail: error instanceof Error ? error.message.slice(0, 200) : 'unreadable' })
  }
}

/** Registers the file's VTIMEZONEs with ical.js so TZID times convert; the zone names are kept as written. */
function registerZones(root: ICAL.Component): void {
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz)
    if (tz.tzid && !ICAL.TimezoneService.has(tz.tzid)) ICAL.TimezoneService.register(tz)
  }
}

interface Occurrence {
  uid: string
  summary: string
  span: Span
  event: ICAL.Event
}

function occurrences(ev: ICAL.Event, home: string, options: IcsImportOptions, notes: Issue[]): Occurrence[] {
  const uid = ev.uid || ''
  const summary = ev.summary || ''
  const param = ev.component.getFirstProperty('dtstart')?.getParameter('tzid')
  const tzid = typeof param === 'string' ? param : undefined
  if (!ev.isRecurring()) return [{ uid, summary, span: spanOf(ev.startDate, ev.endDate, tzid, home), event: ev }]
  const out: Occurrence[] = []
  const it = ev.iterator()
  const max = options.maxOccurrences ?? 1000
  for (let next = it.next(); next && out.length < max; next = it.next()) {
    const d = day(next)
    if (d > options.range.to) break
    if (d < options.range.from) continue
    const details = ev.getOccurrenceDetails(next)
    out.push({ uid: `${uid}#${d}`, summary, span: spanOf(details.startDate, details.endDate, tzid, home), event: ev })
  }
  notes.push(issue('', 'import.recurringExpanded', { title: summary, count: out.length }))
  return out
}

/** The events of iCalendar `text` as an import preview for `doc`. */
export function previewIcs(doc: Project, text: string, options: IcsImportOptions): ImportPreview {
  const empty: ImportPreview = { kind: 'events', headers: [], mapping: [], rows: [], newPartners: [], newVenues: [], issues: [] }
  const root = parse(text)
  if (!(root instanceof ICAL.Component)) return { ...empty, issues: [root] }
  registerZones(root)
  const notes: Issue[] = []
  // Exceptions (RECURRENCE-ID) are handed to their event: left to itself, ical.js scans the whole
  // calendar for them once per event, which takes half a minute at 10,000 events.
  const vevents = root.getAllSubcomponents('vevent')
  const exceptions = new Map<string, ICAL.Component[]>()
  for (const c of vevents) {
    if (!c.hasProperty('recurrence-id')) continue
    const uid = String(c.getFirstPropertyValue('uid') ?? '')
    exceptions.set(uid, [...(exceptions.get(uid) ?? []), c])
  }
  const all = vevents
    .filter((c) => !c.hasProperty('recurrence-id'))
    .flatMap((c) => occurrences(new ICAL.Event(c, { exceptions: exceptions.get(String(c.getFirstPropertyValue('uid') ?? '')) ?? [] }), doc.homeTimeZone, options, notes))
  if (all.length === 0) return { ...empty, issues: [issue('', 'import.noEvents')] }
  const ctx: Pick<RowContext, 'taken' | 'newId' | 'countryCode'> = { taken: planIds(doc), newId: options.newId ?? newId, countryCode: options.countryCode ?? (() => undefined) }
  const events = byId(doc.events)
  const others = planIds({ ...doc, events: [] })
  const rows: ImportRow[] = all.map((o, i) => {
    const ownId = itemIdOfUid(o.uid, doc.id)
    if (ownId !== undefined && others.has(ownId)) return { row: i + 1, action: 'skip', errors: [issue('', 'import.notAnEvent', { title: o.summary })], warnings: [] }
    const base = ownId === undefined ? undefined : events.get(ownId)
    const e = eventOf(ctx, o, base, ownId, options)
    const action = !base ? 'add' : sameValue(base, e) ? 'same' : 'update'
    return { row: i + 1, action, event: e, errors: [], warnings: [] }
  })
  return { ...empty, rows, issues: notes }
}

function eventOf(ctx: Pick<RowContext, 'taken' | 'newId' | 'countryCode'>, o: Occurrence, base: Event | undefined, ownId: string | undefined, options: IcsImportOptions): Event {
  const comp = o.event.component
  const status = comp.getFirstPropertyValue('status')
  const categories = comp.getAllProperties('categories').flatMap((p) => p.getValues().map(String))
  const location = String(comp.getFirstPropertyValue('location') ?? '')
  const parts = location.split(',').map((s) => s.trim()).filter(Boolean)
  const country = (parts.length ? readCountry(ctx as RowContext, parts[parts.length - 1]!) : undefined) ?? base?.country ?? options.defaultCountry
  const e: Event = base
    ? structuredClone(base)
    : { id: ownId && !ctx.taken.has(ownId) ? ownId : freshId(ctx.taken, 'e-', ctx.newId), title: '', kind: kindOf(categories, 'other'), status: 'planned', start: '', end: '', country, partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] }
  if (!base && ownId) ctx.taken.add(e.id)
  // A summary Caravan wrote as `Title / 标题` is the title and local title it came from.
  const both = base?.titleLocal ? `${base.title} / ${base.titleLocal}` : undefined
  if (o.summary && o.summary !== both && o.summary !== base?.titleLocal) e.title = o.summary
  if (!e.title) e.title = o.uid || 'Event'
  e.start = o.span.start
  e.end = o.span.end
  if (o.span.timeZone) e.timeZone = o.span.timeZone
  else delete e.timeZone
  e.status = statusOf(typeof status === 'string' ? status : undefined, base?.status ?? 'planned')
  if (base && e.status === 'planned' && (base.status === 'idea' || base.status === 'planned')) e.status = base.status
  if (base && e.status === 'confirmed' && base.status === 'done') e.status = 'done'
  if (!base) {
    const city = parts.length >= 2 ? parts[parts.length - 2] : undefined
    if (city) e.city = city
    const description = String(comp.getFirstPropertyValue('description') ?? '').trim()
    if (description) e.notes = description.slice(0, 5000)
  }
  return e
}
