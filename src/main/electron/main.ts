// The Electron composition root: the only place that wires Electron to the app. Everything with
// logic (handlers, sessions, file watching, argument checks) lives in plain modules tested on Node.
import { app, BrowserWindow, ipcMain, screen, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { findProjectArg } from '../commandLine'
import { contentSecurityPolicy, devContentSecurityPolicy } from '../csp'
import { createHandlers, invokeChecked, readStartAhead, type HandlerDeps } from '../handlers'
import { Sessions } from '../session'
import { versionWritesSettled } from '../versionKeeper'
import { SettingsStore } from '../settings'
import { restoreWindowState, type WindowState } from '../windowState'
import { isRendererUrl, type RendererLocation } from '../trustedUrl'
import { channels, type Args, type MenuCommand, type NativeMenu } from '../../shared/ipc'
import { installMenu } from './menu'
import { electronDialogs, electronPrinter } from './ports'
import { registerAppScheme, serveRenderer } from './protocol'
import { lockDown } from './security'
import { builtPaths, openWindow } from './window'

app.setName('Caravan')
// Before ready: the renderer's own app:// scheme (Electron's checklist item 18: no file://).
registerAppScheme()

const isDev = !app.isPackaged && typeof process.env.ELECTRON_RENDERER_URL === 'string'
const paths = builtPaths(__dirname)
const renderer: RendererLocation = isDev ? { kind: 'dev', origin: process.env.ELECTRON_RENDERER_URL ?? '' } : { kind: 'app', rendererDir: paths.rendererDir }
// Packaged builds ship the sample next to the app (electron-builder extraResources).
const sampleFile = app.isPackaged ? join(process.resourcesPath, 'sample.caravan') : join(app.getAppPath(), 'resources', 'sample.caravan')

const windows = new Map<string, BrowserWindow>()
const startFiles = new Map<string, string>()
const mayCloseNow = new Set<string>()
const menus = new Map<string, NativeMenu>()
const senderOf = (window: BrowserWindow): string => String(window.webContents.id)

// One settings queue for the handlers and the window state, so neither loses the other's write.
const settings = new SettingsStore(app.getPath('userData'))
/** The last window closed (read at ready, then kept as windows close). */
let keptWindow: WindowState | undefined

const sessions = new Sessions({
  notify: (sender, event, payload) => {
    const window = windows.get(sender)
    if (window && !window.isDestroyed()) window.webContents.send(event, payload)
  },
})

const handlerDeps: HandlerDeps = {
  dialogs: electronDialogs((sender) => windows.get(sender)),
  printer: electronPrinter((sender) => windows.get(sender)),
  userDataDir: app.getPath('userData'),
  settings,
  documentsDir: app.getPath('documents'),
  sampleFile,
  startFile: (sender) => startFiles.get(sender),
  sessions,
  onWindowState: (sender, state) => showState(sender, state),
  focusWindowOf: (path, sender) => focusWindowOf(path, sender),
  droppedPaths: true,
  // The focused window's menus are the application's (each window reports its own state).
  onMenu: (sender, menu) => {
    menus.set(sender, menu)
    if (BrowserWindow.getFocusedWindow() === windows.get(sender) || windows.size === 1) installMenu(menu, { isDev, send: sendCommand })
  },
  closeWindow: (sender) => {
    const window = windows.get(sender)
    if (!window || window.isDestroyed()) return
    mayCloseNow.add(sender)
    window.close()
  },
}
const handlers = createHandlers(handlerDeps)

function showState(sender: string, state: Args<'window:state'>): void {
  const window = windows.get(sender)
  if (!window || window.isDestroyed()) return
  // The title bar follows the page's own <title> ("● TITLE — Caravan", translated by the renderer);
  // main adds only what the OS shows besides it: the macOS close-button dot and proxy icon.
  window.setDocumentEdited(state.dirty)
  const path = sessions.get(sender).path
  if (process.platform === 'darwin') window.setRepresentedFilename(path ?? '')
}

/** Where a new window opens: as the last one closed, on a display there is now; a second one a step aside. */
function newWindowState(): WindowState {
  const displays = screen.getAllDisplays()
  const primary = screen.getPrimaryDisplay()
  const areas = [primary, ...displays.filter((d) => d.id !== primary.id)].map((d) => d.workArea)
  const open = [...windows.values()].filter((w) => !w.isDestroyed())
  const step = open.length * 32
  const base = keptWindow && step > 0 ? { ...keptWindow, x: keptWindow.x + step, y: keptWindow.y + step, maximized: false } : keptWindow
  return restoreWindowState(base, areas)
}

function keepWindowState(state: WindowState): void {
  keptWindow = state
  void settings.update((current) => ({ ...current, window: state }))
}

function createWindow(startFile?: string): BrowserWindow {
  const window = openWindow({
    renderer,
    state: newWindowState(),
    onStateToKeep: keepWindowState,
    preloadPath: paths.preloadPath,
    mayClose: (w) => mayCloseNow.has(senderOf(w)) || !sessions.isDirty(senderOf(w)),
    onCloseRequested: (w) => w.webContents.send('app:close-requested', undefined),
    onClosed: (sender) => {
      sessions.end(sender)
      windows.delete(sender)
      startFiles.delete(sender)
      menus.delete(sender)
      mayCloseNow.delete(sender)
    },
  })
  const sender = senderOf(window)
  windows.set(sender, window)
  if (startFile !== undefined) startFiles.set(sender, startFile)
  // Main reads the plan while the window loads its page; a problem is reported by app:start.
  void readStartAhead(handlerDeps, sender).catch(() => undefined)
  return window
}

/** Brings forward the window (other than `except`) that has the plan at `path`; false when none has it. */
function focusWindowOf(path: string, except?: string): boolean {
  for (const [sender, window] of windows) {
    if (sender === except || window.isDestroyed() || sessions.get(sender).path !== path) continue
    if (window.isMinimized()) window.restore()
    window.focus()
    return true
  }
  return false
}

/** Shows `path` in the window that already has it, or in a new window. */
function openInWindow(path: string): void {
  if (!focusWindowOf(path)) createWindow(path)
}

// Only our own renderer, in the main frame of a window we opened, may call main.
function trustedSender(event: IpcMainInvokeEvent): string {
  const sender = String(event.sender.id)
  const frame = event.senderFrame
  const main = event.sender.mainFrame
  const ours = windows.get(sender)?.webContents === event.sender
  const isMainFrame = frame !== null && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId
  if (!ours || !isMainFrame || !isRendererUrl(frame.url, renderer)) throw new Error('Refused: this call did not come from a Caravan window.')
  return sender
}

function sendCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? [...windows.values()][0]
  window?.webContents.send('menu:command', command)
}

