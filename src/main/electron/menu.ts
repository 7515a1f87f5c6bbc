// The native menu, rebuilt whenever the renderer's menu model changes (menu:update): translated
// labels, the undo label, enabled and checked states all come from the renderer's one model.
import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, NativeMenu } from '../../shared/ipc'
import { buildMenuTemplate } from '../menuTemplate'

export interface MenuOptions {
  isDev: boolean
  /** Sends a command to the focused window, if any. */
  send(command: MenuCommand): void
}

/** Installs the application menu for `model` (before the first window reports one: no menu at all). */
export function installMenu(model: NativeMenu, { isDev, send }: MenuOptions): void {
  app.setAboutPanelOptions({ applicationName: 'Caravan', applicationVersion: app.getVersion() })
  const template = buildMenuTemplate(model, { platform: process.platform, isDev, appName: app.name, send, about: () => app.showAboutPanel() })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]))
}
