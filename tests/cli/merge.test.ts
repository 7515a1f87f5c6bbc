import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { caravan } from './helpers'

const root = resolve(__dirname, '../..')
const sampleText = readFileSync(join(root, 'resources/sample.caravan'), 'utf8')

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any
const sample = (): Doc => JSON.parse(sampleText)
const text = (doc: Doc): string => `${JSON.stringify(doc, null, 2)}\n`

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-merge-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})


/** Writes base, ours and theirs (the sample with each side's edits) and returns their paths. */
function copies(ours: (doc: Doc) => void, theirs: (doc: Doc) => void): { base: string; ours: string; theirs: string } {
  const files = { base: join(dir, 'base.caravan'), ours: join(dir, 'plan.caravan'), theirs: join(dir, 'plan (Almaty).caravan') }
  writeFileSync(files.base, sampleText)
  const o = sample()
  ours(o)
  writeFileSync(files.ours, text(o))
  const t = sample()
  theirs(t)
  writeFileSync(files.theirs, text(t))
  return files
}

const read = (file: string): Doc => JSON.parse(readFileSync(file, 'utf8'))
const eventOf = (doc: Doc, id: string): Doc => doc.events.find((e: Doc) => e.id === id)

const clean = {
  ours: (doc: Doc) => {
    doc.events[0].title = 'Treasures of the Silk Road: Bronzes of Liaoning'
    doc.events[1].start = '2027-05-12'
    doc.events[1].end = '2027-05-12'
  },
  theirs: (doc: Doc) => {
    doc.events[0].titleLocal = '丝路瑰宝：辽宁古代青铜器展'
    doc.events[2].status = 'confirmed'
  },
}
const conflicting = {
  ours: (doc: Doc) => (doc.events[2].status = 'done'),
  theirs: (doc: Doc) => ((doc.events[2].status = 'cancelled'), (doc.events[4].notes = 'Interpreters booked')),
}

