// Version history on real temp folders: every save that changes a plan gives it a new revision and
// keeps the saved version; pruning keeps the newest and one a day; links and junk are left alone.
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { VersionHistory, versionsToPrune } from '../../src/main/versions'
import { serializeProject, type Project } from '../../src/shared/format'
import type { OpenResult, SaveResult } from '../../src/shared/ipc'
import { frozenSample } from '../support/entities'
import { bytes, removeTempFolders, sampleFile, startApp, tempFolder, win } from './helpers'

afterEach(removeTempFolders)

function opened(result: OpenResult): Extract<OpenResult, { kind: 'opened' }> {
  if (result.kind !== 'opened') throw new Error(`expected the plan to open, got ${JSON.stringify(result)}`)
  return result
}
function saved(result: SaveResult): Extract<SaveResult, { kind: 'saved' }> {
  if (result.kind !== 'saved') throw new Error(`expected the plan to be saved, got ${JSON.stringify(result)}`)
  return result
}

const day = 86_400_000

describe('pruning the version history', () => {
  const now = new Date('2026-12-01T12:00:00Z')
  // One version every 6 hours for 200 days, newest first.
  const versions = Array.from({ length: 800 }, (_, i) => ({ id: `v${i}`, at: new Date(now.getTime() - i * day / 4).toISOString() }))

  it('keeps the newest and one a day within the days kept, and nothing older', () => {
    const gone = new Set(versionsToPrune(versions, { recent: 50, days: 90 }, now))
    const kept = versions.filter((v) => !gone.has(v.id))
    expect(kept.slice(0, 50)).toEqual(versions.slice(0, 50))
    const older = kept.slice(50)
    const days = older.map((v) => v.at.slice(0, 10))
    expect(new Set(days).size).toBe(days.length)
    expect(older.every((v) => now.getTime() - new Date(v.at).getTime() <= 90 * day)).toBe(true)
    // Every one of the 90 days still has a version.
    const allDays = new Set(kept.map((v) => v.at.slice(0, 10)))
    expect(allDays.size).toBeGreaterThanOrEqual(90)
  })

  it('follows the setting', () => {
    expect(versionsToPrune(versions, { recent: 5, days: 0 }, now)).toHaveLength(795)
  })
})

describe('the version history folder', () => {
  it('keeps each version with a note of what changed, newest first, and reads it back', async () => {
    const folder = await tempFolder()
    let clock = new Date('2026-12-01T09:00:00Z')
    const history = new VersionHistory(folder, () => clock)
    const first = frozenSample()
    const second: Project = { ...first, revision: 'r-2', events: first.events.map((e, i) => (i === 0 ? { ...e, status: 'cancelled' } : e)) }
    await history.keep(first, serializeProject(first), undefined, { recent: 50, days: 90 })
    clock = new Date('2026-12-01T10:00:00Z')
    await history.keep(second, serializeProject(second), first, { recent: 50, days: 90 })
    const list = await history.list(first.id)
    expect(list.map((v) => v.at)).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-01T09:00:00.000Z'])
    expect(list[1]!.first).toBe(true)
    expect(list[0]!.changes).toEqual([{ op: 'edit', kind: 'event', id: first.events[0]!.id, name: first.events[0]!.title, ...(first.events[0]!.titleLocal ? { nameLocal: first.events[0]!.titleLocal } : {}), fields: ['status'], now: { status: 'cancelled' } }])
    expect(list[0]!.counts.events).toBe(first.events.length)
    expect((await history.read(first.id, list[0]!.id))?.events[0]!.status).toBe('cancelled')
    expect((await history.find(first.id, 'r-2'))?.revision).toBe('r-2')
    expect(await history.find(first.id, 'r-unknown')).toBeNull()
  })

  it('prunes as it keeps', async () => {
    const folder = await tempFolder()
    let clock = new Date('2026-12-01T09:00:00Z')
    const history = new VersionHistory(folder, () => clock)
    const plan = frozenSample()
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + 60_000)
      await history.keep({ ...plan, title: `Plan ${i}` }, undefined, undefined, { recent: 3, days: 0 })
    }
    expect((await history.list(plan.id)).map((v) => v.title)).toEqual(['Plan 4', 'Plan 3', 'Plan 2'])
    expect(await readdir(join(folder, 'versions', plan.id))).toHaveLength(6)
  })

  it('never reads or writes through a link planted in its folder, and refuses names it did not make', async () => {
    const folder = await tempFolder()
    const elsewhere = await tempFolder()
    const plan = frozenSample()
    await mkdir(join(folder, 'versions'), { recursive: true })
    await symlink(elsewhere, join(folder, 'versions', plan.id))
    const history = new VersionHistory(folder)
    await history.keep(plan, undefined, undefined, { recent: 50, days: 90 })
    expect(await readdir(elsewhere)).toEqual([])
    expect(await history.list(plan.id)).toEqual([])
    expect(await history.read(plan.id, '../../settings')).toBeNull()
    expect(await history.read('../x', '20261201T090000000Z-00000000')).toBeNull()
  })

  it('ignores notes that are not its own', async () => {
    const folder = await tempFolder()
    const plan = frozenSample()
    await mkdir(join(folder, 'versions', plan.id), { recursive: true })
    await writeFile(join(folder, 'versions', plan.id, '20261201T090000000Z-0000abcd.json'), '{ not json')
    await writeFile(join(folder, 'versions', plan.id, 'notes.txt'), 'hello')
    expect(await new VersionHistory(folder).list(plan.id)).toEqual([])
  })
})

describe('saving through main', () => {
  it('gives each changed save a new revision and keeps it, and leaves an unchanged plan byte for byte', async () => {
    const plans = await tempFolder('caravan-plans-')
    const plan = join(plans, 'plan.caravan')
    await copyFile(sampleFile, plan)
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project } = opened(await app.handlers['project:open'](undefined, win))
    const save = async (p: Project) => saved(await app.handlers['project:save']({ project: p, saveAs: false, overwrite: false }, win))

    const one = await save({ ...project, title: 'One' })
    expect(one.project.revision).toMatch(/^r-\d{8}-\d{4}-[a-z0-9]{4,}$/)
    expect(one.project.lineage).toBeUndefined()
    const two = await save({ ...one.project, title: 'Two' })
    expect(two.project.lineage).toEqual([one.project.revision])
    // An edit made while a save was under way still carries the revision before it: the parent is what is on disk.
    const three = await save({ ...one.project, title: 'Three' })
    expect(three.project.lineage).toEqual([two.project.revision, one.project.revision])
    expect(JSON.parse(await readFile(plan, 'utf8')).revision).toBe(three.project.revision)

    const before = await bytes(plan)
    const same = await save(three.project)
    expect(same.changed).toBe(false)
    expect(await bytes(plan)).toEqual(before)

    const versions = await app.handlers['versions:list']({ planId: project.id }, win)
    expect(versions.map((v) => v.title)).toEqual(['Three', 'Two', 'One'])
    expect(versions[0]!.changes).toEqual([{ op: 'edit', kind: 'project', id: project.id, name: 'Three', ...(project.titleLocal ? { nameLocal: project.titleLocal } : {}), fields: ['title'], now: { title: 'Three' } }])
    const first = await app.handlers['versions:read']({ planId: project.id, id: versions[2]!.id }, win)
    expect(first?.title).toBe('One')
    expect((await app.handlers['versions:find']({ planId: project.id, revision: two.project.revision! }, win))?.title).toBe('Two')
  })
})
