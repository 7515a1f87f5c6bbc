import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entityIssues, planPropertiesIssues } from '../shared/commands'
import { parseProject } from '../shared/format'
import { sampleDoc } from '../../tests/support/plans'
import { messageValues, type Issue, type MessageCode } from '../shared/messages'
import en from './en.messages.json'
import { englishIssue, englishText } from './english'

type Tree = { [key: string]: string | Tree }
const catalogue = en as Tree
const codes = Object.keys(messageValues) as MessageCode[]

function lookup(path: string): string | Tree | undefined {
  let node: string | Tree | undefined = catalogue
  for (const key of path.split('.')) node = typeof node === 'object' ? node[key] : undefined
  return node
}

/** The texts of a code: its entry, or its plural forms (`moreIssues_one`, `moreIssues_other`). */
function entriesOf(code: string): string[] {
  const dot = code.lastIndexOf('.')
  const group = lookup(code.slice(0, dot))
  if (typeof group !== 'object') return []
  const leaf = code.slice(dot + 1)
  return Object.entries(group)
    .filter(([key, value]) => typeof value === 'string' && (key === leaf || key.startsWith(`${leaf}_`)))
    .map(([, value]) => value as string)
}

/** Every value an entry reads: its placeholders, formatter options that name values, and the placeholders of the words it nests. */
function placeholdersOf(text: string): Set<string> {
  const names = new Set<string>()
  for (const [, inner] of text.matchAll(/\{\{([^}]+)\}\}/g)) {
    const [name, format] = inner!.split(',').map((s) => s.trim())
    names.add(name!)
    for (const [, other] of (format ?? '').matchAll(/:\s*(\w+)/g)) names.add(other!)
  }
  for (const [, group] of text.matchAll(/\$t\(messages\.([\w.]+)\.\{\{\w+\}\}\)/g)) {
    const words = lookup(group!)
    expect(typeof words, `nested words messages.${group}`).toBe('object')
    for (const word of Object.values(words as Tree)) for (const name of placeholdersOf(word as string)) names.add(name)
  }
  return names
}

describe('the English message catalogue', () => {
  it.each(codes)('%s has an entry with exactly the values it is produced with', (code) => {
    const entries = entriesOf(code)
    expect(entries.length, `no entry for ${code}`).toBeGreaterThan(0)
    const used = new Set(entries.flatMap((text) => [...placeholdersOf(text)]))
    expect([...used].sort()).toEqual([...messageValues[code]].sort())
  })

  it('has no entry without a code', () => {
    const groups = new Set(codes.map((code) => code.slice(0, code.lastIndexOf('.'))))
    for (const group of groups) {
      for (const key of Object.keys(lookup(group) as Tree)) {
        const code = `${group}.${key.replace(/_(zero|one|two|few|many|other)$/, '')}`
        expect(codes, `catalogue entry ${group}.${key}`).toContain(code)
      }
    }
  })

  it('has a word for every value a nested word is chosen by', () => {
    // Every "found" a wrong value can be reads as words.
    for (const found of ['null', 'nothing', 'list', 'object', 'text', 'quoted', 'number', 'boolean', 'other']) {
      expect(englishText({ code: 'format.notText', values: { found, foundValue: 'x' } })).not.toMatch(/messages\./)
    }
  })
})

const validValue = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.constantFrom('2027-05-10', '2027-02-30', 'kz', 'EUR', 'x'.repeat(250)))

/** Every issue names values exactly as the table says, and words without a missing key. */
function checkIssue(issue: Issue): void {
  expect(Object.keys(issue.values ?? {}).sort(), issue.code).toEqual([...messageValues[issue.code]].sort())
  // Nothing left unworded: no catalogue key, no nesting that found no word.
  expect(englishIssue(issue)).not.toMatch(/\$t\(messages\.|(^|[\s:])messages\.[a-z]/)
}

describe('messages as they are produced', () => {
  it('a broken plan file gives issues with the values of their code', () => {
    const doc = sampleDoc()
    const paths: string[][] = []
    const walk = (node: unknown, path: string[]) => {
      if (typeof node !== 'object' || node === null || path.length > 4) return
      for (const key of Object.keys(node).slice(0, 12)) {
        paths.push([...path, key])
        walk((node as Record<string, unknown>)[key], [...path, key])
      }
    }
    walk(doc, [])
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.option(validValue, { nil: undefined }), (path, value) => {
        const broken = sampleDoc()
        let parent = broken
        for (const key of path.slice(0, -1)) parent = parent[key]
        if (value === undefined) delete parent[path.at(-1)!]
        else parent[path.at(-1)!] = value
        const result = parseProject(JSON.stringify(broken))
        if (!result.ok) result.errors.forEach(checkIssue)
      }),
      { numRuns: 300 },
    )
  })

  it('an editor form and the plan properties give issues with the values of their code', () => {
    const plan = sampleDoc()
    const drafts: Array<[Parameters<typeof entityIssues>[1], unknown]> = [
      ['event', { ...plan.events[0], title: '', start: '2027-05-12', end: '2027-05-10', partnerIds: ['nobody'], id: plan.partners[0].id }],
      ['event', { ...plan.events[0], start: '2027-05-12T10:00', end: '2027-05-12T09:00', timeZone: undefined, country: 'zz', color: 'red' }],
      ['dependency', { id: 'd-new', from: plan.events[0].id, to: plan.events[0].id, type: 'finish-to-start' }],
      ['coproduction', { ...plan.coproductions[0], phases: [{ ...plan.coproductions[0].phases[0], end: '2000-01-01' }] }],
      ['partner', { ...plan.partners[0], contacts: [{ name: '', email: 'nope' }], website: 'ftp://x' }],
    ]
    for (const [kind, draft] of drafts) entityIssues(plan, kind, draft).forEach(checkIssue)
    planPropertiesIssues({ title: 'x'.repeat(300), titleLocal: 'y'.repeat(300), homeTimeZone: 'Mars/Base' }).forEach(checkIssue)
    planPropertiesIssues({ title: ' ', homeTimeZone: 'Asia/Shanghai' }).forEach(checkIssue)
  })
})
