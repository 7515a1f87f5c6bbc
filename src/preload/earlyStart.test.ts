import { describe, expect, it } from 'vitest'
import type { CaravanApi } from '../shared/ipc'
import { withEarlyStart } from './earlyStart'

/** An invoke that records its calls and answers each with its channel and call number. */
function recording() {
  const calls: string[] = []
  const invoke = ((channel: string) => {
    calls.push(channel)
    return Promise.resolve(`${channel}#${calls.length}`)
  }) as unknown as CaravanApi['invoke']
  return { calls, invoke }
}

describe('the start plan asked for early', () => {
  it('is asked once as the bridge loads, and that answer is the renderer’s first app:start', async () => {
    const { calls, invoke } = recording()
    const api = withEarlyStart(invoke)
    expect(calls).toEqual(['app:start'])
    expect(await api('app:start', undefined)).toBe('app:start#1')
    expect(calls).toEqual(['app:start'])
  })

  it('asks main again for a later app:start, and passes every other call through', async () => {
    const { calls, invoke } = recording()
    const api = withEarlyStart(invoke)
    expect(await api('recent:list', undefined)).toBe('recent:list#2')
    await api('app:start', undefined)
    expect(await api('app:start', undefined)).toBe('app:start#3')
    expect(calls).toEqual(['app:start', 'recent:list', 'app:start'])
  })
})
