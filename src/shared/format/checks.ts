// The value-level rules of FORMAT.md as small pure predicates, shared by the zod schemas (single
// entities, forms) and the whole-file validator (bulk reading). Regexes are compiled once here.
import { countryCodes, currencyCodes } from './codes'

const idPattern = /^[A-Za-z0-9_-]{1,64}$/
const timestampPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/
const colorPattern = /^#[0-9a-fA-F]{6}$/
const emailPattern = /^[^\s@]+@[^\s@]+$/
const schemePattern = /^([A-Za-z][A-Za-z0-9+.-]*):/
const whitespacePattern = /\s/

/** True for an id: 1–64 characters of A–Z, a–z, 0–9, `_` and `-`. */
export function isId(value: unknown): boolean {
  return typeof value === 'string' && idPattern.test(value)
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    return day <= (leap ? 29 : 28)
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)
}

/** How a date value reads: all-day `YYYY-MM-DD`, timed `YYYY-MM-DDTHH:mm`, well-formed but not a real date or time, or not a date at all. */
export type DateShape = 'all-day' | 'timed' | 'unreal' | 'malformed'

function digit(value: string, i: number): number {
  const c = value.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -100_000
}

/** Classifies a date value of an event, phase or release (by character codes: this runs for every item of a big plan). */
export function dateShape(value: string): DateShape {
  const length = value.length
  if ((length !== 10 && length !== 16) || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return 'malformed'
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3)
  const month = digit(value, 5) * 10 + digit(value, 6)
  const dayOfMonth = digit(value, 8) * 10 + digit(value, 9)
  if (year < 0 || month < 0 || dayOfMonth < 0) return 'malformed'
  if (length === 10) return isRealDay(year, month, dayOfMonth) ? 'all-day' : 'unreal'
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return 'malformed'
  const hour = digit(value, 11) * 10 + digit(value, 12)
  const minute = digit(value, 14) * 10 + digit(value, 15)
  if (hour < 0 || minute < 0) return 'malformed'
  return isRealDay(year, month, dayOfMonth) && hour < 24 && minute < 60 ? 'timed' : 'unreal'
}

/** True for an all-day date that exists on the calendar (`2027-02-30` does not). */
export function isAllDayDate(value: unknown): boolean {
  return typeof value === 'string' && dateShape(value) === 'all-day'
}

/** True for a real timed wall-clock value `YYYY-MM-DDTHH:mm`. */
export function isTimedDate(value: unknown): boolean {
  return typeof value === 'string' && dateShape(value) === 'timed'
}

/** True for an RFC 3339 UTC timestamp such as `2026-11-28T09:30:00Z` (fractional seconds allowed). */
export function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const m = timestampPattern.exec(value)
  // Second 60 is a leap second, which RFC 3339 allows.
  return m !== null && isRealDay(+m[1]!, +m[2]!, +m[3]!) && +m[4]! < 24 && +m[5]! < 60 && +m[6]! <= 60
}

const zoneCache = new Map<string, boolean>()

/** True for a time zone this runtime knows by its IANA name (`Asia/Almaty`, `UTC`); offsets like `+05:00` are not names. */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string') return false
  let known = zoneCache.get(value)
  if (known === undefined) {
    known = false
    if (value.length > 0 && value.length <= 64 && !/^[+-]/.test(value)) {
      try {
        new Intl.DateTimeFormat(undefined, { timeZone: value })
        known = true
      } catch {
        known = false
      }
    }
    zoneCache.set(value, known)
  }
  return known
}

/** True for an ISO 3166-1 alpha-2 country code in upper case (`KZ`). */
export function isCountry(value: unknown): boolean {
  return typeof value === 'string' && countryCodes.has(value)
}

/** True for an ISO 4217 currency code (`CNY`, `EUR`). */
export function isCurrency(value: unknown): boolean {
  return typeof value === 'string' && currencyCodes.has(value)
}

/** True for a colour `#rrggbb`. */
export function isColor(value: unknown): boolean {
  return typeof value === 'string' && colorPattern.test(value)
}

/** A light plausibility check for an e-mail address: something@something, no spaces. */
export function isEmail(value: unknown): boolean {
  return typeof value === 'string' && emailPattern.test(value)
}

/**
 * A light check for a web address: no spaces, and when it names a scheme it is http or https.
 * `example.org` is fine; `javascript:` and `file:` are refused because the app may show it as a link.
 */
export function isWebsite(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || whitespacePattern.test(value)) return false
  const scheme = schemePattern.exec(value)
  if (!scheme) return true
  const rest = value.slice(scheme[0].length)
  if (/^\d+(\/|$)/.test(rest)) return true // host:port, no scheme
  const name = scheme[1]!.toLowerCase()
  return (name === 'http' || name === 'https') && rest.startsWith('//') && rest.length > 2
}

/** Length in characters as a person counts them (code points), cheap for ordinary strings. */
export function textLength(value: string): number {
  if (value.length <= 1 || !/[\uD800-\uDBFF]/.test(value)) return value.length
  let n = 0
  for (const _ of value) n++
  return n
}
