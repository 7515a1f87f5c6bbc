// The Electron smoke test without the Electron runtime: the BUILT main process (electron-vite build
// into a temp folder) runs under plain Node against a recording stub of `electron` (./stub.ts).
// It checks what the real app would do on start, and catches a wrong path or a missing file in
// out/ before a user does.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { rendererUrl } from '../../src/main/appProtocol'
import { contentSecurityPolicy } from '../../src/main/csp'
import { channels, type NativeMenu } from '../../src/shared/ipc'
import { snapshot } from '../support/folders'
import { createElectronStub, loadBuiltMain, preventable, type ElectronStub, type StubFrame, type StubOptions } from './stub'

const repo = resolve(__dirname, '../..')
let outDir: string
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'caravan-smoke-'))
  // Inside the repo, so the built main finds its external dependencies in node_modules as it does in out/.
  await mkdir(join(repo, 'node_modules/.cache'), { recursive: true })
  outDir = await mkdtemp(join(repo, 'node_modules/.cache/caravan-smoke-out-'))
  execFileSync(process.execPath, [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: repo, stdio: 'pipe' })
}, 120_000)
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

let running: ElectronStub | undefined
afterEach(() => {
  running?.app.emit('will-quit')
  running = undefined
})

let runs = 0
async function start(options: { singleInstance?: boolean; packaged?: boolean; displays?: StubOptions['displays']; folder?: string } = {}): Promise<{ stub: ElectronStub; userData: string; documents: string }> {
  const folder = options.folder ?? join(work, `run-${++runs}`)
  const userData = join(folder, 'userData')
  const documents = join(folder, 'Documents')
  await mkdir(userData, { recursive: true })
  await mkdir(documents, { recursive: true })
  const stub = createElectronStub({ userData, documents, appPath: repo, ...options })
  running = stub
  loadBuiltMain(join(outDir, 'main/main.js'), stub)
  return { stub, userData, documents }
}

type Window = ElectronStub['record']['windows'][number]
/** An IPC call as Electron delivers it: from `frame` (default: the window's main frame). */
const call = (stub: ElectronStub, window: Window, channel: string, args: unknown, frame?: StubFrame) => {
  const handler = stub.record.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler({ sender: window.webContents, senderFrame: frame ?? window.webContents.mainFrame }, args)
}

const menu: NativeMenu = {
  menus: [
    { id: 'file', label: '&File', items: [{ type: 'command', command: 'file.open', label: '&Open…', accelerator: 'CmdOrCtrl+O', enabled: true }, { type: 'separator' }] },
    { id: 'edit', label: '&Edit', items: [{ type: 'command', command: 'edit.undo', label: 'Undo Move', accelerator: 'CmdOrCtrl+Z', enabled: false }, { type: 'command', command: 'edit.copy', label: '&Copy', enabled: true }] },
    { id: 'view', label: '&View', items: [{ type: 'submenu', label: 'Zoom', items: [{ type: 'command', command: 'view.zoom', arg: 'week', label: 'Week', enabled: true, checked: true }] }] },
    { id: 'help', label: '&Help', items: [] },
  ],
}

