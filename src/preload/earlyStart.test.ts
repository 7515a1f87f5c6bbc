import { describe, expect, it } from 'vitest'
import type { CaravanApi } from '../shared/ipc'
import { withEarlyStart } from './earlyStart'

/** An invoke that records its calls and answers each like main would, numbered. */
function recording(start: unknown = { kind: 'opened', project: { id: 'plan-1' } }) {
  const calls: string[] = []
  const invoke = ((channel: string, args: unknown) => {
    calls.push(args === undefined ? channel : `${channel} ${JSON.stringify(args)}`)
    return Promise.resolve(channel === 'app:start' ? start : `${channel}#${calls.length}`)
  }) as unknown as CaravanApi['invoke']
  return { calls, invoke }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('what the window needs first, asked early', () => {
  it('asks for the start plan and the settings as the bridge loads, and the start plan’s view as soon as the plan is there', async () => {
    const { calls, invoke } = recording()
    withEarlyStart(invoke)
    expect(calls).toEqual(['app:start', 'settings:get'])
    await settle()
    expect(calls).toEqual(['app:start', 'settings:get', 'view:get {"planId":"plan-1"}'])
  })

  it('gives those answers to the renderer’s first calls without asking main again', async () => {
    const { calls, invoke } = recording()
    const api = withEarlyStart(invoke)
    expect(await api('app:start', undefined)).toEqual({ kind: 'opened', project: { id: 'plan-1' } })
    expect(await api('settings:get', undefined)).toBe('settings:get#2')
    expect(await api('view:get', { planId: 'plan-1' })).toBe('view:get#3')
    expect(calls).toHaveLength(3)
  })

  it('asks main again for later calls, for another plan’s view, and after a change', async () => {
    const { calls, invoke } = recording()
    const api = withEarlyStart(invoke)
    await api('app:start', undefined)
    expect(await api('app:start', undefined)).toEqual({ kind: 'opened', project: { id: 'plan-1' } })
    expect(await api('view:get', { planId: 'plan-2' })).toBe('view:get#5')
    await api('settings:set', { language: 'zh-CN' })
    expect(await api('settings:get', undefined)).toBe('settings:get#7')
    expect(await api('recent:list', undefined)).toBe('recent:list#8')
    expect(calls.slice(3)).toEqual(['app:start', 'view:get {"planId":"plan-2"}', 'settings:set {"language":"zh-CN"}', 'settings:get', 'recent:list'])
  })

  it('asks for no view when the start has no plan, and a changed view is asked for again', async () => {
    const empty = recording({ kind: 'empty' })
    withEarlyStart(empty.invoke)
    await settle()
    expect(empty.calls).toEqual(['app:start', 'settings:get'])

    const { calls, invoke } = recording()
    const api = withEarlyStart(invoke)
    await settle()
    await api('view:set', { planId: 'plan-1', view: {}, filter: {} })
    expect(await api('view:get', { planId: 'plan-1' })).toBe('view:get#5')
    expect(calls).toHaveLength(5)
  })
})
