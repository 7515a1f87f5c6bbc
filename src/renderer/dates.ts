// Dates and times as a planner reads them: all-day spans with an inclusive end, timed values
// in the plan's home time zone with the item's own wall-clock time noted when it differs.
import { format, type Locale } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { UTCDate } from '@date-fns/utc'
import type { TFunction } from 'i18next'
import { templatedT } from './templated'
import { valueToAxis, wallMinutes } from '../shared/timeline'

const allDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const timedPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** A displayed date: the text in the home zone, and the original local time when the item is elsewhere. */
export interface DisplayDate {
  text: string
  note?: string
}

// A whole day has no zone: only its calendar fields are read, so a plain Date that shows them on
// this computer's clock does (a TZDate costs several Intl look-ups, for each of a thousand bars).
type Parsed = { date: Date; timed: false } | { date: TZDate; timed: true }

function calendarDay(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1)
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  date.setFullYear(year, month - 1, day)
  return date
}

function parse(value: string, timeZone: string | undefined): Parsed | null {
  const day = allDayPattern.exec(value)
  if (day) return { date: calendarDay(Number(day[1]), Number(day[2]), Number(day[3])), timed: false }
  const timed = timedPattern.exec(value)
  if (timed && timeZone) {
    const [, y, mo, d, h, mi] = timed.map(Number)
    return { date: new TZDate(y!, mo! - 1, d!, h!, mi!, timeZone), timed: true }
  }
  return null
}

// A timed value's own wall clock as a date whose UTC fields show it (see spanText).
const ownClock = (value: string): Date => new UTCDate(wallMinutes(value) * 60_000)

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

/** Where a zone's clock is: the exemplar city of its IANA name (`Asia/Samarkand` → Samarkand); in Chinese, the zone's name from Intl (撒马尔罕时间) when it has one in Chinese. */
export function zoneName(zone: string, locale: Locale): string {
  const city = zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ')
  if (!locale.code?.startsWith('zh')) return city
  // A Chinese name for the city where ICU has one (撒马尔罕时间), else for the zone (哈萨克斯坦时间), else the city.
  for (const style of ['shortGeneric', 'longGeneric'] as const) {
    try {
      const name = new Intl.DateTimeFormat(locale.code, { timeZone: zone, timeZoneName: style }).formatToParts(0).find((p) => p.type === 'timeZoneName')?.value
      if (name && !/[A-Za-z]/.test(name)) return name
    } catch {
      break
    }
  }
  return city
}

/** Formats plan dates in one UI language and one home time zone. */
export class DateFormatter {
  constructor(
    private readonly t: TFunction,
    private readonly locale: Locale,
    readonly homeTimeZone: string,
    /** Timed values are shown on the home clock, or on each item's own (the view's `times`). */
    readonly primary: 'home' | 'item' = 'home',
  ) {}

  // The patterns are looked up once: a timeline names a thousand items as it opens, and i18next's
  // lookup cost as much as the formatting itself.
  private readonly patterns = new Map<string, string>()

  // The range and clock wordings, filled from templates: i18next's interpolation cost more than
  // the formatting of a bar's dates.
  private said: ((key: string, values: Record<string, string>) => string) | undefined

  private say(key: string, values: Record<string, string>): string {
    return (this.said ??= templatedT(this.t))(key, values)
  }

  private pattern(date: Date, key: 'day' | 'dayMonth' | 'dayOfMonth' | 'time'): string {
    let pattern = this.patterns.get(key)
    if (pattern === undefined) this.patterns.set(key, (pattern = this.t(`dates.${key}`)))
    return format(date, pattern, { locale: this.locale })
  }

  private dayTime(date: Date): string {
    return this.say('dates.dayTime', { day: this.pattern(date, 'day'), time: this.pattern(date, 'time') })
  }

  /** `15 Apr – 30 Jun 2027`, `25–30 Aug 2027`, `15 Apr 2027`; both ends inclusive. */
  private daySpan(start: Date, end: Date): string {
    if (sameDay(start, end)) return this.pattern(start, 'day')
    if (start.getFullYear() !== end.getFullYear()) {
      return this.say('dates.range', { start: this.pattern(start, 'day'), end: this.pattern(end, 'day') })
    }
    // Both ends in every length: English drops the year (and month) from the start, Chinese from the end.
    const ends = {
      startDay: this.pattern(start, 'day'),
      startDayMonth: this.pattern(start, 'dayMonth'),
      startDayOfMonth: this.pattern(start, 'dayOfMonth'),
      endDay: this.pattern(end, 'day'),
      endDayMonth: this.pattern(end, 'dayMonth'),
      endDayOfMonth: this.pattern(end, 'dayOfMonth'),
    }
    return this.say(start.getMonth() === end.getMonth() ? 'dates.rangeSameMonth' : 'dates.rangeSameYear', ends)
  }

  /** `21 Mar 2027, 22:00–23:30`; across midnight `21 Mar, 22:00 – 22 Mar 2027, 00:30`. */
  private timedSpan(start: Date, end: Date): string {
    if (start.getTime() === end.getTime()) return this.dayTime(start)
    if (sameDay(start, end)) return this.say('dates.rangeTight', { start: this.dayTime(start), end: this.pattern(end, 'time') })
    if (start.getFullYear() !== end.getFullYear()) return this.say('dates.range', { start: this.dayTime(start), end: this.dayTime(end) })
    // As for days: English drops the year from the start, Chinese from the end.
    return this.say('dates.rangeTimedSameYear', {
      startDayTime: this.dayTime(start),
      startDayMonthTime: this.say('dates.dayTime', { day: this.pattern(start, 'dayMonth'), time: this.pattern(start, 'time') }),
      endDayTime: this.dayTime(end),
      endDayMonthTime: this.say('dates.dayTime', { day: this.pattern(end, 'dayMonth'), time: this.pattern(end, 'time') }),
    })
  }

