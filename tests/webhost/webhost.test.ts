import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/main/csp'
import { startWebHost, WebHostError, type WebHost } from '../../src/host/web/server'
import { versionWritesSettled } from '../../src/main/versionKeeper'
import { channels } from '../../src/shared/ipc'
import { fixture, listen, raw, sampleFile } from './helpers'

let files: Awaited<ReturnType<typeof fixture>>
let host: WebHost
let plan: string
let dataDir: string

beforeAll(async () => {
  files = await fixture()
})
afterAll(() => files.remove())

async function start(): Promise<WebHost> {
  dataDir = await mkdtemp(join(tmpdir(), 'caravan-webhost-data-'))
  plan = join(dataDir, 'tour.caravan')
  await copyFile(sampleFile, plan)
  host = await startWebHost({ file: plan, dataDir, rendererDir: files.rendererDir, bridgeFile: files.bridgeFile, watchDebounceMs: 50, testControl: true })
  return host
}
afterEach(async () => {
  await host?.close()
  await versionWritesSettled()
  await rm(dataDir, { recursive: true, force: true })
})

const json = (value: unknown): string => JSON.stringify(value)
function invoke(channel: string, args?: unknown, token = host.token): Promise<{ status: number; body: string }> {
  return raw(host.origin, `/__caravan/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Caravan-Token': token },
    body: json({ args }),
  })
}
function control(path: string, body: unknown): Promise<{ status: number; body: string }> {
  return raw(host.origin, `/__caravan/test/${path}`, { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: json(body) })
}

describe('the web host', () => {
  it('answers every channel of the contract (none is refused as unknown)', async () => {
    await start()
    for (const channel of channels) {
      const answer = await invoke(channel, undefined)
      expect(answer.status, `${channel}: ${answer.body}`).not.toBe(404)
    }
    expect((await invoke('shell:exec', undefined)).status).toBe(404)
  })

  it('listens on loopback only and gives an address with the token', async () => {
    await start()
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
    expect(host.file).toBe(plan)
  })

  it('serves index.html with the bridge deferred before the app script (it runs first, and the page does not wait for it), the CSP and no caching', async () => {
    await start()
    const page = await raw(host.origin, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy)
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const bridgeAt = page.body.indexOf('<script defer src="/__caravan/bridge.js"></script>')
    expect(bridgeAt).toBeGreaterThan(0)
    expect(bridgeAt).toBeLessThan(page.body.indexOf('<script type="module"'))
  })

  it('serves the app files and the bridge with their content types', async () => {
    await start()
    const script = await raw(host.origin, '/assets/app.js')
    expect(script).toMatchObject({ status: 200, body: 'document.title = "app loaded"\n' })
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await raw(host.origin, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8')
    const bridge = await raw(host.origin, '/__caravan/bridge.js')
    expect(bridge.status).toBe(200)
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(bridge.body).toBe(await readFile(files.bridgeFile, 'utf8'))
    expect((await raw(host.origin, '/assets/missing.js')).status).toBe(404)
  })

  it('never serves a file outside the renderer folder', async () => {
    await start()
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const answer = await raw(host.origin, path)
      expect(answer.status, path).toBeGreaterThanOrEqual(400)
      expect(answer.body, path).not.toContain('top secret')
    }
  })

  it('refuses calls without the token or with a wrong one', async () => {
    await start()
    const none = await raw(host.origin, '/__caravan/invoke/app:start', { method: 'POST', body: '{}' })
    expect(none.status).toBe(403)
    expect(JSON.parse(none.body).error).toMatch(/token/)
    expect((await invoke('app:start', undefined, 'x'.repeat(host.token.length))).status).toBe(403)
    expect((await invoke('app:start', undefined, 'short')).status).toBe(403)
    expect((await raw(host.origin, '/__caravan/events')).status).toBe(403)
    expect((await raw(host.origin, '/__caravan/events?token=wrong')).status).toBe(403)
    expect((await raw(host.origin, '/__caravan/test/menu', { method: 'POST', body: json({ command: 'file.save' }) })).status).toBe(403)
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    await start()
    expect((await raw(host.origin, '/', { headers: { Host: `evil.example:${host.port}` } })).status).toBe(403)
  })

  it('answers the contract: start opens the plan, a save writes it', async () => {
    await start()
    const started = await invoke('app:start')
    expect(started.status).toBe(200)
    const { result } = JSON.parse(started.body)
    expect(result).toMatchObject({ kind: 'opened', file: { path: plan, name: 'tour.caravan' } })

    const project = { ...result.project, title: 'Tour, saved over HTTP' }
    const saved = JSON.parse((await invoke('project:save', { project, saveAs: false, overwrite: false })).body)
    expect(saved.result).toMatchObject({ kind: 'saved', changed: true, file: { path: plan } })
    expect(JSON.parse(await readFile(plan, 'utf8')).title).toBe('Tour, saved over HTTP')

    expect(JSON.parse((await invoke('project:forget')).body)).toEqual({ result: null })
  })

  it('explains refused calls: unknown channels and wrong arguments', async () => {
    await start()
    const unknown = await invoke('fs:read', undefined)
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error).toContain('fs:read')
    const wrong = await invoke('window:state', { title: 3, dirty: false })
    expect(wrong.status).toBe(400)
    expect(JSON.parse(wrong.body).error).toContain('title')
    const notJson = await raw(host.origin, '/__caravan/invoke/app:start', { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: '{' })
    expect(notJson.status).toBe(400)
  })

  it('answers open and save dialogs from the test queue; an empty queue cancels', async () => {
    await start()
    const { result } = JSON.parse((await invoke('app:start')).body)
    const copy = join(dataDir, 'copy.caravan')
    expect(JSON.parse((await control('dialogs', { open: [null, plan], save: [copy] })).body)).toEqual({ pending: { open: 2, save: 1 } })

    expect(JSON.parse((await invoke('project:open')).body).result).toEqual({ kind: 'canceled' })
    expect(JSON.parse((await invoke('project:open')).body).result).toMatchObject({ kind: 'opened', file: { path: plan } })
    expect(JSON.parse((await invoke('project:save', { project: result.project, saveAs: true, overwrite: false })).body).result).toMatchObject({
      kind: 'saved',
      file: { path: copy, name: 'copy.caravan' },
    })
    expect(JSON.parse((await invoke('project:save', { project: result.project, saveAs: true, overwrite: false })).body).result).toEqual({ kind: 'canceled' })
    expect((await control('dialogs', { open: [42] })).status).toBe(400)

    const state = JSON.parse((await raw(host.origin, '/__caravan/test/state', { headers: { 'X-Caravan-Token': host.token } })).body)
    expect(state.file).toBe(copy)
    expect(state.dialogs.requests).toEqual([{ kind: 'open' }, { kind: 'open' }, { kind: 'save', suggestedName: 'tour.caravan' }, { kind: 'save', suggestedName: 'copy.caravan' }])
  })

  it('records the window title, unsaved changes and close requests for tests', async () => {
    await start()
    await invoke('window:state', { title: 'Tour', dirty: true })
    await invoke('window:close')
    const state = JSON.parse((await raw(host.origin, '/__caravan/test/state', { headers: { 'X-Caravan-Token': host.token } })).body)
    expect(state).toMatchObject({ title: 'Tour', dirty: true, closeCount: 1 })
  })

  it('pushes menu commands, close requests and outside file changes as server-sent events', async () => {
    await start()
    await invoke('app:start')
    const events = await listen(host.origin, host.token)
    try {
      expect(JSON.parse((await control('menu', { command: 'file.save' })).body)).toEqual({ delivered: 1 })
      expect(await events.next('menu:command')).toEqual({ command: 'file.save' })
      expect((await control('menu', { arg: 'x' })).status).toBe(400)

      await control('close', {})
      expect(await events.next('app:close-requested')).toBeNull()

      await writeFile(plan, (await readFile(plan, 'utf8')).replace('Liaoning culture along the Silk Road, 2027', 'Changed by a colleague'))
      expect(await events.next('file:changed-on-disk')).toEqual({ path: plan })
    } finally {
      events.stop()
    }
  })

  it('keeps an event pushed before the page listens and delivers it when it connects', async () => {
    await start()
    expect(JSON.parse((await control('menu', { command: 'file.new' })).body)).toEqual({ delivered: 0 })
    const events = await listen(host.origin, host.token)
    try {
      expect(await events.next('menu:command')).toEqual({ command: 'file.new' })
    } finally {
      events.stop()
    }
  })

  it('refuses to start without a built renderer, saying what to run', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'caravan-no-renderer-'))
    try {
      await expect(startWebHost({ rendererDir: empty, bridgeFile: files.bridgeFile, dataDir: empty })).rejects.toThrow(WebHostError)
      await expect(startWebHost({ rendererDir: empty, bridgeFile: files.bridgeFile, dataDir: empty })).rejects.toThrow(/npm run build/)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })

  it('without a file, opens a copy of the sample plan on first start', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'caravan-webhost-data-'))
    host = await startWebHost({ dataDir, rendererDir: files.rendererDir, bridgeFile: files.bridgeFile })
    expect(host.file).toBe(join(dataDir, 'Documents', 'Caravan', 'Silk Road 2027 (sample).caravan'))
    expect(JSON.parse((await invoke('app:start')).body).result).toMatchObject({ kind: 'opened', file: { path: host.file } })
  })
})
