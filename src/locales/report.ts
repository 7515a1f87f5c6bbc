// Words for the CLI's `info` report in one language (`--lang zh-CN`): the report labels and the
// plan's vocabulary from the terms catalogue, dates with date-fns's locale, countries with Intl.
import i18next from 'i18next'
import type { Locale } from 'date-fns'
import { enGB, zhCN } from 'date-fns/locale'
import { termCatalogues, type Translate } from './messages'

export type ReportLanguage = keyof typeof termCatalogues
export const reportLanguages = Object.keys(termCatalogues) as ReportLanguage[]

/** What the report needs to speak one language. */
export interface ReportWords {
  language: ReportLanguage
  t: Translate
  dateLocale: Locale
}

const dateLocales: Record<ReportLanguage, Locale> = { en: enGB, 'zh-CN': zhCN }

/** The words of `language`; unknown languages are the caller's to refuse (see reportLanguages). */
export function reportWords(language: ReportLanguage): ReportWords {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    resources: { [language]: { translation: termCatalogues[language] } },
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return { language, t: instance.t.bind(instance) as unknown as Translate, dateLocale: dateLocales[language] }
}

/** Columns a terminal gives a text: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1
  return width
}
