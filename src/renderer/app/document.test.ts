import { describe, expect, it } from 'vitest'
import { replayCalls, type CommandCall } from '../../shared/commands'
import { createProject, type Project } from '../../shared/format'
import type { FileInfo } from '../../shared/ipc'
import { currentProject, documentReducer as workspaceReducer, hasUnsavedChanges, initialDocumentState as initialWorkspace, type DocumentAction as WorkspaceAction, type DocumentState as WorkspaceState } from './document'

const file: FileInfo = { path: '/plans/silk-road.caravan', name: 'silk-road.caravan', hash: 'a'.repeat(64) }
const opened = createProject('Silk Road 2027', 'Asia/Shanghai', new Date('2026-11-28T09:30:00Z'))
const renameTo = (title: string): CommandCall => ({ id: 'plan.setProperties', args: { title, homeTimeZone: opened.homeTimeZone } })
const renamed: Project = replayCalls(opened, [renameTo('Silk Road 2028')])
const run = (...actions: WorkspaceAction[]) => actions.reduce<WorkspaceState>(workspaceReducer, initialWorkspace)
const start: WorkspaceAction = { type: 'started', result: { kind: 'opened', file, project: opened } }
const at = '2026-12-01T09:00:00Z'
const rename: WorkspaceAction = { type: 'dispatched', call: renameTo('Silk Road 2028'), at }

describe('workspace', () => {
  it('an opened plan has no unsaved changes; an edit has', () => {
    expect(hasUnsavedChanges(run(start))).toBe(false)
    expect(hasUnsavedChanges(run(start, rename))).toBe(true)
    expect(hasUnsavedChanges(run(start, rename, { type: 'undo' }))).toBe(false)
  })

  it('saving replaces the document with what is on disk without an undo step, and says so', () => {
    const onDisk: Project = { ...renamed, modifiedAt: '2026-11-29T10:00:00Z' }
    const edited = run(start, rename)
    const sent = currentProject(edited)!
    const state = workspaceReducer(edited, { type: 'saved', sent, journalLength: 1, result: { kind: 'saved', file, project: onDisk, changed: true } })
    expect(currentProject(state)).toBe(onDisk)
    expect(state.doc?.journal.savedAt).toBe(1)
    expect(hasUnsavedChanges(state)).toBe(false)
    expect(state.status).toEqual({ key: 'saved', name: 'silk-road.caravan' })
    const undone = workspaceReducer(state, { type: 'undo' })
    expect(currentProject(undone)).toBe(opened)
    expect(hasUnsavedChanges(undone)).toBe(true)
    expect(undone.doc?.journal.entries).toHaveLength(0)
  })

  it('an edit made while a save was under way stays unsaved', () => {
    const edited = run(start, rename)
    const sent = currentProject(edited)!
    const state = [{ type: 'dispatched', call: renameTo('Silk Road 2029'), at } as const, { type: 'saved', sent, journalLength: 1, result: { kind: 'saved', file, project: sent, changed: true } } as const].reduce<WorkspaceState>(
      workspaceReducer,
      edited,
    )
    expect(currentProject(state)?.title).toBe('Silk Road 2029')
    expect(hasUnsavedChanges(state)).toBe(true)
    expect(hasUnsavedChanges(workspaceReducer(state, { type: 'undo' }))).toBe(false)
  })

  it('a new plan is unsaved and has no file', () => {
    const state = run(start, { type: 'created', project: opened })
    expect(state.doc?.file).toBeNull()
    expect(hasUnsavedChanges(state)).toBe(true)
  })

  it('a file that fails to open is shown without losing the plan that was open', () => {
    const failed: WorkspaceAction = {
      type: 'opened',
      result: { kind: 'failed', path: '/plans/broken.caravan', name: 'broken.caravan', errors: [{ path: 'events[0].end', code: 'format.endBeforeStart', values: { end: '2027-05-10', start: '2027-05-12' } }] },
    }
    const state = run(start, rename, failed)
    expect(state.failure?.errors).toHaveLength(1)
    expect(currentProject(state)).toEqual(renamed)
    const back = workspaceReducer(state, { type: 'dismissFailure' })
    expect(back.failure).toBeNull()
    expect(hasUnsavedChanges(back)).toBe(true)
  })

  it('each command is one undo step named by its label, and the journal replays to the plan', () => {
    const state = run(start, rename, { type: 'dispatched', call: renameTo('Silk Road 2029'), at })
    expect(state.doc?.history.past.map((step) => step.label)).toEqual([
      { key: 'renamePlan', values: { title: 'Silk Road 2028' } },
      { key: 'renamePlan', values: { title: 'Silk Road 2029' } },
    ])
    expect(replayCalls(opened, state.doc!.journal.entries)).toEqual(currentProject(state))
    // A command that changes nothing records nothing.
    expect(workspaceReducer(state, { type: 'dispatched', call: renameTo('Silk Road 2029'), at })).toBe(state)
  })

  it('a canceled open changes nothing', () => {
    const state = run(start, rename)
    expect(workspaceReducer(state, { type: 'opened', result: { kind: 'canceled' } })).toEqual(state)
  })

  it('only a change on disk to the open file raises the notice', () => {
    expect(run(start, { type: 'changedOnDisk', path: '/elsewhere/other.caravan' }).changedOnDisk).toBe(false)
    expect(run(start, { type: 'changedOnDisk', path: file.path }).changedOnDisk).toBe(true)
  })

  it('remembers that a file was migrated until it is saved', () => {
    const state = run({ type: 'started', result: { kind: 'opened', file, project: opened, migratedFrom: 0 } })
    expect(state.doc?.migratedFrom).toBe(0)
    const saved = workspaceReducer(state, { type: 'saved', sent: opened, journalLength: 0, result: { kind: 'saved', file, project: opened, changed: true } })
    expect(saved.doc?.migratedFrom).toBeUndefined()
  })
})
