// The slow tier (vitest.slow.config.ts, run by `npm test`): files near the size cap that used to
// kill the process (a fatal "invalid size" in V8) or stall it for many seconds, and fuzzing a big plan.
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatePlan, serializeProject } from '../../src/shared/format'
import { readProjectFile } from '../../src/main/store/readProject'
import { mutations, readsWithin } from './fuzz'
import { englishIssue } from '../../src/locales/english'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-big-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('big files under the size cap', () => {
  it('refuses 130 MB of "[" as nested too deeply, without crashing the process', async () => {
    const file = join(dir, 'brackets.caravan')
    writeFileSync(file, Buffer.alloc(130 * 2 ** 20, '['))
    const outcome = await readsWithin(20_000, readProjectFile(file))
    expect(outcome.kind === 'ok' ? [] : outcome.errors.map(englishIssue)).toEqual([expect.stringContaining('nested too deeply at line 1, column 201')])
  })

  it('refuses a file over the cap by its size, before reading it', async () => {
    const file = join(dir, 'huge.caravan')
    writeFileSync(file, Buffer.alloc(257 * 2 ** 20, ' '))
    const outcome = await readsWithin(20_000, readProjectFile(file))
    expect(outcome.kind === 'ok' ? [] : outcome.errors.map(englishIssue)).toEqual([expect.stringContaining('at 257 MB it is far larger than any plan')])
  })

  it('answers mutations of a 1,000-event plan with a result', async () => {
    const plan = Buffer.from(serializeProject(generatePlan({ events: 1000, seed: 5 })))
    let n = 0
    await fc.assert(
      fc.asyncProperty(mutations(plan), async (mutate) => {
        const file = join(dir, `big-fuzz-${n++}.caravan`)
        writeFileSync(file, mutate(plan))
        const outcome = await readsWithin(20_000, readProjectFile(file))
        expect(['ok', 'invalid', 'unreadable']).toContain(outcome.kind)
      }),
      { numRuns: 40 },
    )
  })
})
