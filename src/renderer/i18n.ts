// i18next, initialised synchronously so the first render already speaks the user's language.
// A new language is a locales/XX.json file (and its XX.editing.json), its src/locales/XX.messages.json
// twin (the coded messages of src/shared, shared with the CLI), its date-fns locale in dateLocales
// below and its name in languageNames; tests/renderer/catalogues.test.ts checks they match English.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from 'date-fns'
import { enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA, zhCN } from 'date-fns/locale'
import en from './locales/en.json'
import enEditing from './locales/en.editing.json'
import enMerge from './locales/en.merge.json'
import enPrint from './locales/en.print.json'
import enVersions from './locales/en.versions.json'
import enCoverage from './locales/en.coverage.json'
import enDesktop from './locales/en.desktop.json'
import enHolidays from './locales/en.holidays.json'
import zh from './locales/zh-CN.json'
import zhEditing from './locales/zh-CN.editing.json'
import zhMerge from './locales/zh-CN.merge.json'
import zhPrint from './locales/zh-CN.print.json'
import zhVersions from './locales/zh-CN.versions.json'
import zhCoverage from './locales/zh-CN.coverage.json'
import zhDesktop from './locales/zh-CN.desktop.json'
import zhHolidays from './locales/zh-CN.holidays.json'
import { mergeStrings } from './locales/mergeStrings'
import { messageCatalogues, termCatalogues } from '../locales/messages'
import { wallDate } from './dates'
import type { WeekRule } from '../shared/timeline'

export const resources = {
  en: { translation: mergeStrings(mergeStrings(mergeStrings(mergeStrings(mergeStrings(en, termCatalogues.en), enEditing), enMerge), mergeStrings(mergeStrings(mergeStrings(mergeStrings(enPrint, enVersions), enCoverage), enDesktop), enHolidays)), { messages: messageCatalogues.en }) },
  'zh-CN': { translation: mergeStrings(mergeStrings(mergeStrings(mergeStrings(mergeStrings(zh, termCatalogues['zh-CN']), zhEditing), zhMerge), mergeStrings(mergeStrings(mergeStrings(mergeStrings(zhPrint, zhVersions), zhCoverage), zhDesktop), zhHolidays)), { messages: messageCatalogues['zh-CN'] }) },
} as const
export type Language = keyof typeof resources
export const languages = Object.keys(resources) as Language[]

/** Each language by its own name, as the language setting lists it (never translated). */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' }

/** The date-fns locale for each UI language when the system says nothing more precise. */
export const dateLocales: Record<Language, Locale> = { en: enUS, 'zh-CN': zhCN }
// English as written in each region: day-month order, 24-hour clock, the first day of the week.
const englishRegions: Record<string, Locale> = { US: enUS, GB: enGB, AU: enAU, CA: enCA, IE: enIE, IN: enIN, NZ: enNZ, ZA: enZA }

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en']
  }
}

/** The UI language for the system's preferred languages (`navigator.languages`): any Chinese reads 简体中文. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'zh') return 'zh-CN'
    if (base === 'en') return 'en'
  }
  return 'en'
}

const systemLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages)

void i18next.use(initReactI18next).init({
  resources,
  lng: pickLanguage(systemLanguages()),
  fallbackLng: 'en',
  supportedLngs: languages,
  initAsync: false,
  // React escapes text already.
  interpolation: { escapeValue: false },
})

// `{{start, day}}` in a message: an ISO date value as the planner reads it. `day(yearAsIn: start)`
// leaves the year out when the other value has the same one: `10 May < 12 May 2027`.
i18next.services.formatter?.add('day', (value: unknown, _lng: string | undefined, options: Record<string, unknown>) => {
  const text = String(value)
  const other = typeof options.yearAsIn === 'string' ? options[options.yearAsIn] : undefined
  const sameYear = typeof other === 'string' && other.slice(0, 4) === text.slice(0, 4)
  return wallDate(i18next.t, currentDateLocale(), text, !sameYear)
})

// Screen readers and CJK font selection follow the document language.
const syncDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language
}
syncDocumentLanguage(i18next.language)
i18next.on('languageChanged', syncDocumentLanguage)

/** The current UI language. */
export function currentLanguage(): Language {
  return pickLanguage([i18next.language])
}

/**
 * The BCP 47 tag dates and numbers are written in: the system's own tag when it is of the UI
 * language (`en-GB` for an English interface on a British system), else the language's own.
 */
export function regionalTag(language: Language = currentLanguage(), preferred: readonly string[] = systemLanguages()): string {
  if (language === 'zh-CN') return 'zh-CN'
  const own = preferred.find((tag) => /^en-[a-z]{2}$/i.test(tag))
  return own ?? 'en-US'
}

/** The date-fns locale for the current UI language in the system's region (week start, patterns). */
export function currentDateLocale(): Locale {
  const language = currentLanguage()
  if (language !== 'en') return dateLocales[language]
  const region = regionalTag(language).split('-')[1]?.toUpperCase() ?? ''
  return englishRegions[region] ?? enGB
}

/** How the locale counts weeks (first day, week 1), for the timeline's week header and the date picker. */
export function weekRuleOf(locale: Locale): WeekRule {
  return { weekStartsOn: locale.options?.weekStartsOn ?? 1, firstWeekContainsDate: locale.options?.firstWeekContainsDate ?? 4 }
}

export default i18next
