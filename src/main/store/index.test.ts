import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createProject, parseProject, serializeProject } from '../../shared/format'
import type { Project } from '../../shared/format'
import { fileExists, hashText, openProjectFile, saveProjectFile } from './index'
import { DurableProjectFile, ProjectFormatError } from './projectFile'

const sample = resolve(__dirname, '../../../resources/sample.caravan')
const sampleText = readFileSync(sample, 'utf8')

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-store-'))
  file = join(dir, 'silk-road.caravan')
  copyFileSync(sample, file)
  // An old mtime, so a write that should not happen would show.
  utimesSync(file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function open(path = file): Promise<{ project: Project; hash: string }> {
  const opened = await openProjectFile(path)
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
  return opened
}

const renamed = (project: Project, title: string): Project => ({ ...project, title })

describe('openProjectFile', () => {
  it('opens the sample plan with the hash of its bytes', async () => {
    const opened = await openProjectFile(file)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.path).toBe(file)
    expect(opened.hash).toBe(hashText(sampleText))
    expect(opened.project.title).toBe('Liaoning culture along the Silk Road, 2027')
  })

  it('says a missing file does not exist or was moved', async () => {
    const missing = join(dir, 'gone.caravan')
    const opened = await openProjectFile(missing)
    expect(opened).toEqual({ ok: false, path: missing, errors: [{ path: '', code: 'store.readMissing', values: { file: missing } }] })
  })

  it('says a folder is not a Caravan file', async () => {
    const opened = await openProjectFile(dir)
    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.errors).toEqual([{ path: '', code: 'store.readIsFolder', values: { file: dir } }])
  })

  it('refuses a file that is not text or not a plan, with readable whole-file errors', async () => {
    const binary = join(dir, 'photo.caravan')
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))
    const notText = await openProjectFile(binary)
    expect(notText.ok).toBe(false)
    if (!notText.ok) expect(notText.errors[0]).toEqual({ path: '', code: 'store.notUtf8At', values: { file: binary, line: 1, column: 1 } })

    const notes = join(dir, 'notes.caravan')
    writeFileSync(notes, 'shopping list: tea\n')
    const notJson = await openProjectFile(notes)
    expect(notJson.ok).toBe(false)
    if (!notJson.ok) expect(notJson.errors.length).toBeGreaterThan(0)
  })

  it('opens a file again as it is now: the same version from memory, an outside edit or a broken copy read afresh', async () => {
    const first = await open()
    // Several opens at once (the window's own while the start plan is read ahead) agree.
    const together = await Promise.all([open(), open(), openProjectFile(file).then(() => open())])
    for (const opened of together) expect(opened).toEqual(first)
    // An outside edit of the same size, in place: the next open shows it.
    const edited = sampleText.replace('Liaoning culture along the Silk Road, 2027', 'Liaoning culture along the Silk Road, 2028')
    expect(edited.length).toBe(sampleText.length)
    writeFileSync(file, edited)
    const again = await open()
    expect(again.project.title).toBe('Liaoning culture along the Silk Road, 2028')
    expect(again.hash).toBe(hashText(edited))
    // A copy that no longer reads is reported, never answered with the plan read before.
    writeFileSync(file, edited.slice(0, 200))
    const broken = await openProjectFile(file)
    expect(broken.ok).toBe(false)
  })

  it('knows whether a file exists', async () => {
    expect(await fileExists(file)).toBe(true)
    expect(await fileExists(join(dir, 'nope.caravan'))).toBe(false)
    expect(await fileExists(dir)).toBe(false)
  })
})

