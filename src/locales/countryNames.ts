// Country names from the engine's CLDR data (Intl.DisplayNames), for calendar LOCATIONs and for
// reading names in imported sheets (`Kazakhstan`, `哈萨克斯坦`, `Казахстан` → `KZ`).
import { countryCodes } from '../shared/format/codes'

/** The name of country `code` in `language` (`KZ` → `Kazakhstan`); the code when the engine has none. */
export function countryNamer(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' })
  return (code) => names.of(code) ?? code
}

let byName: Map<string, string> | undefined

/** The code of a country named in English, Chinese, Russian, Arabic, French or Spanish (case ignored). */
export function countryCodeOf(name: string): string | undefined {
  if (!byName) {
    byName = new Map()
    for (const language of ['en', 'zh', 'zh-Hant', 'ru', 'ar', 'fr', 'es']) {
      const names = new Intl.DisplayNames([language], { type: 'region' })
      for (const code of countryCodes) {
        const n = names.of(code)
        if (n && n !== code) byName.set(n.toLowerCase(), code)
      }
    }
  }
  return byName.get(name.trim().toLowerCase())
}
