// Caravan's windows: locked down (isolated, sandboxed, no Node), loading only the built renderer.
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { rendererPage, type RendererLocation } from '../trustedUrl'
import { minWindowSize, type WindowState } from '../windowState'

export interface WindowOptions {
  renderer: RendererLocation
  /** Built preload (CommonJS, so the window can stay sandboxed). */
  preloadPath: string
  /** True when the window may close without asking (it has no unsaved changes, or the user already answered). */
  mayClose(window: BrowserWindow): boolean
  /** The window wants to close with unsaved changes: ask the renderer. */
  onCloseRequested(window: BrowserWindow): void
  onClosed(sender: string): void
  /** Where the window opens (restoreWindowState: on a display that is there). */
  state: WindowState
  /** The window is closing: its normal bounds and maximised state, to be remembered. */
  onStateToKeep(state: WindowState): void
}

/** Opens a new window on the renderer. */
export function openWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    x: options.state.x,
    y: options.state.y,
    width: options.state.width,
    height: options.state.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    show: false,
    title: 'Caravan',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // No middle-click (auxclick) events: they could open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  })
  const sender = String(window.webContents.id)
  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize()
    window.show()
  })
  window.on('close', (event) => {
    // The normal bounds, so a maximised window comes back maximised over the same place it left.
    options.onStateToKeep({ ...window.getNormalBounds(), maximized: window.isMaximized() })
    if (options.mayClose(window)) return
    event.preventDefault()
    options.onCloseRequested(window)
  })
  window.on('closed', () => options.onClosed(sender))

  // Built: app://caravan/index.html (served by ./protocol.ts); developing: the dev server.
  void window.loadURL(rendererPage(options.renderer))
  return window
}

/** Where the built app finds its renderer and preload, relative to the built main (out/main). */
export function builtPaths(mainDir: string): { rendererDir: string; preloadPath: string } {
  return { rendererDir: join(mainDir, '../renderer'), preloadPath: join(mainDir, '../preload/index.js') }
}
