import { describe, expect, it } from 'vitest'
import {
  HISTORY_LIMIT,
  commit,
  createHistory,
  isDirty,
  markSaved,
  redo,
  redoLabel,
  replacePresent,
  undo,
  undoLabel,
} from './history'

interface Doc {
  title: string
}
const opened: Doc = { title: 'Silk Road 2027' }
const renamed: Doc = { title: 'Silk Road 2028' }
const renamedAgain: Doc = { title: 'Steppe Road' }

describe('history', () => {
  it('an opened file has nothing to undo or redo and no unsaved changes', () => {
    const history = createHistory(opened, { saved: true })
    expect(undoLabel(history)).toBeUndefined()
    expect(redoLabel(history)).toBeUndefined()
    expect(isDirty(history)).toBe(false)
  })

  it('a new plan counts as unsaved until it is saved', () => {
    const history = createHistory(opened, { saved: false })
    expect(isDirty(history)).toBe(true)
    expect(isDirty(markSaved(history))).toBe(false)
  })

  it('an edit can be undone and redone under its label', () => {
    const edited = commit(createHistory(opened, { saved: true }), renamed, 'Rename plan')
    expect(edited.present).toBe(renamed)
    expect(undoLabel(edited)).toBe('Rename plan')
    expect(isDirty(edited)).toBe(true)

    const undone = undo(edited)
    expect(undone.present).toBe(opened)
    expect(redoLabel(undone)).toBe('Rename plan')
    expect(undoLabel(undone)).toBeUndefined()

    const redone = redo(undone)
    expect(redone.present).toBe(renamed)
    expect(undoLabel(redone)).toBe('Rename plan')
    expect(redoLabel(redone)).toBeUndefined()
  })

  it('undoing back to the saved document is clean again, redoing is dirty again', () => {
    const edited = commit(createHistory(opened, { saved: true }), renamed, 'Rename plan')
    expect(isDirty(undo(edited))).toBe(false)
    expect(isDirty(redo(undo(edited)))).toBe(true)
  })

  it('after saving, undoing past the save point is dirty', () => {
    const saved = markSaved(commit(createHistory(opened, { saved: true }), renamed, 'Rename plan'))
    expect(isDirty(saved)).toBe(false)
    expect(isDirty(undo(saved))).toBe(true)
    expect(isDirty(redo(undo(saved)))).toBe(false)
  })

  it('committing the present document records nothing', () => {
    const history = createHistory(opened, { saved: true })
    expect(commit(history, opened, 'Rename plan')).toBe(history)
  })

  it('a new edit after undo clears redo', () => {
    const history = commit(undo(commit(createHistory(opened, { saved: true }), renamed, 'A')), renamedAgain, 'B')
    expect(history.present).toBe(renamedAgain)
    expect(redoLabel(history)).toBeUndefined()
    expect(undo(history).present).toBe(opened)
  })

  it('undo and redo with nothing to do return the same history', () => {
    const history = createHistory(opened, { saved: true })
    expect(undo(history)).toBe(history)
    expect(redo(history)).toBe(history)
  })

  it('replacing the saved present after a save records no step and stays clean', () => {
    const edited = commit(createHistory(opened, { saved: true }), renamed, 'Rename plan')
    const fromDisk: Doc = { ...renamed }
    const saved = markSaved(replacePresent(edited, fromDisk))
    expect(saved.present).toBe(fromDisk)
    expect(saved.past).toHaveLength(1)
    expect(isDirty(saved)).toBe(false)
    expect(undo(saved).present).toBe(opened)
  })

  it('replacing a clean present keeps it clean', () => {
    const history = createHistory(opened, { saved: true })
    const fromDisk: Doc = { ...opened }
    expect(isDirty(replacePresent(history, fromDisk))).toBe(false)
  })

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = createHistory<Doc>(opened, { saved: true })
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = commit(history, { title: `v${i}` }, `step ${i}`)
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    let steps = 0
    while (undoLabel(history) !== undefined) {
      history = undo(history)
      steps++
    }
    expect(steps).toBe(HISTORY_LIMIT)
    expect(history.present).toEqual({ title: 'v4' })
  })

  it('never mutates the history it is given', () => {
    const history = commit(createHistory(opened, { saved: true }), renamed, 'Rename plan')
    const frozen = JSON.stringify(history)
    undo(history)
    redo(undo(history))
    commit(history, renamedAgain, 'again')
    markSaved(replacePresent(history, renamedAgain))
    expect(JSON.stringify(history)).toBe(frozen)
  })
})
