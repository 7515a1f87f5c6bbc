// t() with values costs ~50 µs, and the timeline words thousands of items (names, dates, warnings)
// as a plan opens or is regrouped. Each wording is looked up once per language (per t) with
// markers in place of its values, and filled in by hand after that. A wording that repeats,
// formats or transforms a value, or counts (plurals), is left to i18next; one that leaves a value
// out (an English range drops the start's year, a Chinese one the end's) is filled without it.
import type { TFunction } from 'i18next'

type Template = ((values: Record<string, string>) => string) | null
const templatesByT = new WeakMap<TFunction, Map<string, Template>>()

/** t(key, values) for wordings said many times over: the same words, filled from a template after the first time. */
export function templatedT(t: TFunction): (key: string, values: Record<string, string>) => string {
  let kept = templatesByT.get(t)
  if (!kept) templatesByT.set(t, (kept = new Map()))
  const templates = kept
  const translate = t as unknown as (key: string, values: Record<string, string>) => string
  return (key, values) => {
    const names = Object.keys(values)
    if (names.includes('count')) return translate(key, values)
    const id = `${key}\u0000${names.join('\u0000')}`
    let template = templates.get(id)
    if (template === undefined) {
      const marked = translate(key, Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(0xe000 + i)])))
      const parts = marked.split(/([\ue000-\ue0ff])/)
      const found = parts.filter((_, i) => i % 2 === 1)
      const usable = new Set(found).size === found.length
      template = usable ? (given) => parts.map((part, i) => (i % 2 === 1 ? (given[names[part.charCodeAt(0) - 0xe000]!] ?? '') : part)).join('') : null
      // A value formatted on the way in ({{date, date}}) keeps its marker: the first real words tell.
      const words = translate(key, values)
      if (template && template(values) !== words) template = null
      templates.set(id, template)
      return words
    }
    return template ? template(values) : translate(key, values)
  }
}