  // The clock times of a span on one zone's clock; the day is said when it is not `day`'s.
  private clock(start: Date, end: Date, day: Date): string {
    const time = (d: Date) => (sameDay(d, day) ? this.pattern(d, 'time') : this.say('dates.dayTime', { day: this.pattern(d, 'dayMonth'), time: this.pattern(d, 'time') }))
    if (start.getTime() === end.getTime()) return time(start)
    if (sameDay(start, end)) return this.say('dates.rangeTight', { start: time(start), end: this.pattern(end, 'time') })
    return this.say('dates.range', { start: time(start), end: time(end) })
  }

  /** `20:00 Samarkand · 23:00 Shanghai`: the item's own clock, then the home clock; none when the zones agree. */
  private note(start: TZDate, end: TZDate, timeZone: string): string | undefined {
    if (timeZone === this.homeTimeZone) return undefined
    const homeStart = start.withTimeZone(this.homeTimeZone)
    const homeEnd = end.withTimeZone(this.homeTimeZone)
    if (homeStart.getHours() === start.getHours() && homeStart.getMinutes() === start.getMinutes() && sameDay(homeStart, start)) return undefined
    const own = this.say('timeZones.zoneTime', { time: this.clock(start, end, start), zone: zoneName(timeZone, this.locale) })
    const home = this.say('timeZones.zoneTime', { time: this.clock(homeStart, homeEnd, start), zone: zoneName(this.homeTimeZone, this.locale) })
    return this.say('timeZones.both', { first: own, second: home })
  }

  /** A span of an event or phase; `timeZone` is the item's own zone for timed values. */
  span(start: string, end: string, timeZone?: string): DisplayDate {
    const from = parse(start, timeZone)
    const to = parse(end, timeZone)
    if (!from || !to) return { text: start === end ? start : this.say('dates.range', { start, end }) }
    if (!from.timed || !to.timed) return { text: this.daySpan(from.date, to.date) }
    const home = (d: TZDate) => (this.primary === 'item' ? d : d.withTimeZone(this.homeTimeZone))
    const note = this.note(from.date, to.date, timeZone!)
    return note ? { text: this.timedSpan(home(from.date), home(to.date)), note } : { text: this.timedSpan(home(from.date), home(to.date)) }
  }

  /**
   * The text of `span` without its note of the item's own clock: what a bar's accessible name
   * says, for thousands of bars. A timed value's clock is read from the timeline's own zone tables
   * (the minute its bar is drawn at) and formatted from a date whose UTC fields show that clock:
   * no TZDate, whose every construction asks Intl for offsets.
   */
  spanText(start: string, end: string, timeZone?: string): string {
    const timed = (value: string) => timeZone !== undefined && timedPattern.test(value)
    const fromDay = parse(start, undefined)?.date
    const toDay = parse(end, undefined)?.date
    if ((!fromDay && !timed(start)) || (!toDay && !timed(end))) return start === end ? start : this.say('dates.range', { start, end })
    // A span with one end timed and one not is read in days, on the item's own clock.
    if (fromDay || toDay) return this.daySpan(fromDay ?? ownClock(start), toDay ?? ownClock(end))
    const clock = (value: string) => (this.primary === 'item' ? ownClock(value) : new UTCDate(valueToAxis(value, timeZone, this.homeTimeZone) * 60_000))
    return this.timedSpan(clock(start), clock(end))
  }

  /** A single moment such as a release: all-day or timed in `timeZone`. */
  moment(start: string, timeZone?: string): DisplayDate {
    return this.span(start, start, timeZone)
  }

  /** The calendar day (`YYYY-MM-DD`) a value falls on in the home zone, for sorting and plan spans. */
  homeDay(value: string, timeZone?: string): string | null {
    const parsed = parse(value, timeZone)
    if (!parsed) return null
    return parsed.timed ? format(parsed.date.withTimeZone(this.homeTimeZone), 'yyyy-MM-dd') : value
  }

  /** A span of calendar days given as `YYYY-MM-DD`. */
  daySpanOf(start: string, end: string): string {
    return this.span(start, end).text
  }

  /** The zone's current UTC offset as the locale writes it, e.g. `GMT+8`. */
  offsetOf(timeZone: string, at: Date = new Date()): string {
    try {
      const parts = new Intl.DateTimeFormat(this.locale.code, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at)
      return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
    } catch {
      return ''
    }
  }
}

const wallPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/

/**
 * A date as the file writes it (`2027-05-10`, `2027-05-10T19:30`), shown on its own wall clock:
 * `10 May 2027`, `10 May 2027, 19:30`; `withYear: false` gives `10 May` (the year is said beside it).
 * Anything else is shown as it is.
 */
export function wallDate(t: TFunction, locale: Locale, value: string, withYear = true): string {
  const match = wallPattern.exec(value)
  if (!match) return value
  const date = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]))
  const day = format(date, t(withYear ? 'dates.day' : 'dates.dayMonth'), { locale })
  if (match[4] === undefined) return day
  date.setHours(Number(match[4]), Number(match[5]))
  return t('dates.dayTime', { day, time: format(date, t('dates.time'), { locale }) })
}
