import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { InvokeError, invokeChecked } from '../../src/main/handlers'
import { channels } from '../../src/shared/ipc'
import { argSchemas } from '../../src/shared/ipcArgs'
import { snapshot } from '../support/folders'
import { removeTempFolders, startApp, win } from './helpers'

afterEach(removeTempFolders)

async function refusal(call: Promise<unknown>): Promise<InvokeError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof InvokeError)) throw new Error(`expected the call to be refused, got ${String(error)}`)
  return error
}

describe('invokeChecked', () => {
  it('refuses a channel the contract does not list', async () => {
    const app = await startApp()
    const error = await refusal(invokeChecked(app.handlers, 'fs:delete-everything', undefined, win))
    expect(error.reason).toBe('unknown-channel')
    expect(error.message).toContain('fs:delete-everything')
  })

  it('refuses inherited object keys as channels', async () => {
    const app = await startApp()
    expect((await refusal(invokeChecked(app.handlers, 'constructor', undefined, win))).reason).toBe('unknown-channel')
  })

  it('refuses wrong arguments before any handler runs, naming the field', async () => {
    const app = await startApp()
    const error = await refusal(invokeChecked(app.handlers, 'window:state', { title: 42, dirty: true }, win))
    expect(error.reason).toBe('invalid-args')
    expect(error.message).toMatch(/window:state.*title/)
    expect(app.windowStates).toEqual([])
  })

  it('refuses a save whose project is not an object, and arguments for calls that take none', async () => {
    const app = await startApp()
    expect((await refusal(invokeChecked(app.handlers, 'project:save', { project: 'x', saveAs: false, overwrite: false }, win))).reason).toBe('invalid-args')
    expect((await refusal(invokeChecked(app.handlers, 'project:save', { project: {}, saveAs: 'yes', overwrite: false }, win))).message).toContain('saveAs')
    expect((await refusal(invokeChecked(app.handlers, 'app:start', { evil: true }, win))).reason).toBe('invalid-args')
  })

  it('refuses a recovery draft whose document text is not a JSON object', async () => {
    const app = await startApp()
    const draft = { planId: 'p-1', title: 'Plan', count: 1 }
    for (const projectJson of ['', '[1, 2]', '"plan"', '{"events": [', 'events: []}']) {
      expect((await refusal(invokeChecked(app.handlers, 'recovery:write', { ...draft, projectJson }, win))).message).toContain('projectJson')
    }
    await expect(invokeChecked(app.handlers, 'recovery:write', { ...draft, projectJson: ' {"id": "p-1"}\n' }, win)).resolves.toBeUndefined()
  })

  it('runs the handler with checked arguments', async () => {
    const app = await startApp()
    await expect(invokeChecked(app.handlers, 'window:state', { title: 'Plan', dirty: false }, win)).resolves.toBeUndefined()
    expect(app.windowStates).toEqual([{ sender: win.sender, title: 'Plan', dirty: false }])
  })
})

describe('invokeChecked with any wrong arguments', () => {
  it('refuses them on every channel and changes nothing: no file, no window state, no event, no dialog', async () => {
    const app = await startApp()
    // A window with a plan open and view settings saved: there is something to change.
    await invokeChecked(app.handlers, 'app:start', undefined, win)
    await invokeChecked(app.handlers, 'view:set', { planId: 'p1', view: { zoom: 'week' }, filter: null }, win)
    const before = await snapshot(app.root)
    expect(Object.keys(before).length).toBeGreaterThan(1)
    const eventsBefore = app.events.length
    const statesBefore = app.windowStates.length

    const wrong = fc.constantFrom(...channels).chain((channel) =>
      fc
        .oneof(fc.anything(), fc.dictionary(fc.constantFrom('planId', 'path', 'paths', 'project', 'saveAs', 'title', 'dirty', 'menus', 'view', 'filter', 'missing'), fc.anything()))
        .filter((args) => !argSchemas[channel].safeParse(args).success)
        .map((args) => ({ channel, args })),
    )
    await fc.assert(
      fc.asyncProperty(wrong, async ({ channel, args }) => {
        expect((await refusal(invokeChecked(app.handlers, channel, args, win))).reason).toBe('invalid-args')
      }),
      { numRuns: 300 },
    )
    expect(await snapshot(app.root)).toEqual(before)
    expect(app.events.length).toBe(eventsBefore)
    expect(app.windowStates.length).toBe(statesBefore)
    expect(app.closed).toEqual([])
    expect(app.dialogs.requests()).toEqual([])
  })
})