describe('the built desktop app, started on a stub of Electron', () => {
  it('registers app:// before ready and touches nothing else until then', async () => {
    const { stub } = await start()
    expect(stub.record.schemesRegisteredBeforeReady).toBe(true)
    expect(stub.record.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    // The page's own scheme keeps the CSP and stays unreadable from other origins.
    expect(stub.record.schemes[0]!.privileges).not.toMatchObject({ bypassCSP: true })
    expect(stub.record.schemes[0]!.privileges).not.toMatchObject({ corsEnabled: true })
    // The real electron module (which throws on plain Node) was never loaded.
    expect(Object.keys(createRequire(import.meta.url).cache).filter((id) => id.includes('node_modules/electron/'))).toEqual([])
    expect(stub.record.windows).toHaveLength(0)
    expect(stub.record.handlers.size).toBe(0)
    expect(stub.app.name).toBe('Caravan')
  })

  it('on ready: every contract channel handled, locks installed, one sandboxed window on the built renderer through app://', async () => {
    const { stub } = await start()
    await stub.becomeReady()
    const { record } = stub
    expect([...record.handlers.keys()].sort()).toEqual([...channels].sort())

    expect(record.windows).toHaveLength(1)
    const [window] = record.windows
    const prefs = window!.options.webPreferences ?? {}
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, disableBlinkFeatures: 'Auxclick' })
    expect(prefs.nodeIntegrationInSubFrames ?? false).toBe(false)
    const preload = String(prefs.preload)
    expect(resolve(preload).startsWith(outDir)).toBe(true)
    expect(existsSync(preload)).toBe(true)
    expect(window!.loadedFile).toBeUndefined()
    expect(window!.loadedUrl).toBe(rendererUrl)

    // The page and every script and stylesheet it names come from out/renderer with the CSP.
    const serve = record.protocols.get('app')
    expect(serve).toBeDefined()
    const page = await serve!({ url: window!.loadedUrl!, method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    const html = await page.text()
    const assets = [...html.matchAll(/(?:src|href)="(\.?\/assets\/[^"]+)"/g)].map((m) => new URL(m[1]!, rendererUrl).href)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) expect((await serve!({ url: asset, method: 'GET' })).status, asset).toBe(200)
    expect((await serve!({ url: 'app://caravan/../main/main.js', method: 'GET' })).status).toBe(404)
  })

  it('refuses every permission, navigation, redirect, webview and new window', async () => {
    const { stub } = await start()
    await stub.becomeReady()
    const { record } = stub
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      record.permissionRequest!({}, permission, (granted: boolean) => answers.push(granted), {})
      answers.push(Boolean(record.permissionCheck!({}, permission, 'app://caravan', {})))
    }
    expect(answers).toHaveLength(10)
    expect(answers.every((granted) => granted === false)).toBe(true)

    const contents = record.windows[0]!.webContents
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.count(event), event).toBeGreaterThan(0)
      const attempt = preventable()
      contents.emit(event, attempt, { url: 'https://example.com/' })
      expect(attempt.defaultPrevented, event).toBe(true)
    }
    for (const url of ['https://example.com/', rendererUrl, 'file:///etc/passwd']) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    expect(record.windows).toHaveLength(1)

    // Every response gets the one CSP, replacing whatever the response said.
    const headers: unknown[] = []
    for (const handler of record.headersHandlers) handler({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, (answer: unknown) => headers.push(answer))
    expect(headers).toEqual([{ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] } }])
  })

  it('builds the native menu from a renderer menu:update without throwing', async () => {
    const { stub } = await start()
    await stub.becomeReady()
    await expect(call(stub, stub.record.windows[0]!, 'menu:update', menu)).resolves.toBeUndefined()
    const installed = stub.record.menus.at(-1) as { label?: string; role?: string; submenu?: { label?: string }[] }[]
    const labels = installed.map((m) => m.label ?? m.role)
    expect(labels).toEqual(expect.arrayContaining(process.platform === 'darwin' ? ['File', 'Edit', 'View', 'Help'] : ['&File', '&Edit', '&View', '&Help']))
    const file = installed.find((m) => m.label?.includes('File'))
    expect(file?.submenu?.map((i) => i.label)).toContain(process.platform === 'darwin' ? 'Open…' : '&Open…')
  })

  it('opens a plan handed over by a second start in a window of its own, and focuses it the next time', async () => {
    const { stub, documents } = await start()
    await stub.becomeReady()
    const plan = join(documents, 'tour.caravan')
    await copyFile(join(repo, 'resources/sample.caravan'), plan)

    stub.app.emit('second-instance', preventable(), ['/opt/Caravan/caravan', '--no-sandbox', 'tour.caravan'], documents)
    expect(stub.record.windows).toHaveLength(2)
    const second = stub.record.windows[1]!
    const opened = (await call(stub, second, 'app:start', undefined)) as { kind: string; file?: { path: string } }
    expect(opened.kind).toBe('opened')
    expect(opened.file?.path).toBe(plan)

    stub.app.emit('second-instance', preventable(), ['caravan', plan], '/')
    expect(stub.record.windows).toHaveLength(2)
    expect(second.focused).toBe(1)
  })

  it('one window per plan: opening or dropping a plan another window has brings that window forward', async () => {
    const { stub, documents } = await start()
    await stub.becomeReady()
    const [first] = stub.record.windows
    const opened = (await call(stub, first!, 'app:start', undefined)) as { kind: string; file: { path: string } }
    const plan = join(documents, 'tour.caravan')
    await copyFile(join(repo, 'resources/sample.caravan'), plan)
    stub.app.emit('second-instance', preventable(), ['caravan', plan], documents)
    const second = stub.record.windows[1]!
    await call(stub, second, 'app:start', undefined)

    // The first window's plan, dropped on (or reopened in) the second: the first comes forward, the second keeps its plan.
    expect(await call(stub, second, 'project:openDropped', { path: opened.file.path })).toEqual({ kind: 'canceled' })
    expect(await call(stub, second, 'project:openRecent', { path: opened.file.path })).toEqual({ kind: 'canceled' })
    expect(first!.focused).toBe(2)
    expect(stub.record.windows).toHaveLength(2)
    // A plan no window has opens in the window it was dropped on.
    const third = join(documents, 'third.caravan')
    await copyFile(join(repo, 'resources/sample.caravan'), third)
    expect(await call(stub, second, 'project:openDropped', { path: third })).toMatchObject({ kind: 'opened', file: { path: third } })
    // Only an absolute path to a .caravan file.
    expect(await call(stub, second, 'project:openDropped', { path: join(documents, 'notes.txt') })).toMatchObject({ kind: 'failed', errors: [{ code: 'store.dropNotPlan' }] })
    expect(await call(stub, second, 'project:openDropped', { path: 'tour.caravan' })).toMatchObject({ kind: 'failed' })
  })

  it('remembers the window size, place and maximised state, and brings it back on a display that is there', async () => {
    const folder = join(work, `run-${++runs}`)
    const wide = [{ x: 0, y: 0, width: 1440, height: 870 }, { x: 1440, y: 0, width: 2560, height: 1400 }]
    const { stub, userData } = await start({ folder, displays: wide })
    await stub.becomeReady()
    const window = stub.record.windows[0]!
    // A first start: the default size, centred on the primary display.
    expect(window.options).toMatchObject({ width: 1280, height: 820, x: 80, y: 25 })
    window.bounds = { x: 1700, y: 120, width: 1900, height: 1100 }
    window.maximized = true
    window.close()
    const remembered = async () => (JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8').catch(() => '{}')) as { window?: unknown }).window
    for (let i = 0; i < 400 && (await remembered()) === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await remembered()).toEqual({ x: 1700, y: 120, width: 1900, height: 1100, maximized: true })
    stub.app.emit('will-quit')

    // Next start, both displays there: the same place, maximised again once shown.
    const again = await start({ folder, displays: wide })
    await again.stub.becomeReady()
    const back = again.stub.record.windows[0]!
    expect(back.options).toMatchObject({ x: 1700, y: 120, width: 1900, height: 1100 })
    back.emit('ready-to-show')
    expect(back.maximized).toBe(true)
    again.stub.app.emit('will-quit')

    // The big monitor unplugged: the window comes back whole on the laptop.
    const laptop = await start({ folder, displays: [wide[0]!] })
    await laptop.stub.becomeReady()
    const { x, y, width, height } = laptop.stub.record.windows[0]!.options as { x: number; y: number; width: number; height: number }
    expect(x >= 0 && y >= 0 && x + width <= 1440 && y + height <= 870).toBe(true)
    expect(width).toBe(1440)
  })

  it('installed: the first start opens a copy of the sample plan the builder put in resources', async () => {
    const builder = createRequire(import.meta.url)(join(repo, 'electron-builder.config.cjs')) as { extraResources: { from: string; to: string }[] }
    const resources = join(work, 'resources')
    for (const { from, to } of builder.extraResources) {
      await mkdir(dirname(join(resources, to)), { recursive: true })
      await copyFile(join(repo, from), join(resources, to))
    }
    const saved = (process as { resourcesPath?: string }).resourcesPath
    ;(process as { resourcesPath?: string }).resourcesPath = resources
    try {
      const { stub, documents } = await start({ packaged: true })
      await stub.becomeReady()
      const opened = (await call(stub, stub.record.windows[0]!, 'app:start', undefined)) as { kind: string; file?: { path: string } }
      expect(opened.kind).toBe('opened')
      expect(opened.file?.path.startsWith(join(documents, 'Caravan'))).toBe(true)
    } finally {
      ;(process as { resourcesPath?: string }).resourcesPath = saved
    }
  })

  it('quits at once when another Caravan already runs', async () => {
    const { stub } = await start({ singleInstance: false })
    expect(stub.record.quit).toBe(1)
    expect(stub.app.count('second-instance')).toBe(0)
  })
})

