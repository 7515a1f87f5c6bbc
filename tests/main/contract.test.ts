import { afterEach, describe, expect, it } from 'vitest'
import { createListenerHub } from '../../src/preload/listeners'
import { argSchemas } from '../../src/shared/ipcArgs'
import { channels, isChannel, isEventName } from '../../src/shared/ipc'
import { removeTempFolders, startApp } from './helpers'

afterEach(removeTempFolders)

describe('the contract names', () => {
  it('refuse names outside the contract, including inherited object keys', () => {
    expect(isChannel('project:save')).toBe(true)
    expect(isChannel('constructor')).toBe(false)
    expect(isChannel(42)).toBe(false)
    expect(isEventName('__proto__')).toBe(false)
    expect(isEventName('menu:command')).toBe(true)
  })
})

describe('every channel of the contract', () => {
  it('has a handler in main and an argument check', async () => {
    const app = await startApp()
    expect(Object.keys(app.handlers).sort()).toEqual([...channels].sort())
    expect(Object.keys(argSchemas).sort()).toEqual([...channels].sort())
  })
})

describe('window.caravan.on', () => {
  it('delivers events to every listener until it stops listening', () => {
    const hub = createListenerHub()
    const heard: string[] = []
    const stop = hub.on('menu:command', ({ command }) => heard.push(`a:${command}`))
    hub.on('menu:command', ({ command }) => heard.push(`b:${command}`))
    hub.emit('menu:command', { command: 'file.save' })
    stop()
    hub.emit('menu:command', { command: 'file.open' })
    expect(heard).toEqual(['a:file.save', 'b:file.save', 'b:file.open'])
  })

  it('keeps an event sent before anyone listened for the first listener', async () => {
    const hub = createListenerHub()
    hub.emit('app:close-requested', undefined)
    const heard = await new Promise<string>((resolve) => hub.on('app:close-requested', () => resolve('asked')))
    expect(heard).toBe('asked')
  })

  it('refuses to listen to an event the contract does not name', () => {
    const hub = createListenerHub()
    expect(() => hub.on('shell:exec' as 'menu:command', () => undefined)).toThrow(/unknown event "shell:exec"/)
  })
})
