// The recovery journal on a real temp folder: what one Caravan writes while it has unsaved edits
// is offered to the next one, a save or clean close removes it, and junk is ignored.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RecoveryJournal } from '../../src/main/recovery'
import type { RecoveryDraft } from '../../src/shared/ipc'
import { frozenSample } from '../support/entities'
import { removeTempFolders, tempFolder } from './helpers'

afterEach(removeTempFolders)

const draft = (): RecoveryDraft => {
  const project = frozenSample()
  return { planId: project.id, title: project.title, path: '/plans/tour.caravan', baseHash: 'a'.repeat(64), calls: [{ id: 'entity.delete', args: { id: 'e-x' }, at: '2026-12-01T09:00:00Z' }], projectJson: JSON.stringify(project, null, 1), count: 1, lastLabel: { key: 'deleteEvent', values: { name: 'X' } } }
}

describe('the recovery journal', () => {
  it('offers what a stopped Caravan left, without its bulky parts, and gives it whole on request', async () => {
    const folder = await tempFolder()
    const before = new RecoveryJournal(folder, () => new Date('2026-12-01T10:42:00Z'))
    await before.write('window-1', draft())
    expect(await before.list()).toEqual([])
    const after = new RecoveryJournal(folder)
    const [entry, ...rest] = await after.list()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ title: 'Liaoning culture along the Silk Road, 2027', count: 1, at: '2026-12-01T10:42:00.000Z', lastLabel: { key: 'deleteEvent' } })
    expect(entry).not.toHaveProperty('project')
    expect(entry).not.toHaveProperty('calls')
    const whole = await after.take(entry!.id)
    expect(whole?.calls).toHaveLength(1)
    expect(whole?.project).toEqual(frozenSample())
    await after.discard(entry!.id)
    expect(await after.list()).toEqual([])
  })

  it('a save or a clean close leaves nothing behind', async () => {
    const folder = await tempFolder()
    const journal = new RecoveryJournal(folder)
    await journal.write('window-1', draft())
    await journal.write('window-1', { ...draft(), count: 2 })
    await journal.clear('window-1')
    expect(await readdir(join(folder, 'recovery'))).toEqual([])
  })

  it('leaves alone the entries of another Caravan that is still running, and ignores junk', async () => {
    const folder = await tempFolder()
    await mkdir(join(folder, 'recovery'))
    const { projectJson, ...meta } = draft()
    const alive = { ...meta, project: JSON.parse(projectJson) as unknown, id: 'x', pid: process.ppid, host: hostname(), at: '2026-12-01T09:00:00Z' }
    await writeFile(join(folder, 'recovery', 'mq0-0000aaaa.json'), JSON.stringify(alive))
    await writeFile(join(folder, 'recovery', 'mq0-0000bbbb.json'), '{ not json')
    await writeFile(join(folder, 'recovery', 'notes.txt'), 'hello')
    const journal = new RecoveryJournal(folder)
    expect(await journal.list()).toEqual([])
    expect(await journal.take('../../etc/passwd')).toBeNull()
  })
})
