// The native menu. File commands are sent to the focused window's renderer, which runs them the
// same way as its toolbar and its own keyboard shortcuts.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc'

export interface MenuOptions {
  isDev: boolean
  /** Sends a command to the focused window, if any. */
  send(command: MenuCommand): void
}

/** Builds and installs the application menu. */
export function installMenu({ isDev, send }: MenuOptions): void {
  const isMac = process.platform === 'darwin'
  // `&` marks the Alt-key letter on Windows and Linux; macOS menus have none.
  const m = (label: string): string => (isMac ? label.replace('&', '') : label)
  // The renderer handles these shortcuts itself (the same code answers them in the
  // web host, where there is no native menu). The menu only shows those shortcuts:
  // `registerAccelerator: false` keeps Electron from also acting on the key, so one key press runs
  // one command, never two.
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label: m(label),
    accelerator,
    registerAccelerator: false,
    click: () => send(name),
  })

  const file: MenuItemConstructorOptions = {
    label: m('&File'),
    submenu: [
      command('&New', 'CmdOrCtrl+N', 'file.new'),
      command('&Open…', 'CmdOrCtrl+O', 'file.open'),
      { type: 'separator' },
      command('&Save', 'CmdOrCtrl+S', 'file.save'),
      command('Save &As…', 'CmdOrCtrl+Shift+S', 'file.saveAs'),
      { type: 'separator' },
      // Closing goes through the window's close event, which asks first when there are unsaved changes.
      { label: m('&Close'), accelerator: 'CmdOrCtrl+W', click: () => BrowserWindow.getFocusedWindow()?.close() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: m('&Quit'), role: 'quit' } as const]),
    ],
  }
  // Undo and redo act on the plan's history in the renderer, which leaves Ctrl+Z to a text field
  // being edited; cut, copy and paste stay native for text fields.
  const edit: MenuItemConstructorOptions = {
    label: m('&Edit'),
    submenu: [
      command('&Undo', 'CmdOrCtrl+Z', 'edit.undo'),
      command('&Redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'edit.redo'),
      { type: 'separator' },
      command('&Quick find…', 'CmdOrCtrl+K', 'edit.find'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
  const insert: MenuItemConstructorOptions = {
    label: m('&Insert'),
    submenu: [
      command('&Event…', 'CmdOrCtrl+E', 'insert.event'),
      { label: m('&Partner…'), click: () => send('insert.partner') },
      { label: m('&Venue…'), click: () => send('insert.venue') },
      { label: m('&Co-production…'), click: () => send('insert.coproduction') },
      { label: m('&Dependency…'), click: () => send('insert.dependency') },
    ],
  }
  const plan: MenuItemConstructorOptions = {
    label: m('&Plan'),
    submenu: [
      command('Plan &properties…', 'Alt+Enter', 'plan.properties'),
      { type: 'separator' },
      { label: m('&Channels…'), click: () => send('plan.channels') },
      { label: m('&Audiences…'), click: () => send('plan.audiences') },
      { label: m('&Strategies…'), click: () => send('plan.strategies') },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: m('&View'),
    submenu: [
      command('Zoom timeline &in', 'Plus', 'view.zoomIn'),
      command('Zoom timeline &out', '-', 'view.zoomOut'),
      { label: m('&Fit whole plan'), click: () => send('view.fit') },
      { label: m('&Today'), click: () => send('view.today') },
      command('&Go to date…', 'CmdOrCtrl+G', 'view.goToDate'),
      { type: 'separator' },
      ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: m('&Help'),
    role: 'help',
    submenu: [{ label: m('&About Caravan'), click: () => app.showAboutPanel() }],
  }
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  }

  app.setAboutPanelOptions({ applicationName: 'Caravan', applicationVersion: app.getVersion() })
  Menu.setApplicationMenu(Menu.buildFromTemplate([...(isMac ? [appMenu] : []), file, edit, view, insert, plan, help]))
}
