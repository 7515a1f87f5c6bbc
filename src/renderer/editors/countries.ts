// Country names in English and Chinese for the country picker: i18n-iso-countries with only the
// two locales registered (the whole set would add a megabyte to the renderer).
import countries from 'i18n-iso-countries'
import { currentLanguage } from '../i18n'
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

const cached = new Map<string, PickerOption[]>()

/**
 * Every ISO 3166-1 country with its English and Chinese names: named and sorted in the interface
 * language (pinyin order in Chinese), the other name beside it.
 */
export function countryOptions(): PickerOption[] {
  const language = currentLanguage()
  const known = cached.get(language)
  if (known) return known
  const options = [...countryCodes]
    .map((code) => {
      const official = countries.getName(code, 'en') ?? code
      const alias = countries.getName(code, 'en', { select: 'alias' }) ?? official
      // The everyday name ("China", "Russia") where the list has a clear one; "UK" and
      // "Korea, Republic of" are not clearer than the official names.
      const english = alias.length >= 4 && !alias.includes(',') ? alias : official
      const chinese = countries.getName(code, 'zh') ?? ''
      const search = foldText(`${english} ${official} ${chinese} ${code}`)
      if (language === 'zh-CN' && chinese) return { value: code, label: chinese, detail: `${english} · ${code}`, search }
      return { value: code, label: english, detail: chinese ? `${chinese} · ${code}` : code, search }
    })
    .sort((a, b) => a.label.localeCompare(b.label, language))
  cached.set(language, options)
  return options
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

const currencies = new Map<string, PickerOption[]>()

/** ISO 4217 currencies this runtime knows, named in the interface language (found by English names too). */
export function currencyOptions(): PickerOption[] {
  const language = currentLanguage()
  const known = currencies.get(language)
  if (known) return known
  const names = new Intl.DisplayNames([language], { type: 'currency', fallback: 'code' })
  const english = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'code' })
  const options = Intl.supportedValuesOf('currency').map((code) => {
    const name = names.of(code) ?? code
    return { value: code, label: code, detail: name, search: foldText(`${code} ${name} ${english.of(code) ?? ''}`) }
  })
  currencies.set(language, options)
  return options
}