// One Caravan process: a second start hands its file to this one.
const pendingFiles: string[] = []
const startArg = findProjectArg(process.argv, process.cwd())
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const file = findProjectArg(argv, cwd)
    if (file !== undefined) openInWindow(file)
    else [...windows.values()][0]?.focus()
  })
  // macOS: a plan double-clicked in Finder (may arrive before the app is ready).
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (app.isReady()) openInWindow(path)
    else pendingFiles.push(path)
  })

  void app.whenReady().then(async () => {
    lockDown(renderer.kind === 'dev' ? devContentSecurityPolicy(new URL(renderer.origin).origin) : contentSecurityPolicy)
    if (renderer.kind === 'app') serveRenderer(renderer.rendererDir, contentSecurityPolicy)
    for (const channel of channels) {
      ipcMain.handle(channel, (event, rawArgs: unknown) => invokeChecked(handlers, channel, rawArgs, { sender: trustedSender(event) }))
    }
    // Each window reports its menus (menu:update); the focused one's are shown.
    app.on('browser-window-focus', (_event, window) => {
      const menu = menus.get(senderOf(window))
      if (menu) installMenu(menu, { isDev, send: sendCommand })
    })
    keptWindow = (await settings.read().catch(() => undefined))?.window
    const first = pendingFiles.shift() ?? startArg
    createWindow(first)
    for (const file of pendingFiles.splice(0)) openInWindow(file)

    app.on('activate', () => {
      if (windows.size === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // A version is kept just after its save answered: quitting right after a save waits for it.
  let versionsKept = false
  app.on('will-quit', (event?: { preventDefault(): void }) => {
    sessions.endAll()
    if (versionsKept || !event) return
    event.preventDefault()
    void versionWritesSettled().finally(() => {
      versionsKept = true
      app.quit()
    })
  })
}
