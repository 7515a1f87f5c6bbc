// Issue 8: the reader, fed random and mutated bytes from real files, always answers with a result
// (never throws past it) and never hangs. Bigger inputs run in the slow tier (*.slow.test.ts).
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readProjectFile } from '../../src/main/store/readProject'
import { sampleFile } from '../main/helpers'
import { mutations, readsWithin } from './fuzz'
import { englishIssue } from '../../src/locales/english'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-fuzz-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const sample = readFileSync(sampleFile)
let n = 0

async function readBack(bytes: Uint8Array): Promise<void> {
  const file = join(dir, `fuzz-${n++}.caravan`)
  writeFileSync(file, bytes)
  const outcome = await readsWithin(5_000, readProjectFile(file))
  expect(['ok', 'invalid', 'unreadable']).toContain(outcome.kind)
  if (outcome.kind !== 'ok') {
    expect(outcome.errors.length).toBeGreaterThan(0)
    for (const issue of outcome.errors) expect(englishIssue(issue)).toMatch(/\S/)
  }
}

describe('the reader under fuzzing', () => {
  it('answers random bytes with a result, never a throw or a hang', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), readBack), { numRuns: 200 })
  })

  it('answers mutations of a real plan (flips, cuts, repeats, deep nesting, bad UTF-8, repeated keys) with a result', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(sample), (mutate) => readBack(mutate(sample))),
      { numRuns: 300 },
    )
  })
})
