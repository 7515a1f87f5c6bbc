import { describe, expect, it } from 'vitest'
import { frozenSample } from '../../../tests/support/entities'
import { hasUnsavedChanges } from './document'
import { createWorkspaceStore, selectProject } from './store'

const file = { path: '/plans/silk-road.caravan', name: 'silk-road.caravan', hash: 'a'.repeat(64) }

function opened() {
  const store = createWorkspaceStore(() => new Date('2026-12-01T09:00:00Z'))
  store.getState().apply({ type: 'opened', result: { kind: 'opened', file, project: frozenSample() } })
  return store
}

describe('the workspace store', () => {
  it('view settings and the filter are not edits: nothing unsaved, nothing to undo, the document untouched', () => {
    const store = opened()
    const before = selectProject(store.getState())
    store.getState().setView({ zoom: 'day', grouping: 'country', collapsed: { country: ['KZ'] } })
    store.getState().setFilter({ statuses: ['confirmed'] })
    const state = store.getState()
    expect(selectProject(state)).toBe(before)
    expect(hasUnsavedChanges(state)).toBe(false)
    expect(state.doc?.history.past).toHaveLength(0)
    expect(state.view).toMatchObject({ zoom: 'day', grouping: 'country' })
  })

  it('an edit is one undo step and one journal entry; Undo keeps the view', () => {
    const store = opened()
    const event = selectProject(store.getState())!.events[0]!
    store.getState().setView({ zoom: 'week' })
    store.getState().dispatch({ id: 'entity.update', args: { kind: 'event', entity: { ...event, status: 'cancelled' } } })
    expect(hasUnsavedChanges(store.getState())).toBe(true)
    expect(store.getState().doc?.journal.entries).toEqual([expect.objectContaining({ id: 'entity.update', at: '2026-12-01T09:00:00Z' })])
    store.getState().undo()
    expect(hasUnsavedChanges(store.getState())).toBe(false)
    expect(store.getState().view.zoom).toBe('week')
  })

  it('one selection for every view; opening another plan starts with none and with its own view', () => {
    const store = opened()
    store.getState().select(['e-cairo-guqin'])
    store.getState().revealItem('e-nowruz-concert')
    expect(store.getState().selection).toEqual(['e-nowruz-concert'])
    store.getState().apply({ type: 'opened', result: { kind: 'opened', file, project: frozenSample() } })
    expect(store.getState().selection).toEqual([])
    expect(store.getState().view.zoom).toBe('month')
  })

  it('an editor opens over a reference list, and closing it returns there', () => {
    const store = opened()
    store.getState().openDialog({ listing: 'channel' })
    store.getState().openDialog({ editor: { kind: 'channel', id: 'ch-tv', isNew: false } })
    expect(store.getState().dialogs).toMatchObject({ listing: 'channel', editor: { id: 'ch-tv' } })
    store.getState().closeEditor()
    expect(store.getState().dialogs).toMatchObject({ listing: 'channel', editor: null })
  })
})