describe('IPC calls main refuses, changing nothing', () => {
  it('refuses bad arguments and unknown shapes before any handler runs', async () => {
    const { stub, userData, documents } = await start()
    await stub.becomeReady()
    const window = stub.record.windows[0]!
    await call(stub, window, 'view:set', { planId: 'p1', view: { zoom: 'week' }, filter: null })
    const before = { userData: await snapshot(userData), documents: await snapshot(documents) }
    expect(Object.keys(before.userData).length).toBeGreaterThan(0)

    for (const [channel, args] of [
      ['view:set', { planId: '../../etc', view: {}, filter: {} }],
      ['view:set', { planId: 'p1', view: 'x'.repeat(70 * 1024), filter: null }],
      ['view:set', 'p1'],
      ['recent:forget', { paths: 'all' }],
      ['project:openRecent', { path: '' }],
      ['menu:update', { menus: [{ id: 'file', label: 'File', items: [{ type: 'command', command: 'x' }] }] }],
      ['window:state', { title: 1, dirty: 'yes' }],
    ] as const) {
      await expect(call(stub, window, channel, args), channel).rejects.toThrow(/Invalid arguments/)
    }
    expect({ userData: await snapshot(userData), documents: await snapshot(documents) }).toEqual(before)
    expect(stub.record.menus).toHaveLength(0)
  })

  it('refuses a call from an embedded frame, a navigated page or a web contents it did not open', async () => {
    const { stub, userData } = await start()
    await stub.becomeReady()
    const window = stub.record.windows[0]!
    const main = window.webContents.mainFrame
    const before = await snapshot(userData)
    const good = { planId: 'p1', view: { zoom: 'day' }, filter: null }

    const embedded: StubFrame = { processId: main.processId, routingId: 999, parent: main, url: rendererUrl }
    await expect(call(stub, window, 'view:set', good, embedded)).rejects.toThrow(/Refused/)
    const elsewhere: StubFrame = { ...main, url: 'https://example.com/index.html' }
    await expect(call(stub, window, 'view:set', good, elsewhere)).rejects.toThrow(/Refused/)
    const fileUrl: StubFrame = { ...main, url: `file://${join(outDir, 'renderer/index.html')}` }
    await expect(call(stub, window, 'view:set', good, fileUrl)).rejects.toThrow(/Refused/)
    const handler = stub.record.handlers.get('view:set')!
    const stranger = { id: 4242, mainFrame: { ...main, routingId: 4242 } }
    await expect(handler({ sender: stranger, senderFrame: stranger.mainFrame }, good)).rejects.toThrow(/Refused/)
    await expect(call(stub, window, 'menu:update', menu, embedded)).rejects.toThrow(/Refused/)

    expect(await snapshot(userData)).toEqual(before)
    expect(stub.record.menus).toHaveLength(0)
  })
})
