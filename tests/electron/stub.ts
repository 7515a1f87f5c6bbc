// A stand-in for the `electron` module, so the BUILT main process (out/main/main.js) runs under
// plain Node: every call the app makes is recorded, and the test plays Electron's part (ready,
// second instance, a page's IPC call, a navigation). Plain Node must never load the real module
// (TOOLCHAIN.md), so `loadBuiltMain` resolves `electron` to this stub only while main.js loads.
import { createRequire } from 'node:module'

type Listener = (...args: unknown[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped)
      return listener(...args)
    }
    return this.on(event, wrapped)
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener))
    return this
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

/** A web frame as an IPC event reports it. */
export interface StubFrame {
  processId: number
  routingId: number
  parent: StubFrame | null
  url: string
}

/** A preventable event, as Electron passes to will-navigate and the like. */
export interface StubEvent {
  defaultPrevented: boolean
  preventDefault(): void
}
export const preventable = (): StubEvent => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true
  },
})

export interface StubOptions {
  userData: string
  documents: string
  appPath: string
  /** As in an installed app (electron-builder): resources come from process.resourcesPath. */
  packaged?: boolean
  /** False: another Caravan already runs (requestSingleInstanceLock). */
  singleInstance?: boolean
  /** The work areas of the displays there are (first: the primary); default one 1920×1040 display. */
  displays?: { x: number; y: number; width: number; height: number }[]
}

/** Builds a fresh stub; `electron` is the module object main.js receives. */
export function createElectronStub(options: StubOptions) {
  let nextId = 1
  let isReady = false
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const record = {
    quit: 0,
    schemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    schemesRegisteredBeforeReady: false,
    protocols: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    handlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
    headersHandlers: [] as Listener[],
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    windows: [] as StubWindow[],
    menus: [] as unknown[],
  }

  class WebContents extends Emitter {
    readonly id = nextId++
    readonly sent: [string, unknown][] = []
    readonly mainFrame: StubFrame = { processId: 1, routingId: this.id, parent: null, url: '' }
    windowOpenHandler: Listener | undefined
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler
    }
    send(channel: string, payload: unknown): void {
      this.sent.push([channel, payload])
    }
  }

  class StubWindow extends Emitter {
    readonly webContents = new WebContents()
    loadedUrl: string | undefined
    loadedFile: string | undefined
    destroyed = false
    shown = false
    focused = 0
    maximized = false
    /** Where the user has moved and sized the window (its normal bounds). */
    bounds: { x: number; y: number; width: number; height: number }
    constructor(readonly options: { webPreferences?: Record<string, unknown>; x?: number; y?: number; width?: number; height?: number } & Record<string, unknown>) {
      super()
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 }
      record.windows.push(this)
      app.emit('web-contents-created', preventable(), this.webContents)
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    loadFile(path: string): Promise<void> {
      this.loadedFile = path
      this.webContents.mainFrame.url = `file://${path}`
      return Promise.resolve()
    }
    show(): void {
      this.shown = true
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
    isMinimized(): boolean {
      return false
    }
    restore(): void {}
    getNormalBounds() {
      return { ...this.bounds }
    }
    isMaximized(): boolean {
      return this.maximized
    }
    maximize(): void {
      this.maximized = true
    }
    focus(): void {
      this.focused++
    }
    close(): void {
      const event = preventable()
      this.emit('close', event)
      if (event.defaultPrevented) return
      this.destroyed = true
      this.emit('closed')
    }
    setDocumentEdited(): void {}
    setRepresentedFilename(): void {}
    static getFocusedWindow(): StubWindow | null {
      return null
    }
    static getAllWindows(): StubWindow[] {
      return record.windows.filter((w) => !w.destroyed)
    }
  }

  const app = Object.assign(new Emitter(), {
    name: 'Electron',
    isPackaged: options.packaged ?? false,
    setName(name: string) {
      app.name = name
    },
    getPath(name: string): string {
      if (name === 'userData') return options.userData
      if (name === 'documents') return options.documents
      throw new Error(`stub: app.getPath('${name}') is not expected`)
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.0.0-smoke',
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit() {
      record.quit++
    },
    isReady: () => isReady,
    whenReady: () => ready,
    setAboutPanelOptions() {},
    showAboutPanel() {},
  })

  const displays = (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea, i) => ({ id: i + 1, workArea, bounds: workArea }))
  const electron = {
    app,
    screen: {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0],
    },
    BrowserWindow: StubWindow,
    ipcMain: {
      handle(channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) {
        // Electron refuses a second handler for one channel.
        if (record.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        // As Electron does, a handler that throws answers the page with a rejected call.
        record.handlers.set(channel, async (event, args) => handler(event, args))
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
        // Electron: "protocol.registerSchemesAsPrivileged should be called before app is ready".
        if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
        record.schemes.push(...schemes)
        record.schemesRegisteredBeforeReady = true
      },
      handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) {
        if (!isReady) throw new Error('protocol.handle before ready')
        record.protocols.set(scheme, handler)
      },
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (handler: Listener) => void record.headersHandlers.push(handler) },
        setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (record.permissionCheck = handler),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown } | null) => void record.menus.push(menu?.template ?? null),
    },
    dialog: {
      showOpenDialog: () => Promise.reject(new Error('stub: no dialogs in the smoke test')),
      showSaveDialog: () => Promise.reject(new Error('stub: no dialogs in the smoke test')),
      showMessageBox: () => Promise.reject(new Error('stub: no dialogs in the smoke test')),
    },
    shell: { showItemInFolder() {} },
  }

  /** Electron becomes ready; resolves once main's whenReady work has run (its first window is open). */
  async function becomeReady(): Promise<void> {
    isReady = true
    markReady()
    // Main reads its settings (the window's place) before opening the first window.
    for (let i = 0; i < 400 && record.windows.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5))
  }

  return { electron, app, record, becomeReady }
}

export type ElectronStub = ReturnType<typeof createElectronStub>

const require = createRequire(import.meta.url)
const Module = require('node:module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
const stubId = '\0caravan-electron-stub'

/** Runs the built main.js (a fresh copy) with `electron` resolved to the stub. */
export function loadBuiltMain(mainJs: string, stub: ElectronStub): void {
  const original = Module._resolveFilename
  const cache = require.cache as Record<string, unknown>
  cache[stubId] = { id: stubId, filename: stubId, loaded: true, exports: stub.electron, children: [], paths: [] }
  Module._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? stubId : original.call(this, request, ...rest)
  }
  try {
    delete cache[require.resolve(mainJs)]
    require(mainJs)
  } finally {
    Module._resolveFilename = original
    delete cache[stubId]
    delete cache[require.resolve(mainJs)]
  }
}
