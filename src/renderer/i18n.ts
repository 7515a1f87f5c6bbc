// i18next, initialised synchronously so the first render already speaks the user's language.
// A new language is a locales/XX.json file, its src/locales/XX.messages.json twin (the coded
// messages of src/shared, shared with the CLI) and its date-fns locale in dateLocales below.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from 'date-fns'
import { enUS } from 'date-fns/locale'
import en from './locales/en.json'
import enEditing from './locales/en.editing.json'
import enMerge from './locales/en.merge.json'
import enPrint from './locales/en.print.json'
import { mergeStrings } from './locales/mergeStrings'
import { messageCatalogues } from '../locales/messages'
import { wallDate } from './dates'

export const resources = { en: { translation: mergeStrings(mergeStrings(mergeStrings(mergeStrings(en, enEditing), enMerge), enPrint), { messages: messageCatalogues.en }) } } as const
export type Language = keyof typeof resources

/** The date-fns locale for each UI language. */
export const dateLocales: Record<Language, Locale> = { en: enUS }

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en']
  }
}

function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base && base in resources) return base as Language
  }
  return 'en'
}

const preferred = typeof navigator === 'undefined' ? [] : navigator.languages

void i18next.use(initReactI18next).init({
  resources,
  lng: pickLanguage(preferred),
  fallbackLng: 'en',
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

/** The date-fns locale for the current UI language. */
export function currentDateLocale(): Locale {
  return dateLocales[pickLanguage([i18next.language])]
}

export default i18next
