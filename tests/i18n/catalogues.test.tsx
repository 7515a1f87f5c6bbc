// (A .tsx file so it type-checks with the renderer, whose i18n module it reads.)
// The Chinese interface against the English one: every key, every interpolated value and every
// plural form the language needs, and no English left standing in the Chinese catalogue.
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '../../src/renderer/i18n'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else flatten(value, path, out)
  }
  return out
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const baseOf = (key: string) => key.replace(pluralSuffix, '')
const formOf = (key: string) => pluralSuffix.exec(key)?.[1]

/** The entries of a catalogue by base key: `{ '': text }` or its plural forms `{ one, other }`. */
function byBase(catalogue: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  for (const [key, value] of catalogue) {
    const base = baseOf(key)
    if (!out.has(base)) out.set(base, new Map())
    out.get(base)!.set(formOf(key) ?? '', value)
  }
  return out
}

/** What a text reads: its `{{values}}` (with the values a formatter names) and the `$t(...)` it nests. */
function variablesOf(text: string): string[] {
  const names = new Set<string>()
  for (const [, inner] of text.matchAll(/\{\{([^}]+)\}\}/g)) {
    const [name, format] = inner!.split(',').map((s) => s.trim())
    names.add(name!)
    for (const [, other] of (format ?? '').matchAll(/:\s*(\w+)/g)) names.add(`${other!} (option)`)
  }
  for (const [, nested] of text.matchAll(/\$t\(([^)]+)\)/g)) names.add(`$t(${nested!})`)
  return [...names].sort()
}

const en = flatten(resources.en.translation as unknown as Tree)
const zh = flatten(resources['zh-CN'].translation as unknown as Tree)
const enBase = byBase(en)
const zhBase = byBase(zh)

/**
 * Where Chinese word order needs other values than English: each language may use any of these.
 * A date range drops the repeated year from the start in English (`15 Apr – 30 Jun 2027`) and from
 * the end in Chinese (`2027年4月15日至6月30日`).
 */
const wordOrderValues: Record<string, string[]> = {
  'dates.rangeSameMonth': ['startDay', 'startDayMonth', 'startDayOfMonth', 'endDay', 'endDayMonth', 'endDayOfMonth'],
  'dates.rangeSameYear': ['startDay', 'startDayMonth', 'startDayOfMonth', 'endDay', 'endDayMonth', 'endDayOfMonth'],
  'dates.rangeTimedSameYear': ['startDayTime', 'startDayMonthTime', 'endDayTime', 'endDayMonthTime'],
}

/**
 * Values that are the same in both languages on purpose: the product's name, date-fns patterns,
 * the weekday pattern (`EEE` is 周四 in Chinese), key names as printed on keyboards, and JSON's own word.
 */
const sameInBothLanguages = new Set([
  'appName',
  'dates.time',
  'timeline.header.weekday',
  'shortcut.ctrl',
  'shortcut.shift',
  'shortcut.alt',
  'shortcut.enter',
  'shortcut.delete',
  'shortcut.backspace',
  'messages.words.found.null',
])

const pluralCategories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]

describe('the zh-CN catalogues', () => {
  it('have exactly the keys of the English ones', () => {
    expect([...zhBase.keys()].sort()).toEqual([...enBase.keys()].sort())
  })

  it('have every plural form Chinese needs, and a zero form where English has one', () => {
    for (const [base, enForms] of enBase) {
      if (enForms.has('')) continue
      const zhForms = zhBase.get(base)
      expect(zhForms, base).toBeDefined()
      const needed = pluralCategories('zh-CN').concat(enForms.has('zero') ? ['zero'] : [])
      expect([...zhForms!.keys()].sort(), base).toEqual(needed.sort())
      // And English its own.
      for (const form of pluralCategories('en')) expect(enForms.has(form), `${base}_${form}`).toBe(true)
    }
  })

  it('read the same values as English', () => {
    for (const [base, enForms] of enBase) {
      const zhForms = zhBase.get(base)!
      const enVars = new Set([...enForms.values()].flatMap(variablesOf))
      const zhVars = new Set([...zhForms.values()].flatMap(variablesOf))
      const allowed = wordOrderValues[base]
      if (allowed) {
        for (const name of [...enVars, ...zhVars]) expect(allowed, `${base}: ${name}`).toContain(name)
        continue
      }
      // A value English reads only in a form Chinese has no use for (`Paste ‘{{title}}’` for one
      // event) may be left out; every other value must be read, and nothing English does not give.
      const shared = [...enForms].filter(([form]) => form === '' || form === 'zero' || zhForms.has(form))
      const required = new Set(shared.flatMap(([, text]) => variablesOf(text)))
      for (const name of required) expect([...zhVars], `${base} must read ${name}`).toContain(name)
      for (const name of zhVars) expect([...enVars], `${base} reads ${name}, which English does not give`).toContain(name)
    }
  })

  it('leave nothing in English', () => {
    const untranslated: string[] = []
    for (const [key, value] of zh) {
      const english = en.get(key) ?? en.get(`${baseOf(key)}_other`)
      const words = value.replace(/\{\{[^}]+\}\}|\$t\([^)]+\)/g, '')
      if (english === value && /[A-Za-z]/.test(words) && !sameInBothLanguages.has(baseOf(key))) untranslated.push(`${key}: ${value}`)
    }
    expect(untranslated).toEqual([])
  })

  it('every value kept in English is still in the catalogues', () => {
    for (const key of sameInBothLanguages) expect(zh.has(key), key).toBe(true)
  })

  it('word every key for any count without falling back to English or showing a key', () => {
    const instance = i18next.createInstance()
    void instance.init({ lng: 'zh-CN', resources, initAsync: false, fallbackLng: false, interpolation: { escapeValue: false } })
    instance.services.formatter?.add('day', (value: unknown) => String(value))
    for (const base of enBase.keys()) {
      for (const count of [0, 1, 2, 5]) {
        const text = String(instance.t(base, { count, defaultValue: '\u0000missing' } as never))
        expect(text, `${base} (${count})`).not.toContain('\u0000missing')
        expect(text, `${base} (${count})`).not.toMatch(/\$t\(/)
      }
    }
  })
})
