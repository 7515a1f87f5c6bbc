// The timeline's time axis. Positions are "home wall-clock minutes": minutes since 1970-01-01T00:00
// of the plan's home-zone wall clock, read as if that clock were UTC. Every calendar day is then
// exactly 1440 units wide, so day columns, weekends and all-day bars never wobble around DST.
// Timed items are converted instant-exact from their own zone to the home wall clock.
//
// DST rule (the same as Temporal's `disambiguation: 'compatible'`, applied everywhere here):
// - a wall time inside a spring-forward gap is read as the instant the clock shows after the jump
//   by the gap's length: 02:30 on 2027-03-28 in Europe/Budapest (02:00 → 03:00) is 03:30 CEST;
// - a wall time that happens twice on a fall-back day is read as the earlier (summer-time)
//   instant: 02:30 on 2027-10-31 in Europe/Budapest is 02:30 CEST = 00:30Z.
import { tzOffset } from '@date-fns/tz'

/** Width of one calendar day on the axis, in axis minutes. */
export const MINUTES_PER_DAY = 1440

/** A half-open range on the axis `[start, end)`, in home wall-clock minutes. */
export interface AxisRange {
  start: number
  end: number
}

/** Where an item sits on the axis: `[start, end)` in home wall-clock minutes; milestones have `start === end`. */
export interface ItemSpan extends AxisRange {
  /** True for whole-day items (`YYYY-MM-DD`), whose start and end fall on day boundaries. */
  allDay: boolean
}

/** Anything dated the way FORMAT.md dates events, phases and releases (releases have no `end`). */
export interface DatedItem {
  start: string
  end?: string | undefined
  timeZone?: string | undefined
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12); exact integer arithmetic. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The calendar date `[year, month 1–12, day]` of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

/** Number of days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function num(value: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + value.charCodeAt(i) - 48
  return n
}

/** True for a timed value `YYYY-MM-DDTHH:mm` (by shape; the file's validator checks it is real). */
export function isTimed(value: string): boolean {
  return value.length === 16
}

/** Axis minutes of a wall-clock value `YYYY-MM-DD` (its midnight) or `YYYY-MM-DDTHH:mm`, with no zone applied. */
export function wallMinutes(value: string): number {
  const days = daysFromCivil(num(value, 0, 4), num(value, 5, 7), num(value, 8, 10))
  const minutes = value.length >= 16 ? num(value, 11, 13) * 60 + num(value, 14, 16) : 0
  return days * MINUTES_PER_DAY + minutes
}

/** Day number (days since 1970-01-01) of the day holding an axis or wall minute. */
export function dayOf(minutes: number): number {
  return Math.floor(minutes / MINUTES_PER_DAY)
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const pad4 = (n: number): string => (n < 0 ? `-${String(-n).padStart(4, '0')}` : String(n).padStart(4, '0'))

/** The date `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dateOfDay(day: number): string {
  const [y, m, d] = civilFromDays(day)
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`
}

/** The all-day date `YYYY-MM-DD` of the day holding a wall minute (floored). */
export function formatDate(minutes: number): string {
  return dateOfDay(dayOf(Math.floor(minutes)))
}

/** The wall-clock value `YYYY-MM-DDTHH:mm` of a wall minute (fractions are floored). */
export function formatWall(minutes: number): string {
  const whole = Math.floor(minutes)
  const day = dayOf(whole)
  const inDay = whole - day * MINUTES_PER_DAY
  return `${dateOfDay(day)}T${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`
}

// Intl formatting is the expensive part of placing a 10,000-event plan, so each zone's offset
// changes are found once per year: the offset is sampled every 16 days (no zone changes and
// changes back within that; Morocco's Ramadan hour, the shortest, lasts about a month) and each
// change is narrowed down to the minute by bisection.
interface ZoneYear {
  offsets: number[]
  /** Instants (epoch ms) from which `offsets[i]` applies; `at[0]` is the start of the year. */
  at: number[]
  /** The start of the next year (epoch ms). */
  to: number
}

const SAMPLE_MS = 16 * 86_400_000
const zoneYears = new Map<string, Map<number, ZoneYear>>()
// Placing a plan asks for the same zone and year thousands of times in a row: the last year used
// per zone is found without working out the calendar year of the instant.
const lastYear = new Map<string, ZoneYear>()

function rawOffset(zone: string, ms: number): number {
  const offset = tzOffset(zone, new Date(ms))
  return Number.isNaN(offset) ? 0 : offset
}

function scanYear(zone: string, year: number): ZoneYear {
  const from = daysFromCivil(year, 1, 1) * 86_400_000
  const to = daysFromCivil(year + 1, 1, 1) * 86_400_000
  const result: ZoneYear = { offsets: [rawOffset(zone, from)], at: [from], to }
  let previous = from
  while (previous < to) {
    const next = Math.min(previous + SAMPLE_MS, to)
    const target = rawOffset(zone, next)
    let current = result.offsets.at(-1)!
    let low = previous
    while (current !== target) {
      // The first minute in (low, next] whose offset differs from `current`.
      let lo = low
      let hi = next
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000
        if (rawOffset(zone, mid) === current) lo = mid
        else hi = mid
      }
      current = rawOffset(zone, hi)
      result.offsets.push(current)
      result.at.push(hi)
      low = hi
    }
    previous = next
  }
  return result
}

