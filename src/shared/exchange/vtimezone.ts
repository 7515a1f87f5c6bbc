// VTIMEZONE components built from the IANA zone database that the JavaScript engine carries (Intl),
// so a calendar that has never heard of a zone still places the times right. Each offset change in
// the years an export covers becomes one STANDARD or DAYLIGHT observance with its own DTSTART (RFC
// 5545 3.6.5 allows observances without RRULE); a zone without changes gets one STANDARD.
import ICAL from 'ical.js'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    formatters.set(zone, f)
  }
  return f
}

/** The zone's offset from UTC at instant `ms`, in minutes (east positive). */
export function offsetAt(zone: string, ms: number): number {
  const parts: Record<string, number> = {}
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000)
}

export interface Transition {
  /** The instant of the change, ms since the epoch. */
  at: number
  from: number
  to: number
}

/**
 * Every offset change of `zone` from the start of `fromYear` to the end of `toYear`, to the minute:
 * found week by week (no zone changes twice within a week), then bisected.
 */
export function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const key = `${zone} ${fromYear} ${toYear}`
  const known = transitionCache.get(key)
  if (known) return known
  const out: Transition[] = []
  const day = 7 * 86_400_000
  let t = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear + 1, 0, 1)
  let offset = offsetAt(zone, t)
  for (; t < end; t += day) {
    const next = offsetAt(zone, t + day)
    if (next === offset) continue
    let lo = t
    let hi = t + day
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000
      if (offsetAt(zone, mid) === offset) lo = mid
      else hi = mid
    }
    out.push({ at: hi, from: offset, to: next })
    offset = next
  }
  if (transitionCache.size > 500) transitionCache.clear()
  transitionCache.set(key, out)
  return out
}

/** The zone database does not change while the program runs: each zone's years are scanned once. */
const transitionCache = new Map<string, Transition[]>()

const pad = (n: number): string => String(n).padStart(2, '0')

/** `+0530`, `-0300`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const m = Math.abs(minutes)
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`
}

function localTime(ms: number, offset: number): ICAL.Time {
  const d = new Date(ms + offset * 60_000)
  return ICAL.Time.fromData({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: 0, isDate: false })
}

function observance(kind: 'standard' | 'daylight', start: ICAL.Time, from: number, to: number): ICAL.Component {
  const c = new ICAL.Component(kind)
  c.addPropertyWithValue('dtstart', start)
  c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60))
  c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60))
  return c
}

/** The VTIMEZONE of `zone` covering the years `fromYear`..`toYear`. */
export function vtimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
  const tz = new ICAL.Component('vtimezone')
  tz.addPropertyWithValue('tzid', zone)
  const changes = transitions(zone, fromYear, toYear)
  const first = offsetAt(zone, Date.UTC(fromYear, 0, 1))
  // The offset in force before the first change, as a standard observance from 1970.
  const base = ICAL.Time.fromData({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false })
  tz.addSubcomponent(observance('standard', base, changes[0]?.from ?? first, changes[0]?.from ?? first))
  // Which offsets are summer time: within a year, the larger of two is daylight saving.
  const standardOffset = Math.min(first, ...changes.map((c) => c.to))
  for (const c of changes) tz.addSubcomponent(observance(c.to > standardOffset ? 'daylight' : 'standard', localTime(c.at, c.from), c.from, c.to))
  return tz
}
