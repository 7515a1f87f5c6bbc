// The window's start (app/start.ts): the start plan is opened into the store with its remembered
// view before the first render; a plan in use is left to the window's question; nothing leaves
// the window at "Opening the plan…".
import { describe, expect, it } from 'vitest'
import { createProject } from '../../src/shared/format'
import type { CaravanApi } from '../../src/shared/ipc'
import { openStart } from '../../src/renderer/app/start'
import { createWorkspaceStore, selectProject } from '../../src/renderer/app/store'

const project = createProject('Silk Road film week', 'Asia/Shanghai')
const opened = { kind: 'opened', path: '/plans/film.caravan', name: 'film.caravan', project } as const

/** An api answering app:start and view:get as given, recording the calls. */
function fakeApi(answers: { start: () => Promise<unknown>; view?: () => Promise<unknown> }) {
  const calls: string[] = []
  const invoke = ((channel: string) => {
    calls.push(channel)
    if (channel === 'app:start') return answers.start()
    if (channel === 'view:get') return (answers.view ?? (() => Promise.resolve(null)))()
    return Promise.resolve(undefined)
  }) as CaravanApi['invoke']
  return { api: { host: 'web', platform: 'linux', invoke, on: () => () => undefined, pathOfDropped: () => '' } as unknown as CaravanApi, calls }
}

describe('the start plan, opened before the first render', () => {
  it('is in the store with the view its user last had on it', async () => {
    const { api, calls } = fakeApi({ start: async () => opened, view: async () => ({ view: { grouping: 'country' }, filter: null }) })
    const store = createWorkspaceStore()
    expect(store.getState().starting).toBe(true)
    expect(await openStart(api, store)).toBeNull()
    expect(store.getState().starting).toBe(false)
    expect(selectProject(store.getState())?.title).toBe('Silk Road film week')
    expect(store.getState().view.grouping).toBe('country')
    expect(calls).toEqual(['app:start', 'view:get'])
  })

  it('leaves a plan someone else has open to the window, which asks what to do', async () => {
    const inUse = { kind: 'inUse', path: '/plans/film.caravan', name: 'film.caravan', by: { user: 'li.wei', host: 'office-3', since: '2026-12-01T09:00:00Z' } }
    const { api } = fakeApi({ start: async () => inUse })
    const store = createWorkspaceStore()
    expect(await openStart(api, store)).toEqual(inUse)
    expect(store.getState().starting).toBe(true)
  })

  it('shows why when main cannot answer, or when showing the plan fails, instead of "Opening the plan…" for ever', async () => {
    const refused = fakeApi({ start: () => Promise.reject(new Error('connection refused')) })
    const store = createWorkspaceStore()
    await openStart(refused.api, store)
    expect(store.getState().starting).toBe(false)
    expect(JSON.stringify(store.getState().failure?.errors)).toContain('connection refused')

    // The remembered filter cannot be applied (a store that throws stands in for any such fault).
    const broken = fakeApi({ start: async () => opened, view: async () => ({ view: {}, filter: { text: 'film' } }) })
    const second = createWorkspaceStore()
    second.setState({ setFilter: () => { throw new Error('filter broke') } })
    await openStart(broken.api, second)
    expect(second.getState().starting).toBe(false)
    expect(JSON.stringify(second.getState().failure?.errors)).toContain('filter broke')
  })
})
