// Issue 8, item 1: whatever the store writes, the reader reads back to the same document. Text
// fields get arbitrary Unicode, U+FFFD included (it is text); only bytes that are not UTF-8 are refused.
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatePlan, serializeProject, type Project } from '../../src/shared/format'
import { openProjectFile, saveProjectFile } from '../../src/main/store'
import { englishIssue } from '../../src/locales/english'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-roundtrip-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Free-text fields of the format (names, titles, notes…); ids, dates and codes keep their shape. */
const requiredText = new Set(['title', 'name'])
const optionalText = new Set(['titleLocal', 'notes', 'nameLocal', 'role', 'phone', 'address', 'description', 'city'])

/** Any code point (never a lone surrogate), with U+FFFD, controls and line ends made common. */
const unit = fc.oneof(fc.constantFrom('\uFFFD', '\u0000', '\n', '\r', '"', '\\', '\u2028', '\uFEFF', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
const text = (minLength: number): fc.Arbitrary<string> => fc.string({ unit, minLength, maxLength: 40 })

/** The plan with every free-text field replaced, in walk order, by the next of `texts`. */
function withTexts(plan: Project, required: string[], optional: string[]): Project {
  let r = 0
  let o = 0
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (typeof value !== 'object' || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && requiredText.has(key)) out[key] = required[r++ % required.length]
      else if (typeof v === 'string' && optionalText.has(key)) out[key] = optional[o++ % optional.length]
      else out[key] = walk(v)
    }
    return out
  }
  return walk(plan) as Project
}

describe('the store and the reader agree', () => {
  it('every plan the store writes opens again as the same document (arbitrary Unicode in every text field)', async () => {
    let run = 0
    let written = 0
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(text(1), { minLength: 1, maxLength: 8 }),
        fc.array(text(0), { minLength: 1, maxLength: 8 }),
        async (seed, required, optional) => {
          const plan = withTexts(generatePlan({ events: 6, seed }), required, optional)
          const file = join(dir, `plan-${run++}.caravan`)
          const saved = await saveProjectFile(file, plan)
          // What the validator refuses (a title of only spaces…) is never written; that is fine.
          if (!saved.ok) {
            expect(saved.reason).toBe('invalid')
            return
          }
          written++
          const text = readFileSync(file, 'utf8')
          const opened = await openProjectFile(file)
          // The same document: the JSON the store wrote, the hash it reported, and the same bytes when written again.
          expect(opened.ok ? opened.project : opened.errors).toEqual(JSON.parse(text))
          if (!opened.ok) return
          expect(opened.hash).toBe(saved.hash)
          expect(serializeProject(opened.project)).toBe(text)
          expect(opened.project.title).toBe(saved.project.title)
        },
      ),
      { numRuns: 120 },
    )
    // Most plans are valid: the property is not passed by refusing everything.
    expect(written).toBeGreaterThan(60)
  })

  it('keeps a U+FFFD that is in the text: saved, reopened, unchanged', async () => {
    const plan = generatePlan({ events: 3, seed: 7 })
    const edited = { ...plan, events: plan.events.map((e, i) => (i === 0 ? { ...e, notes: 'scanned: \uFFFD' } : e)) }
    const file = join(dir, 'scanned.caravan')
    expect((await saveProjectFile(file, edited)).ok).toBe(true)
    const opened = await openProjectFile(file)
    expect(opened.ok && opened.project.events[0]?.notes).toBe('scanned: \uFFFD')
  })

  it('refuses bytes that are not UTF-8, saying where and what to do', async () => {
    const file = join(dir, 'gbk.caravan')
    // "Almaty" then 0xB0 0xA1 (GBK for 啊) on line 2.
    writeFileSync(file, Buffer.concat([Buffer.from('{\n  "title": "Almaty '), Buffer.from([0xb0, 0xa1]), Buffer.from('"\n}\n')]))
    const opened = await openProjectFile(file)
    expect(opened.ok).toBe(false)
    if (!opened.ok) expect(opened.errors.map(englishIssue)).toEqual([expect.stringMatching(/not UTF-8 text \(unreadable characters at line 2, column 20\).*GBK/)])
  })
})
