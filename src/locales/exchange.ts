// The words of exported spreadsheets (header row, sheet names) in each interface language. The CLI
// writes English; the app writes the interface language and recognises every language's headers on import.
import type { TableWords } from '../shared/exchange'
import en from './en.exchange.json'

export const tableWordsByLanguage: Record<string, TableWords> = { en }

/** English header words: the CLI's, and the fallback of a language without its own. */
export const englishTableWords: TableWords = en

/** The words of `language` (`zh-CN` → `zh`), English when it has none. */
export function tableWords(language: string): TableWords {
  return tableWordsByLanguage[language] ?? tableWordsByLanguage[language.split('-')[0] ?? ''] ?? en
}
