// Host-country public holidays, offline, from date-holidays' rules (pure JavaScript, no network).
// date-holidays computes a country's year in a few to a hundred milliseconds, so each country,
// year and language is computed once and kept: a 10,000-event plan asks the same dozen countries
// about the same two years, and each question after the first is a Map lookup.
import Holidays from 'date-holidays'
import moment from 'moment-timezone'
import type { Project } from '../format'
import { civilFromDays, daysFromCivil } from './time'

/** One day of a public holiday in a country: a holiday of several days gives one entry per day. */
export interface PublicHoliday {
  /** `YYYY-MM-DD`, the local calendar day in that country. */
  date: string
  /** The holiday's name in the language asked for, or the country's own when it has none in it. */
  name: string
  /** ISO 3166-1 alpha-2, upper case. */
  country: string
}

interface HolidayYear {
  list: readonly PublicHoliday[]
  byDate: ReadonlyMap<string, PublicHoliday>
}

const EMPTY: HolidayYear = { list: [], byDate: new Map() }
const years = new Map<string, HolidayYear>()
// The first year computed for a country in any language: enough to know which dates are holidays.
const anyLanguage = new Map<string, HolidayYear>()
const calendars = new Map<string, Holidays | null>()

function calendarOf(country: string): Holidays | null {
  let calendar = calendars.get(country)
  if (calendar === undefined) {
    const known = /^[A-Z]{2}$/.test(country) && new Holidays().getCountries()[country] !== undefined
    calendar = known ? new Holidays(country) : null
    calendars.set(country, calendar)
  }
  return calendar
}

const pad = (n: number) => String(n).padStart(2, '0')
const dateOf = (day: number) => {
  const [y, m, d] = civilFromDays(day)
  return `${y}-${pad(m)}-${pad(d)}`
}
const dayNumber = (date: string) => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))

function computeYear(country: string, year: number, language: string): HolidayYear {
  const calendar = calendarOf(country)
  if (!calendar) return EMPTY
  const list: PublicHoliday[] = []
  const byDate = new Map<string, PublicHoliday>()
  for (const holiday of calendar.getHolidays(year, language)) {
    if (holiday.type !== 'public') continue
    // `date` is the local start ("2027-03-21 00:00:00"); a holiday of n days covers n dates.
    const first = dayNumber(holiday.date)
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000))
    for (let day = first; day < first + days; day++) {
      const date = dateOf(day)
      if (byDate.has(date) || !date.startsWith(String(year))) continue
      const entry = { date, name: holiday.name, country }
      byDate.set(date, entry)
      list.push(entry)
    }
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { list, byDate }
}

function yearOf(country: string, year: number, language: string): HolidayYear {
  const key = `${country}|${year}|${language}`
  let found = years.get(key)
  if (!found) {
    years.set(key, (found = computeYear(country, year, language)))
    if (!anyLanguage.has(`${country}|${year}`)) anyLanguage.set(`${country}|${year}`, found)
  }
  return found
}

/** True when the date (`YYYY-MM-DD`) is a public holiday of the country; reuses a year computed in any language (the warnings need no names). */
export function isPublicHoliday(country: string, date: string): boolean {
  const year = Number(date.slice(0, 4))
  const known = anyLanguage.get(`${country}|${year}`) ?? yearOf(country, year, 'en')
  return known.byDate.has(date.slice(0, 10))
}

/** The public holidays of a country (ISO alpha-2) in a year, by date; empty for a country date-holidays does not know. Cached per country, year and language. */
export function publicHolidays(country: string, year: number, language = 'en'): readonly PublicHoliday[] {
  return yearOf(country, year, language).list
}

/** The public holiday of a country on a date (`YYYY-MM-DD`), if it is one. */
export function holidayOn(country: string, date: string, language = 'en'): PublicHoliday | undefined {
  return yearOf(country, Number(date.slice(0, 4)), language).byDate.get(date.slice(0, 10))
}

/** True when date-holidays has rules for the country. */
export function hasHolidayRules(country: string): boolean {
  return calendarOf(country) !== null
}

/** The countries date-holidays has rules for (ISO alpha-2 codes, sorted). */
export function holidayCountries(): readonly string[] {
  return Object.keys(new Holidays().getCountries()).sort()
}

let zoneCountries: Map<string, string> | undefined
/** The country an IANA zone belongs to (tzdb's zone1970 table, through moment-timezone), or null (UTC, Etc/…). */
export function countryOfZone(zone: string): string | null {
  if (!zoneCountries) {
    zoneCountries = new Map()
    // A zone shared by several countries (Europe/Zurich: CH, DE, LI) goes to the first by code.
    for (const country of moment.tz.countries()) for (const name of moment.tz.zonesForCountry(country)) if (!zoneCountries.has(name)) zoneCountries.set(name, country)
  }
  return zoneCountries.get(zone) ?? null
}

/** The main zone of a country (the first tzdb lists: Asia/Shanghai for CN, Asia/Almaty for KZ), or null. */
export function zoneOfCountry(country: string): string | null {
  try {
    return moment.tz.zonesForCountry(country)[0] ?? null
  } catch {
    return null
  }
}

/** The plan's home country: the country of its home time zone (Asia/Shanghai → CN), or null. */
export function homeCountry(project: Pick<Project, 'homeTimeZone'>): string | null {
  return countryOfZone(project.homeTimeZone)
}