describe('saveProjectFile', () => {
  it('round-trips the sample byte for byte, into a new file too', async () => {
    const { project, hash } = await open()
    const copy = join(dir, 'copy.caravan')
    const saved = await saveProjectFile(copy, project, { keepModifiedAt: true })
    expect(saved).toMatchObject({ ok: true, changed: true, hash })
    expect(readFileSync(copy, 'utf8')).toBe(sampleText)
    expect(existsSync(`${copy}.bak`)).toBe(false)
  })

  it('writes nothing when the plan is unchanged: same bytes, same mtime, no backup', async () => {
    const { project, hash } = await open()
    const before = statSync(file).mtimeMs
    const saved = await saveProjectFile(file, { ...project, modifiedAt: '2030-01-01T00:00:00Z' }, { expectedHash: hash, now: new Date('2031-05-05T05:05:05Z') })
    expect(saved).toEqual({ ok: true, path: file, project, hash, changed: false })
    expect(readFileSync(file, 'utf8')).toBe(sampleText)
    expect(statSync(file).mtimeMs).toBe(before)
    expect(existsSync(`${file}.bak`)).toBe(false)
    expect(readdirSync(dir)).toEqual(['silk-road.caravan'])
  })

  it('stamps modifiedAt on an edit and keeps the previous version as .bak', async () => {
    const { project, hash } = await open()
    const saved = await saveProjectFile(file, renamed(project, 'Silk Road 2027, revised'), { expectedHash: hash, now: new Date('2026-12-01T10:20:30.456Z') })
    expect(saved.ok && saved.changed).toBe(true)
    if (!saved.ok) return
    const onDisk = readFileSync(file, 'utf8')
    expect(saved.project.modifiedAt).toBe('2026-12-01T10:20:30Z')
    expect(saved.project.title).toBe('Silk Road 2027, revised')
    expect(saved.hash).toBe(hashText(onDisk))
    expect(onDisk).toBe(serializeProject(saved.project))
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(sampleText)
    expect([statSync(file).nlink, statSync(`${file}.bak`).nlink]).toEqual([1, 1])
    // A one-field edit is a small diff: the title and modifiedAt lines.
    const changedLines = onDisk.split('\n').filter((line, i) => line !== sampleText.split('\n')[i])
    expect(changedLines).toEqual(['  "title": "Silk Road 2027, revised",', '  "modifiedAt": "2026-12-01T10:20:30Z",'])
  })

  it('keeps modifiedAt when asked to (formatting is not an edit)', async () => {
    const { project } = await open()
    const saved = await saveProjectFile(file, renamed(project, 'Other title'), { keepModifiedAt: true })
    expect(saved.ok && saved.project.modifiedAt).toBe(project.modifiedAt)
  })

  it('refuses an invalid plan with its JSON path and leaves the file untouched', async () => {
    const { project } = await open()
    const first = project.events[0]
    if (!first) throw new Error('the sample has events')
    const broken: Project = { ...project, events: [{ ...first, start: '2027-05-12', end: '2027-05-10' }, ...project.events.slice(1)] }
    const saved = await saveProjectFile(file, broken)
    expect(saved.ok).toBe(false)
    if (saved.ok) return
    expect(saved.reason).toBe('invalid')
    expect(saved.errors.map((e) => e.path)).toContain('events[0].end')
    expect(readFileSync(file, 'utf8')).toBe(sampleText)
    expect(readdirSync(dir)).toEqual(['silk-road.caravan'])
  })

  it('reports a conflict when someone else changed the file, and writes nothing', async () => {
    const { project, hash } = await open()
    const theirs = sampleText.replace('Liaoning culture along the Silk Road, 2027', 'Edited by a colleague')
    writeFileSync(file, theirs)
    const saved = await saveProjectFile(file, renamed(project, 'Mine'), { expectedHash: hash })
    expect(saved).toMatchObject({ ok: false, reason: 'conflict', errors: [{ path: '' }] })
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    expect(existsSync(`${file}.bak`)).toBe(false)
    // Saving over it on purpose (no expected hash) works, and the colleague's version is the backup.
    const forced = await saveProjectFile(file, renamed(project, 'Mine'))
    expect(forced.ok).toBe(true)
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(theirs)
  })

  it('notices an outside edit of the same size right after our own save, in place and in time', async () => {
    const { project, hash } = await open()
    const mine = await saveProjectFile(file, renamed(project, 'Mine one'), { expectedHash: hash })
    expect(mine.ok).toBe(true)
    if (!mine.ok) return
    // Same length, same second: only the content (and the nanosecond mtime) differ.
    const theirs = readFileSync(file, 'utf8').replace('Mine one', 'Mine two')
    writeFileSync(file, theirs)
    const again = await saveProjectFile(file, renamed(mine.project, 'Mine three'), { expectedHash: mine.hash })
    expect(again).toMatchObject({ ok: false, reason: 'conflict' })
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    // And an unchanged save compares with what is really on disk now, not with what we wrote.
    const unchanged = await saveProjectFile(file, mine.project)
    expect(unchanged).toMatchObject({ ok: true, changed: true })
    expect(readFileSync(file, 'utf8')).toContain('"title": "Mine one"')
  })

  it('reports a conflict when the file was deleted since it was opened', async () => {
    const { project, hash } = await open()
    await rm(file)
    const saved = await saveProjectFile(file, project, { expectedHash: hash })
    expect(saved).toMatchObject({ ok: false, reason: 'conflict' })
    expect(existsSync(file)).toBe(false)
  })

  it('says so when the folder does not exist', async () => {
    const { project } = await open()
    const saved = await saveProjectFile(join(dir, 'no-such-folder', 'plan.caravan'), project)
    expect(saved).toMatchObject({ ok: false, reason: 'io', errors: [{ path: '', code: 'store.writeNoFolder', values: { file: join(dir, 'no-such-folder', 'plan.caravan'), folder: join(dir, 'no-such-folder') } }] })
  })

  it('lands 20 concurrent saves of different versions, in call order, each on disk when reported', async () => {
    const { project } = await open()
    const versions = Array.from({ length: 20 }, (_, i) => renamed(project, `Version ${i}`))
    const seen: string[] = []
    const saves = versions.map((version, i) =>
      saveProjectFile(file, version, { now: new Date(Date.UTC(2027, 0, 1, 0, 0, i)) }).then((saved) => {
        const onDisk = readFileSync(file, 'utf8')
        seen.push(parseProject(onDisk).ok ? JSON.parse(onDisk).title : 'unreadable')
        expect(saved.ok && saved.changed && saved.hash === hashText(onDisk)).toBe(true)
      }),
    )
    await Promise.all(saves)
    expect(seen).toEqual(versions.map((v) => v.title))
    const final = await open()
    expect(final.project.title).toBe('Version 19')
    expect(final.project.modifiedAt).toBe('2027-01-01T00:00:19Z')
    expect((JSON.parse(readFileSync(`${file}.bak`, 'utf8')) as Project).title).toBe('Version 18')
    expect(readdirSync(dir).sort()).toEqual(['silk-road.caravan', 'silk-road.caravan.bak'])
  })

  it('rewrites a file that holds the same plan in another layout', async () => {
    const { project } = await open()
    writeFileSync(file, JSON.stringify(JSON.parse(sampleText), null, 4))
    const saved = await saveProjectFile(file, project, { keepModifiedAt: true })
    expect(saved.ok && saved.changed).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(sampleText)
  })
})

describe('DurableProjectFile with lowdb', () => {
  it('reads and writes a plan through Low, refusing one that would not read back', async () => {
    const db = new Low<Project>(new DurableProjectFile(file), createProject('Empty', 'UTC'))
    await db.read()
    expect(db.data.title).toBe('Liaoning culture along the Silk Road, 2027')
    db.data = { ...db.data, title: 'Written through lowdb' }
    await db.write()
    expect((await open()).project.title).toBe('Written through lowdb')

    const adapter = new DurableProjectFile(file)
    const before = readFileSync(file, 'utf8')
    const bad = { ...db.data, homeTimeZone: 'Mars/Olympus_Mons' }
    await expect(adapter.write(bad)).rejects.toBeInstanceOf(ProjectFormatError)
    await expect(adapter.write(bad)).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'homeTimeZone' })] })
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('throws readable issues for a file that is not a plan', async () => {
    mkdirSync(join(dir, 'sub'))
    const other = join(dir, 'sub', 'other.caravan')
    writeFileSync(other, '{"format":"something.else"}')
    await expect(new DurableProjectFile(other).read()).rejects.toBeInstanceOf(ProjectFormatError)
  })
})
