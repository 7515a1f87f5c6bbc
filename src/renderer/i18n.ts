// i18next, initialised synchronously so the first render already speaks the user's language.
// A new language is a locales/XX.json file plus its date-fns locale in dateLocales below.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from 'date-fns'
import { enUS } from 'date-fns/locale'
import en from './locales/en.json'
import enEditing from './locales/en.editing.json'
import { mergeStrings } from './locales/mergeStrings'

export const resources = { en: { translation: mergeStrings(en, enEditing) } } as const
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
