import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleCopyPath } from '../../src/main/handlers'
import type { Project } from '../../src/shared/format'
import type { OpenResult, SaveResult, StartResult } from '../../src/shared/ipc'
import { bytes, removeTempFolders, sampleFile, startApp, tempFolder, text, win } from './helpers'

afterEach(removeTempFolders)

function opened(result: StartResult | OpenResult): Extract<OpenResult, { kind: 'opened' }> {
  if (result.kind !== 'opened') throw new Error(`expected the plan to open, got ${JSON.stringify(result)}`)
  return result
}
function saved(result: SaveResult): Extract<SaveResult, { kind: 'saved' }> {
  if (result.kind !== 'saved') throw new Error(`expected the plan to be saved, got ${JSON.stringify(result)}`)
  return result
}

/** A folder holding a copy of the sample plan, as a user's own file. */
async function planFile(name = 'plan.caravan'): Promise<string> {
  const folder = await tempFolder('caravan-plans-')
  const path = join(folder, name)
  await copyFile(sampleFile, path)
  return path
}

describe('app:start', () => {
  it('on first start copies the sample plan into Documents/Caravan and opens the copy, leaving the bundled sample untouched', async () => {
    const before = await bytes(sampleFile)
    const app = await startApp()
    const result = opened(await app.handlers['app:start'](undefined, win))

    const copy = sampleCopyPath(app.documentsDir)
    expect(result.file.path).toBe(copy)
    expect(result.file.name).toBe('Silk Road 2027 (sample).caravan')
    expect(await bytes(copy)).toEqual(before)
    expect(await bytes(sampleFile)).toEqual(before)
    expect(result.project.title).toBe('Liaoning culture along the Silk Road, 2027')
  })

  it('reopens the last plan on the next start', async () => {
    const plan = await planFile()
    const first = await startApp()
    first.dialogs.queueOpen([plan])
    opened(await first.handlers['project:open'](undefined, win))

    const next = await startApp({ root: first.root })
    expect(opened(await next.handlers['app:start'](undefined, win)).file.path).toBe(plan)
  })

  it('opens an existing sample copy instead of overwriting it', async () => {
    const app = await startApp()
    const copy = sampleCopyPath(app.documentsDir)
    await mkdir(join(app.documentsDir, 'Caravan'), { recursive: true })
    const own = (await text(sampleFile)).replace('Liaoning culture along the Silk Road, 2027', 'My edited sample')
    await writeFile(copy, own)

    const result = opened(await app.handlers['app:start'](undefined, win))
    expect(result.project.title).toBe('My edited sample')
    expect(await text(copy)).toBe(own)
  })

  it('opens the file named on the command line', async () => {
    const plan = await planFile('from-command-line.caravan')
    const app = await startApp({ startFile: plan })
    expect(opened(await app.handlers['app:start'](undefined, win)).file.name).toBe('from-command-line.caravan')
  })

  it('starts with a new plan when the last plan was deleted', async () => {
    const plan = await planFile()
    const first = await startApp()
    first.dialogs.queueOpen([plan])
    opened(await first.handlers['project:open'](undefined, win))
    await rm(plan)

    const next = await startApp({ root: first.root })
    expect(await next.handlers['app:start'](undefined, win)).toEqual({ kind: 'empty' })
  })

  it('reports a command-line file that is not a Caravan plan, naming it', async () => {
    const folder = await tempFolder()
    const bad = join(folder, 'notes.caravan')
    await writeFile(bad, 'shopping list')
    const app = await startApp({ startFile: bad })
    const result = await app.handlers['app:start'](undefined, win)
    expect(result).toMatchObject({ kind: 'failed', path: bad, name: 'notes.caravan' })
    expect(result.kind === 'failed' && result.errors.length).toBeGreaterThan(0)
  })
})

