// The native application menu, built from the renderer's menu model (NativeMenu: translated
// labels, accelerators, enabled and checked states, the undo label) plus the platform's standard
// roles. Plain data shaped like Electron's MenuItemConstructorOptions, so it is built and tested on
// plain Node; src/main/electron/menu.ts hands it to Menu.buildFromTemplate.
import type { MenuCommand, NativeMenu, NativeMenuItem } from '../shared/ipc'

/** The subset of Electron's MenuItemConstructorOptions this menu uses. */
export interface MenuTemplateItem {
  label?: string
  type?: 'separator' | 'submenu' | 'checkbox' | 'radio' | 'normal'
  role?: string
  accelerator?: string
  /** The renderer handles its own shortcuts (the same code answers them in the web host): show only. */
  registerAccelerator?: boolean
  enabled?: boolean
  checked?: boolean
  submenu?: MenuTemplateItem[]
  click?: () => void
}

export interface TemplateOptions {
  platform: string
  isDev: boolean
  appName: string
  /** Sends a clicked command to the focused window. */
  send(command: MenuCommand): void
  /** Shows the About box. */
  about(): void
}

const clipboardRoles: Record<string, string | undefined> = { 'edit.cut': 'cut', 'edit.copy': 'copy', 'edit.paste': 'paste' }

function item(entry: NativeMenuItem, options: TemplateOptions, mac: boolean): MenuTemplateItem {
  // `&` marks the Alt-key letter on Windows and Linux; macOS menus have none.
  const text = (label: string) => (mac ? label.replace(/&(?!&)/g, '') : label)
  switch (entry.type) {
    case 'separator':
      return { type: 'separator' }
    case 'submenu':
      return { label: text(entry.label), submenu: entry.items.map((child) => item(child, options, mac)) }
    case 'command': {
      const { command, arg } = entry
      // Cut, copy and paste act on the focused page as the keys do (webContents.cut/copy/paste): a
      // text field gets its text, the plan its events through the page's clipboard events.
      const role = clipboardRoles[command]
      if (role) return { label: text(entry.label), role, ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}), enabled: entry.enabled }
      return {
        label: text(entry.label),
        ...(entry.checked === undefined ? {} : { type: 'checkbox' as const, checked: entry.checked }),
        ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}),
        enabled: entry.enabled,
        click: () => options.send(arg === undefined ? { command } : { command, arg }),
      }
    }
  }
}

/** The full application menu: the model's menus with the platform's own roles around them. */
export function buildMenuTemplate(model: NativeMenu, options: TemplateOptions): MenuTemplateItem[] {
  const mac = options.platform === 'darwin'
  const menus = model.menus.map((menu): MenuTemplateItem => {
    const items = menu.items.map((entry) => item(entry, options, mac))
    if (menu.id === 'file' && !mac) items.push({ type: 'separator' }, { role: 'quit' })
    if (menu.id === 'edit') items.push({ type: 'separator' }, { role: 'selectAll', label: undefined })
    if (menu.id === 'view') {
      if (options.isDev) items.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
      items.push({ type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' })
    }
    return { label: mac ? menu.label.replace(/&(?!&)/g, '') : menu.label, ...(menu.id === 'help' ? { role: 'help' } : {}), submenu: items }
  })
  const windowMenu: MenuTemplateItem = { role: 'windowMenu' }
  // Help comes last, after the Window menu, on every platform.
  const help = menus.findIndex((m) => m.role === 'help')
  const ordered = help >= 0 ? [...menus.slice(0, help), windowMenu, ...menus.slice(help)] : [...menus, windowMenu]
  if (!mac) return ordered.map(withoutUndefined)
  const appMenu: MenuTemplateItem = {
    label: options.appName,
    submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  }
  return [appMenu, ...ordered].map(withoutUndefined)
}

function withoutUndefined(entry: MenuTemplateItem): MenuTemplateItem {
  const out: MenuTemplateItem = {}
  for (const [key, value] of Object.entries(entry) as [keyof MenuTemplateItem, unknown][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = key === 'submenu' ? (value as MenuTemplateItem[]).map(withoutUndefined) : value
  }
  return out
}