/** UTC offset of `zone` in minutes at the instant `ms` (epoch milliseconds); +480 for Asia/Shanghai. */
export function zoneOffset(zone: string, ms: number): number {
  let table = lastYear.get(zone)
  if (!table || ms < table.at[0]! || ms >= table.to) {
    let years = zoneYears.get(zone)
    if (!years) zoneYears.set(zone, (years = new Map()))
    const year = civilFromDays(Math.floor(ms / 86_400_000))[0]
    table = years.get(year)
    if (!table) years.set(year, (table = scanYear(zone, year)))
    lastYear.set(zone, table)
  }
  let i = table.at.length - 1
  while (i > 0 && table.at[i]! > ms) i--
  return table.offsets[i]!
}

const DAY_MS = 86_400_000

/** The instant (epoch ms) a wall minute shows in `zone`; gaps move forward by the gap, repeated times take the earlier instant. */
export function wallToInstant(wall: number, zone: string): number {
  const w = wall * 60_000
  const before = zoneOffset(zone, w - DAY_MS)
  const after = zoneOffset(zone, w + DAY_MS)
  const first = w - before * 60_000
  if (before === after) return first
  const firstValid = zoneOffset(zone, first) === before
  const second = w - after * 60_000
  const secondValid = zoneOffset(zone, second) === after
  if (firstValid && secondValid) return Math.min(first, second)
  if (secondValid) return second
  // In a gap neither offset fits; the offset before the change pushes the time past the gap.
  return first
}

/** The wall minute that `zone`'s clock shows at the instant `ms` (epoch milliseconds). */
export function instantToWall(ms: number, zone: string): number {
  return Math.floor(ms / 60_000) + zoneOffset(zone, ms)
}

/** Converts a wall minute in `fromZone` to the wall minute `toZone` shows at that instant (identity when the zones are equal, except in a gap). */
export function convertWall(wall: number, fromZone: string, toZone: string): number {
  return instantToWall(wallToInstant(wall, fromZone), toZone)
}

/** Axis minutes of one date value: all-day dates are calendar days (no zone); timed values are converted from `zone` to `homeZone`. */
export function valueToAxis(value: string, zone: string | undefined, homeZone: string): number {
  const wall = wallMinutes(value)
  if (!isTimed(value)) return wall
  return convertWall(wall, zone ?? homeZone, homeZone)
}

/** The value `YYYY-MM-DDTHH:mm` in `zone` of the instant at axis minute `axis` (home wall clock); repeated home times take the earlier instant. */
export function axisToTimed(axis: number, homeZone: string, zone: string): string {
  return formatWall(convertWall(Math.round(axis), homeZone, zone))
}

/** The all-day date `YYYY-MM-DD` of the day holding axis minute `axis`. */
export function axisToDate(axis: number): string {
  return formatDate(axis)
}

/**
 * Where an event, phase or release sits on the axis, in home wall-clock minutes.
 * All-day: `[start of first day, start of the day after the inclusive end)`. Timed: both ends
 * converted from the item's zone; an end that a DST gap would put before its start is clamped to
 * the start. Releases (no `end`) and zero-length events are milestones with `start === end`.
 */
export function itemSpan(item: DatedItem, homeZone: string): ItemSpan {
  const start = valueToAxis(item.start, item.timeZone, homeZone)
  if (!isTimed(item.start)) {
    if (item.end === undefined) return { start, end: start, allDay: true }
    return { start, end: Math.max(start, wallMinutes(item.end)) + MINUTES_PER_DAY, allDay: true }
  }
  if (item.end === undefined || item.end === item.start) return { start, end: start, allDay: false }
  const end = valueToAxis(item.end, item.timeZone, homeZone)
  return { start, end: Math.max(start, end), allDay: false }
}

/** Axis minute of the instant `now` on the home wall clock (for the "today" line). */
export function nowOnAxis(now: Date, homeZone: string): number {
  return instantToWall(now.getTime(), homeZone)
}
