// Issue 8, items 6–8: files that are not plans never hang or exhaust the reader, and the reader
// refuses what JSON.parse would let through silently (a key written twice, a reference listed twice).
import { execFileSync } from 'node:child_process'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generatePlan, serializeProject } from '../../src/shared/format'
import { openProjectFile, saveProjectFile } from '../../src/main/store'
import { readProjectFile } from '../../src/main/store/readProject'
import { sampleFile } from '../main/helpers'
import { englishIssue } from '../../src/locales/english'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-reader-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** Resolves with `work`'s result, or with 'still waiting' when it has not settled after `ms`: a hang shows as a value, not a stuck test. */
function within<T>(ms: number, work: Promise<T>): Promise<T | 'still waiting'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'still waiting'>((done) => (timer = setTimeout(() => done('still waiting'), ms)))
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

const messagesOf = (result: Awaited<ReturnType<typeof openProjectFile>> | 'still waiting'): string[] =>
  result === 'still waiting' ? ['still waiting'] : result.ok ? [] : result.errors.map(englishIssue)

describe('opening what is not a plan file (item 6)', () => {
  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = join(dir, 'pipe.caravan')
    execFileSync('mkfifo', [fifo])
    expect(messagesOf(await within(5_000, openProjectFile(fifo)))).toEqual([expect.stringMatching(/pipe.caravan is not a Caravan file: it is a device, a pipe or a socket/)])
  })

  it('keeps opening plans while four FIFOs are being opened', async () => {
    const fifos = [1, 2, 3, 4].map((i) => join(dir, `pipe-${i}.caravan`))
    for (const fifo of fifos) execFileSync('mkfifo', [fifo])
    const plan = join(dir, 'plan.caravan')
    writeFileSync(plan, readFileSync(sampleFile))
    const stuck = fifos.map((fifo) => openProjectFile(fifo))
    const opened = await within(5_000, openProjectFile(plan))
    expect(opened !== 'still waiting' && opened.ok).toBe(true)
    for (const result of await within(5_000, Promise.all(stuck)).then((r) => (r === 'still waiting' ? [r] : r))) expect(messagesOf(result)).toHaveLength(1)
  })

  it('refuses a .caravan link to /dev/zero (size 0, endless bytes) without reading it', async () => {
    const link = join(dir, 'zero.caravan')
    symlinkSync('/dev/zero', link)
    expect(messagesOf(await within(5_000, openProjectFile(link)))).toEqual([expect.stringMatching(/zero.caravan is not a Caravan file: it is a device/)])
  })

  it('refuses JSON nested too deeply before parsing it, naming the place', async () => {
    const deep = join(dir, 'deep.caravan')
    writeFileSync(deep, '['.repeat(20 * 2 ** 20))
    expect(messagesOf(await within(10_000, openProjectFile(deep)))).toEqual(['This is not a Caravan project file: it is nested too deeply at line 1, column 201 (more than 200 levels).'])
    const valid = join(dir, 'valid-but-deep.caravan')
    writeFileSync(valid, `{"format":"caravan.project","formatVersion":1,\n"x":${'['.repeat(300_000)}${']'.repeat(300_000)}}`)
    expect(messagesOf(await within(10_000, openProjectFile(valid)))).toEqual([expect.stringContaining('nested too deeply at line 2, column 204')])
  })

  it('a save onto a FIFO says so instead of hanging', async () => {
    const fifo = join(dir, 'pipe.caravan')
    execFileSync('mkfifo', [fifo])
    const saved = await within(5_000, saveProjectFile(fifo, generatePlan({ events: 1, seed: 1 }), { expectedHash: 'x' }))
    expect(saved === 'still waiting' ? saved : saved.ok).toBe(false)
  })
})

describe('what JSON.parse would let through (items 7 and 8)', () => {
  it('refuses a key written twice, naming the path (the first value would be dropped at the next save)', async () => {
    const text = readFileSync(sampleFile, 'utf8')
    const plan = JSON.parse(text) as { events: { title: string }[] }
    const title = `"title": ${JSON.stringify(plan.events[2]!.title)},`
    const twice = join(dir, 'twice.caravan')
    let seen = 0
    writeFileSync(twice, text.replace(/"title": "[^"]*",/g, (m) => (m === title && seen++ === 0 ? `${m}\n      "title": "Second title",` : m)))
    const opened = await openProjectFile(twice)
    expect(opened.ok ? [] : opened.errors.map(englishIssue)).toEqual([expect.stringMatching(/^events\[2\]\.title: the key "title" appears twice \(again at line \d+, column 7\); keep one$/)])
    // caravan validate says the same.
    const cli = await readProjectFile(twice)
    expect(cli.kind).toBe('invalid')
  })

  it('refuses a reference listed twice anywhere in a long list, not only among the first 64', async () => {
    const base = generatePlan({ events: 1, seed: 3 })
    const partner = base.partners[0]!
    const partners = Array.from({ length: 70 }, (_, i) => ({ ...partner, id: `p-many-${i}`, name: `Partner ${i}`, contacts: [] }))
    const ids = partners.map((p) => p.id)
    const event = { ...base.events[0]!, partnerIds: [...ids.slice(0, 68), ids[66]!] }
    const file = join(dir, 'long-list.caravan')
    writeFileSync(file, serializeProject({ ...base, partners: [...base.partners, ...partners], events: [event] }))
    expect(messagesOf(await openProjectFile(file))).toEqual(['events[0].partnerIds[68]: "p-many-66" is listed twice'])
  })
})
