// Country names in English and Chinese for the country picker: i18n-iso-countries with only the
// two locales registered (the whole set would add a megabyte to the renderer).
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json'
import zh from 'i18n-iso-countries/langs/zh.json'
import { countryCodes } from '../../shared/format/codes'
import { foldText } from '../../shared/filters'

countries.registerLocale(en)
countries.registerLocale(zh)

/** One choice of a picker: the stored value, what is shown, and the folded text type-ahead searches. */
export interface PickerOption {
  value: string
  label: string
  /** Shown after the label, quieter: a code, a second name. */
  detail?: string
  search: string
}

let cached: PickerOption[] | null = null

/** Every ISO 3166-1 country with its English and Chinese names, sorted by English name. */
export function countryOptions(): PickerOption[] {
  if (cached) return cached
  cached = [...countryCodes]
    .map((code) => {
      const official = countries.getName(code, 'en') ?? code
      const alias = countries.getName(code, 'en', { select: 'alias' }) ?? official
      // The everyday name ("China", "Russia") where the list has a clear one; "UK" and
      // "Korea, Republic of" are not clearer than the official names.
      const english = alias.length >= 4 && !alias.includes(',') ? alias : official
      const chinese = countries.getName(code, 'zh') ?? ''
      return { value: code, label: english, detail: chinese ? `${chinese} · ${code}` : code, search: foldText(`${english} ${official} ${chinese} ${code}`) }
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'))
  return cached
}

/** A country's name in English and Chinese, e.g. "Kazakhstan 哈萨克斯坦", or the code when unknown. */
export function countryName(code: string): string {
  const option = countryOptions().find((o) => o.value === code)
  return option ? `${option.label}` : code
}

let zones: PickerOption[] | null = null

/** Every IANA time zone this runtime knows, with its current UTC offset. */
export function timeZoneOptions(): PickerOption[] {
  if (zones) return zones
  const now = new Date()
  zones = Intl.supportedValuesOf('timeZone').map((zone) => {
    let offset = ''
    try {
      offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? ''
    } catch {
      offset = ''
    }
    const label = zone.replaceAll('_', ' ')
    return { value: zone, label, detail: offset, search: foldText(`${label} ${zone} ${offset}`) }
  })
  if (!zones.some((z) => z.value === 'UTC')) zones.push({ value: 'UTC', label: 'UTC', detail: 'GMT', search: 'utc gmt' })
  return zones
}

let currencies: PickerOption[] | null = null

/** ISO 4217 currencies this runtime knows, with their English names. */
export function currencyOptions(): PickerOption[] {
  if (currencies) return currencies
  const names = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'code' })
  currencies = Intl.supportedValuesOf('currency').map((code) => {
    const name = names.of(code) ?? code
    return { value: code, label: code, detail: name, search: foldText(`${code} ${name}`) }
  })
  return currencies
}