describe('project:open', () => {
  it('does nothing when the user cancels the dialog', async () => {
    const app = await startApp()
    expect(await app.handlers['project:open'](undefined, win)).toEqual({ kind: 'canceled' })
    expect(app.dialogs.requests()).toEqual([{ kind: 'open' }])
  })

  it('explains why a broken file cannot be opened', async () => {
    const folder = await tempFolder()
    const broken = join(folder, 'broken.caravan')
    await writeFile(broken, (await text(sampleFile)).replace('"formatVersion": 1', '"formatVersion": 99'))
    const app = await startApp()
    app.dialogs.queueOpen([broken])
    const result = await app.handlers['project:open'](undefined, win)
    expect(result).toMatchObject({ kind: 'failed', name: 'broken.caravan' })
    expect(JSON.stringify(result)).toMatch(/99/)
  })
})

describe('project:readOther', () => {
  it('reads another copy to merge while the window keeps its own file and recent list', async () => {
    const plan = await planFile()
    const other = await planFile('plan (Almaty).caravan')
    const app = await startApp()
    app.dialogs.queueOpen([plan, other])
    const { project } = opened(await app.handlers['project:open'](undefined, win))
    const read = opened(await app.handlers['project:readOther'](undefined, win))
    expect(read.file.name).toBe('plan (Almaty).caravan')
    expect(read.project.title).toBe(project.title)
    const result = saved(await app.handlers['project:save']({ project: { ...project, title: 'Merged' }, saveAs: false, overwrite: false }, win))
    expect(result.file.path).toBe(plan)
    expect((await app.handlers['recent:list'](undefined, win)).map((r) => r.path)).toEqual([plan])
    expect(await app.handlers['project:readOther'](undefined, win)).toEqual({ kind: 'canceled' })
  })
})

