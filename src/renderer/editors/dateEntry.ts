// Dates and times as the user's locale writes them in a field: en-GB 15/04/2027, en-US 04/15/2027,
// zh-CN 2027/04/15; 24-hour times unless the locale uses a 12-hour clock (en-US 8:00 PM). What is
// typed is read back in the same order, and ISO 2027-04-15 is always understood too.

/** What a date or time field holds while what was typed is not a real date or time: never valid. */
export const NOT_A_DATE = 'not-a-date'

type Part = 'year' | 'month' | 'day'

/** How one locale writes a date and a time in a field. */
export interface EntryFormat {
  tag: string
  order: Part[]
  separator: string
  hour12: boolean
}

const cache = new Map<string, EntryFormat>()

/** The field format of a BCP 47 locale tag, from Intl. */
export function entryFormat(tag: string): EntryFormat {
  const known = cache.get(tag)
  if (known) return known
  const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2027, 3, 15))
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: Part } => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type)
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/'
  const cycle = new Intl.DateTimeFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle
  const format = { tag, order: order.length === 3 ? order : (['year', 'month', 'day'] as Part[]), separator, hour12: cycle === 'h11' || cycle === 'h12' }
  cache.set(tag, format)
  return format
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/

/** `2027-04-15` as the locale writes it; anything else (empty, NOT_A_DATE) as ''. */
export function formatDay(value: string, format: EntryFormat): string {
  const match = isoDay.exec(value)
  if (!match) return ''
  const parts: Record<Part, string> = { year: match[1]!, month: match[2]!, day: match[3]! }
  return format.order.map((part) => parts[part]).join(format.separator)
}

function realDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NOT_A_DATE
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** What was typed, as `YYYY-MM-DD`; '' for nothing, NOT_A_DATE for no real date. */
export function parseDay(text: string, format: EntryFormat): string {
  const typed = text.trim()
  if (typed === '') return ''
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed)
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  let pieces = typed.split(/[\s./\-,年月日]+/u).filter(Boolean)
  // Digits alone, as a date picker's keyboard entry gives them: 15042027 in the locale's order.
  if (pieces.length === 1 && /^\d{8}$/.test(typed)) {
    let at = 0
    pieces = format.order.map((part) => typed.slice(at, (at += part === 'year' ? 4 : 2)))
  }
  if (pieces.length !== 3 || !pieces.every((p) => /^\d+$/.test(p))) return NOT_A_DATE
  const value = Object.fromEntries(format.order.map((part, i) => [part, pieces[i]!])) as Record<Part, string>
  if (value.year.length !== 4 || value.month.length > 2 || value.day.length > 2) return NOT_A_DATE
  return realDay(Number(value.year), Number(value.month), Number(value.day))
}

/** `20:00` as the locale writes it: `20:00`, or `8:00 PM` on a 12-hour clock. */
export function formatTime(value: string, format: EntryFormat): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value)
  if (!match) return ''
  if (!format.hour12) return value
  return new Intl.DateTimeFormat(format.tag, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])))
}

/** The locale's words for morning and afternoon (AM/PM, 上午/下午), lower case. */
function dayPeriods(tag: string): [string, string] {
  const period = (hour: number) =>
    new Intl.DateTimeFormat(tag, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(Date.UTC(2000, 0, 1, hour))
      .find((p) => p.type === 'dayPeriod')
      ?.value.toLowerCase() ?? ''
  return [period(9), period(21)]
}

/** What was typed as `HH:mm` (24-hour); '' for nothing, NOT_A_DATE for no real time. Both clocks are understood. */
export function parseTime(text: string, format: EntryFormat): string {
  let typed = text.trim().toLowerCase().replace(/\s+/g, ' ')
  if (typed === '') return ''
  const [am, pm] = dayPeriods(format.tag)
  let period: 'am' | 'pm' | null = null
  for (const [words, which] of [[['am', 'a.m.', am], 'am'], [['pm', 'p.m.', pm], 'pm']] as const) {
    for (const word of words) {
      if (!word) continue
      if (typed.endsWith(word) || typed.startsWith(word)) {
        period = which
        typed = (typed.endsWith(word) ? typed.slice(0, -word.length) : typed.slice(word.length)).trim()
      }
    }
  }
  const match = /^(\d{1,2})(?:[:.：]?(\d{2}))?$/u.exec(typed)
  if (!match) return NOT_A_DATE
  let hour = Number(match[1])
  const minute = Number(match[2] ?? '0')
  if (minute > 59) return NOT_A_DATE
  if (period) {
    if (hour < 1 || hour > 12) return NOT_A_DATE
    hour = (hour % 12) + (period === 'pm' ? 12 : 0)
  } else if (hour > 23) return NOT_A_DATE
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}