describe('caravan merge', () => {
  it('gives a merge that brings something a new revision descending from both copies', async () => {
    const files = copies(
      (doc) => ((doc.revision = 'r-ours-2'), (doc.lineage = ['r-base']), clean.ours(doc)),
      (doc) => ((doc.revision = 'r-theirs-2'), (doc.lineage = ['r-base']), clean.theirs(doc)),
    )
    const run = await caravan('merge', files.base, files.ours, files.theirs)
    expect(run.status, run.err).toBe(0)
    const merged = read(files.ours)
    expect(merged.revision).toMatch(/^r-\d{8}-\d{4}-[0-9a-f]{8}$/)
    expect(merged.lineage).toEqual(['r-ours-2', 'r-theirs-2', 'r-base'])
  })

  it('merges both copies into OURS, exit 0, and says how many changes came from each', async () => {
    const files = copies(clean.ours, clean.theirs)
    const result = await caravan('merge', files.base, files.ours, files.theirs)
    expect(result).toEqual({ status: 0, out: 'merged: 2 changes from ours, 2 from theirs, 0 conflicts', err: '' })
    const merged = read(files.ours)
    expect(eventOf(merged, 'e-silk-treasures-almaty')).toMatchObject({ title: 'Treasures of the Silk Road: Bronzes of Liaoning', titleLocal: '丝路瑰宝：辽宁古代青铜器展' })
    expect(eventOf(merged, 'e-opening-almaty')).toMatchObject({ start: '2027-05-12', end: '2027-05-12' })
    expect(eventOf(merged, 'e-nowruz-concert').status).toBe('confirmed')
    expect(merged).not.toHaveProperty('mergeConflicts')
    expect((await caravan('validate', files.ours)).status).toBe(0)
  })

  it('leaves a valid plan holding ours and the open conflicts with -o, exit 1, one line per conflict in words', async () => {
    const files = copies(conflicting.ours, conflicting.theirs)
    const before = readFileSync(files.ours, 'utf8')
    const out = join(dir, 'merged.caravan')
    const result = await caravan('merge', files.base, files.ours, files.theirs, '-o', out)
    expect(result.status).toBe(1)
    expect(result.out.split('\n')).toEqual([
      'merged: 0 changes from ours, 1 from theirs, 1 conflict',
      'conflict: event ‘Nowruz & Spring Festival joint concert’ (纳吾肉孜节与春节联合音乐会), status: ours done, theirs cancelled (the file keeps ours)',
    ])
    expect(readFileSync(files.ours, 'utf8')).toBe(before)
    const merged = read(out)
    expect(eventOf(merged, 'e-nowruz-concert').status).toBe('done')
    expect(eventOf(merged, 'e-tashkent-seminar').notes).toBe('Interpreters booked')
    expect(merged.mergeConflicts).toEqual([{ kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', theirs: 'cancelled' }])
    expect((await caravan('validate', out)).status).toBe(0)
  })

  it('names a deleted venue that the other copy newly uses', async () => {
    const files = copies(
      (doc) => {
        doc.venues = doc.venues.filter((v: Doc) => v.id !== 'v-athens-stoa')
        for (const e of doc.events) if (e.venueId === 'v-athens-stoa') delete e.venueId
      },
      (doc) => (eventOf(doc, 'e-cairo-film-week').venueId = 'v-athens-stoa'),
    )
    const result = await caravan('merge', files.base, files.ours, files.theirs)
    expect(result.status).toBe(1)
    expect(result.out).toContain('conflict: venue ‘Stoa Conference Centre’: ours deleted it, theirs newly uses it (the file has it and its new uses deleted)')
    expect(eventOf(read(files.ours), 'e-cairo-film-week').venueId).toBeUndefined()
  })

  it('writes nothing and exits 2 when an input is invalid or missing, or the usage is wrong', async () => {
    const files = copies(clean.ours, (doc) => (doc.events[0].end = '2020-01-01'))
    const before = readFileSync(files.ours, 'utf8')
    const invalid = await caravan('merge', files.base, files.ours, files.theirs)
    expect(invalid.status).toBe(2)
    expect(invalid.err).toContain(`${files.theirs}: events[0].end: ends before it starts`)
    expect(invalid.err).toContain('nothing was merged or written')
    const missing = await caravan('merge', files.base, files.ours, join(dir, 'gone.caravan'))
    expect(missing.status).toBe(2)
    expect(missing.err).toContain('does not exist or was moved')
    expect(readFileSync(files.ours, 'utf8')).toBe(before)
    expect((await caravan('merge', files.base, files.ours)).status).toBe(2)
    expect((await caravan('merge', files.base, files.ours, files.theirs, '--fast')).status).toBe(2)
    expect((await caravan('merge', files.base, files.ours, files.theirs, '-o')).status).toBe(2)
    expect(readFileSync(files.ours, 'utf8')).toBe(before)
  })
})

describe('caravan diff', () => {
  it('prints the changes in planner language, or as JSON', async () => {
    const files = copies(clean.ours, (doc) => (doc.partners = doc.partners.filter((p: Doc) => p.id !== 'p-islamabad-council')) && doc.events.forEach((e: Doc) => (e.partnerIds = e.partnerIds.filter((id: string) => id !== 'p-islamabad-council'))))
    const words = await caravan('diff', files.base, files.ours)
    expect(words).toEqual({
      status: 0,
      out: [
        'changed event ‘Treasures of the Silk Road: Bronzes of Liaoning’ (丝路瑰宝：辽宁青铜器展): renamed from “Treasures of the Silk Road: Liaoning Bronzes” to “Treasures of the Silk Road: Bronzes of Liaoning”',
        'changed event ‘Exhibition opening ceremony, Almaty’ (阿拉木图开幕式): moved to 12 May 2027',
      ].join('\n'),
      err: '',
    })
    const deleted = await caravan('diff', files.base, files.theirs)
    expect(deleted.out.split('\n')).toContain('deleted partner ‘Islamabad Arts Council’')
    const json = await caravan('diff', files.base, files.ours, '--json')
    expect(JSON.parse(json.out).map((d: Doc) => [d.op, d.id, d.fields.map((f: Doc) => f.field)])).toEqual([
      ['edit', 'e-silk-treasures-almaty', ['title']],
      ['edit', 'e-opening-almaty', ['start', 'end']],
    ])
    expect((await caravan('diff', files.base, files.base)).out).toBe('no changes')
    expect((await caravan('diff', files.base)).status).toBe(2)
  })
})

describe('caravan merge as a git merge driver', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-tools.mjs'], { cwd: root, stdio: 'pipe' })
  })

  function git(repo: string, ...args: string[]): { status: number | null; out: string } {
    const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } })
    return { status: run.status, out: `${run.stdout}${run.stderr}` }
  }

  /** A repository whose plan was edited on two branches, with the README's two lines of setup. */
  function repository(ours: (doc: Doc) => void, theirs: (doc: Doc) => void): string {
    const repo = join(dir, 'repo')
    execFileSync('git', ['init', '-q', '-b', 'main', repo])
    writeFileSync(join(repo, '.gitattributes'), '*.caravan merge=caravan\n')
    const driver = `"${process.execPath}" "${join(root, 'bin/caravan.mjs')}" merge %O %A %B`
    expect(git(repo, 'config', 'merge.caravan.driver', driver).status).toBe(0)
    writeFileSync(join(repo, 'plan.caravan'), sampleText)
    git(repo, 'add', '.')
    git(repo, 'commit', '-qm', 'plan')
    git(repo, 'checkout', '-qb', 'almaty')
    const t = sample()
    theirs(t)
    writeFileSync(join(repo, 'plan.caravan'), text(t))
    git(repo, 'commit', '-qam', 'Almaty edits')
    git(repo, 'checkout', '-q', 'main')
    const o = sample()
    ours(o)
    writeFileSync(join(repo, 'plan.caravan'), text(o))
    git(repo, 'commit', '-qam', 'our edits')
    return repo
  }

  it('merges two branches that edited one plan, both edits in the result', () => {
    const repo = repository(clean.ours, clean.theirs)
    const merge = git(repo, 'merge', '--no-edit', 'almaty')
    expect(merge.status, merge.out).toBe(0)
    const merged = read(join(repo, 'plan.caravan'))
    expect(eventOf(merged, 'e-silk-treasures-almaty')).toMatchObject({ title: 'Treasures of the Silk Road: Bronzes of Liaoning', titleLocal: '丝路瑰宝：辽宁古代青铜器展' })
    expect(eventOf(merged, 'e-nowruz-concert').status).toBe('confirmed')
    const check = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', join(repo, 'plan.caravan')], { cwd: root, encoding: 'utf8' })
    expect(check.status).toBe(0)
  })

  it('leaves a valid plan and a conflict to resolve when both branches changed one field', () => {
    const repo = repository(conflicting.ours, conflicting.theirs)
    const merge = git(repo, 'merge', '--no-edit', 'almaty')
    expect(merge.status).toBe(1)
    expect(merge.out).toContain('conflict: event ‘Nowruz & Spring Festival joint concert’')
    expect(git(repo, 'status', '--porcelain').out).toContain('UU plan.caravan')
    const check = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', join(repo, 'plan.caravan')], { cwd: root, encoding: 'utf8' })
    expect(check.status).toBe(0)
    const merged = read(join(repo, 'plan.caravan'))
    expect(eventOf(merged, 'e-nowruz-concert').status).toBe('done')
    expect(eventOf(merged, 'e-tashkent-seminar').notes).toBe('Interpreters booked')
    expect(merged.mergeConflicts).toHaveLength(1)
  })
})