describe('project:save', () => {
  it('saves an edit to the open file and reads it back', async () => {
    const plan = await planFile()
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project, file } = opened(await app.handlers['project:open'](undefined, win))

    const edited: Project = { ...project, title: 'Silk Road, revised' }
    const result = saved(await app.handlers['project:save']({ project: edited, saveAs: false, overwrite: false }, win))
    expect(result.changed).toBe(true)
    expect(result.file.path).toBe(plan)
    expect(result.file.hash).not.toBe(file.hash)
    expect(app.dialogs.requests()).toEqual([{ kind: 'open' }])

    app.dialogs.queueOpen([plan])
    expect(opened(await app.handlers['project:open'](undefined, win)).project.title).toBe('Silk Road, revised')
  })

  it('leaves the file byte for byte as it was when nothing changed', async () => {
    const plan = await planFile()
    const before = await bytes(plan)
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project, file } = opened(await app.handlers['project:open'](undefined, win))

    const result = saved(await app.handlers['project:save']({ project, saveAs: false, overwrite: false }, win))
    expect(result.changed).toBe(false)
    expect(result.file.hash).toBe(file.hash)
    expect(await bytes(plan)).toEqual(before)
  })

  it('asks where to save a plan that has no file yet, proposing its title as the name', async () => {
    const app = await startApp()
    app.dialogs.queueOpen([sampleFile])
    const { project } = opened(await app.handlers['project:open'](undefined, win))
    await app.handlers['project:forget'](undefined, win)

    const folder = await tempFolder()
    const target = join(folder, 'new-plan.caravan')
    app.dialogs.queueSave([target])
    const result = saved(await app.handlers['project:save']({ project: { ...project, title: 'Film week: Cairo / Alexandria' }, saveAs: false, overwrite: false }, win))
    expect(result.file).toMatchObject({ path: target, name: 'new-plan.caravan' })
    expect(app.dialogs.requests().at(-1)).toEqual({ kind: 'save', suggestedName: 'Film week Cairo Alexandria.caravan' })
    expect(JSON.parse(await text(target)).title).toBe('Film week: Cairo / Alexandria')
  })

  it('writes nothing when the user cancels the save dialog', async () => {
    const plan = await planFile()
    const before = await bytes(plan)
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project } = opened(await app.handlers['project:open'](undefined, win))

    const edited = { ...project, title: 'Not saved' }
    expect(await app.handlers['project:save']({ project: edited, saveAs: true, overwrite: false }, win)).toEqual({ kind: 'canceled' })
    expect((await readdir(join(plan, '..'))).filter((name) => !name.startsWith('.~lock.'))).toEqual(['plan.caravan'])
    expect(await bytes(plan)).toEqual(before)
  })

  it('Save As writes a new file, leaves the old one alone, and later saves go to the new file', async () => {
    const plan = await planFile()
    const before = await bytes(plan)
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project } = opened(await app.handlers['project:open'](undefined, win))

    const copy = join(await tempFolder(), 'copy.caravan')
    app.dialogs.queueSave([copy])
    const first = saved(await app.handlers['project:save']({ project, saveAs: true, overwrite: false }, win))
    expect(first.file.path).toBe(copy)
    expect(app.dialogs.requests().at(-1)).toEqual({ kind: 'save', suggestedName: 'plan.caravan' })

    saved(await app.handlers['project:save']({ project: { ...first.project, title: 'Second draft' }, saveAs: false, overwrite: false }, win))
    expect(JSON.parse(await text(copy)).title).toBe('Second draft')
    expect(await bytes(plan)).toEqual(before)
  })

  it('refuses an invalid plan with readable errors and writes nothing', async () => {
    const plan = await planFile()
    const before = await bytes(plan)
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project } = opened(await app.handlers['project:open'](undefined, win))

    const [firstEvent] = project.events
    if (!firstEvent) throw new Error('the sample plan has events')
    const broken = { ...project, events: [{ ...firstEvent, end: '1999-01-01' }, ...project.events.slice(1)] }
    const result = await app.handlers['project:save']({ project: broken as Project, saveAs: false, overwrite: false }, win)
    expect(result).toMatchObject({ kind: 'failed', path: plan, name: 'plan.caravan' })
    expect(result.kind === 'failed' && result.errors.map((e) => e.path)).toContain('events[0].end')
    expect(await bytes(plan)).toEqual(before)
    expect((await readdir(join(plan, '..'))).filter((name) => !name.startsWith('.~lock.'))).toEqual(['plan.caravan'])
  })

  it('does not overwrite a file someone else changed since it was opened, unless told to', async () => {
    const plan = await planFile()
    const app = await startApp()
    app.dialogs.queueOpen([plan])
    const { project } = opened(await app.handlers['project:open'](undefined, win))

    const theirs = (await text(plan)).replace('Liaoning culture along the Silk Road, 2027', 'Their version')
    await writeFile(plan, theirs)
    const mine = { ...project, title: 'My version' }
    expect(await app.handlers['project:save']({ project: mine, saveAs: false, overwrite: false }, win)).toEqual({ kind: 'conflict', path: plan, name: 'plan.caravan' })
    expect(await text(plan)).toBe(theirs)

    saved(await app.handlers['project:save']({ project: mine, saveAs: false, overwrite: true }, win))
    expect(JSON.parse(await text(plan)).title).toBe('My version')
  })
})

describe('windows', () => {
  it('passes the title and unsaved-changes marker on, and remembers them for the close question', async () => {
    const app = await startApp()
    await app.handlers['window:state']({ title: 'Silk Road', dirty: true }, win)
    expect(app.windowStates).toEqual([{ sender: win.sender, title: 'Silk Road', dirty: true }])
    expect(app.sessions.isDirty(win.sender)).toBe(true)
    expect(app.sessions.isDirty('another-window')).toBe(false)
  })

  it('closes the window the renderer asked for', async () => {
    const app = await startApp()
    await app.handlers['window:close'](undefined, win)
    expect(app.closed).toEqual([win.sender])
  })

  it('keeps each window on its own file', async () => {
    const a = await planFile('a.caravan')
    const b = await planFile('b.caravan')
    const app = await startApp()
    app.dialogs.queueOpen([a, b])
    const fromA = opened(await app.handlers['project:open'](undefined, { sender: 'A' }))
    opened(await app.handlers['project:open'](undefined, { sender: 'B' }))

    saved(await app.handlers['project:save']({ project: { ...fromA.project, title: 'Only A' }, saveAs: false, overwrite: false }, { sender: 'A' }))
    expect(JSON.parse(await text(a)).title).toBe('Only A')
    expect(JSON.parse(await text(b)).title).toBe('Liaoning culture along the Silk Road, 2027')
  })
})
