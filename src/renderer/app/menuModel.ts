// Where the commands appear: the menus (in-window menu bar and native menu), the toolbar and the
// context menus, all laid out here from command ids and resolved against the current state.
import type { TFunction } from 'i18next'
import type { NativeMenu, NativeMenuItem, RecentFile } from '../../shared/ipc'
import type { Command, CommandId } from './commands'
import { acceleratorOf } from './shortcuts'

type Layout = CommandId | '-' | { submenu: 'recent' } | { submenu: string; items: CommandId[] }

export type MenuId = 'file' | 'edit' | 'view' | 'insert' | 'plan' | 'help'

const menuLayout: { id: MenuId; items: Layout[] }[] = [
  {
    id: 'file',
    items: [
      'file.new',
      'file.open',
      { submenu: 'recent' },
      '-',
      'file.save',
      'file.saveAs',
      '-',
      { submenu: 'import', items: ['file.importCalendar', 'file.importSpreadsheet'] },
      { submenu: 'export', items: ['file.exportCalendar', 'file.exportSelectedCalendar', 'file.exportCsv', 'file.exportPartnersCsv', 'file.exportVenuesCsv', 'file.exportCoproductionsCsv', 'file.exportExcel'] },
      'file.mergeCopy',
      'file.browseVersions',
      'file.recover',
      '-',
      'file.print',
      'file.exportPdf',
      '-',
      'app.settings',
      '-',
      'file.close',
    ],
  },
  {
    id: 'edit',
    items: ['edit.undo', 'edit.redo', '-', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.delete', '-', 'edit.selectAll', '-', 'edit.open', 'edit.find'],
  },
  {
    id: 'view',
    items: [
      'view.timeline',
      'view.events',
      'view.partners',
      'view.venues',
      'view.coproductions',
      'view.list',
      'view.coverage',
      '-',
      'view.zoomIn',
      'view.zoomOut',
      { submenu: 'zoom', items: ['view.zoom.day', 'view.zoom.week', 'view.zoom.month', 'view.zoom.quarter', 'view.zoom.year'] },
      { submenu: 'groupBy', items: ['view.group.partner', 'view.group.country', 'view.group.venue', 'view.group.kind', 'view.group.channel', 'view.group.coproduction', 'view.group.status'] },
      { submenu: 'timeZones', items: ['view.times.home', 'view.times.item'] },
      '-',
      'view.fit',
      'view.today',
      'view.goToDate',
      '-',
      'view.showEmptyLanes',
      'view.compact',
      'view.legendOneLine',
    ],
  },
  { id: 'insert', items: ['insert.event', 'insert.partner', 'insert.venue', 'insert.coproduction', 'insert.dependency'] },
  { id: 'plan', items: ['plan.properties', '-', 'plan.channels', 'plan.audiences', 'plan.strategies', '-', 'plan.holidays'] },
  { id: 'help', items: ['help.guide', '-', 'help.about'] },
]

/** The toolbar's buttons, in groups. */
export const toolbarLayout: CommandId[][] = [
  ['file.new', 'file.open', 'file.save', 'file.saveAs'],
  ['file.print', 'file.exportPdf'],
  ['edit.undo', 'edit.redo'],
  ['edit.cut', 'edit.copy', 'edit.paste', 'edit.delete'],
  ['plan.properties'],
  ['view.coverage'],
]

/** What a right-click (or the context-menu key) offers on each kind of thing. */
export const contextLayouts = {
  item: ['edit.open', '-', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', '-', 'edit.delete'],
  lane: ['insert.event', 'edit.paste', '-', 'edit.selectAll'],
  row: ['edit.open', '-', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', '-', 'edit.delete'],
} as const satisfies Record<string, readonly (CommandId | '-')[]>
export type ContextTarget = keyof typeof contextLayouts

/** One entry of a resolved menu. */
export type MenuEntry = { type: 'separator' } | { type: 'command'; command: Command; label: string; arg?: string; enabled: boolean } | { type: 'submenu'; label: string; items: MenuEntry[] }

export interface ResolvedMenu {
  id: MenuId
  label: string
  items: MenuEntry[]
}

function entry(command: Command): MenuEntry {
  return { type: 'command', command, label: command.label, enabled: command.enabled }
}

function recentEntries(commands: Record<CommandId, Command>, recent: readonly RecentFile[], t: TFunction): MenuEntry[] {
  const open = commands['file.openRecent']
  const files: MenuEntry[] = recent.map((file) => ({ type: 'command', command: open, label: file.exists ? file.name : t('menu.missingFile', { name: file.name }), arg: file.path, enabled: file.exists }))
  if (files.length === 0) return [{ type: 'command', command: open, label: t('menu.noRecent'), enabled: false }]
  return [...files, { type: 'separator' }, entry(commands['file.forgetMissingRecent']), entry(commands['file.clearRecent'])]
}

/** The menus resolved against the current commands and recent files. */
export function resolveMenus(commands: Record<CommandId, Command>, recent: readonly RecentFile[], t: TFunction): ResolvedMenu[] {
  const label = t as unknown as (key: string) => string
  const resolve = (layout: Layout): MenuEntry => {
    if (layout === '-') return { type: 'separator' }
    if (typeof layout === 'string') return entry(commands[layout])
    if (layout.submenu === 'recent') return { type: 'submenu', label: t('commands.file.openRecent'), items: recentEntries(commands, recent, t) }
    return { type: 'submenu', label: label(`menu.${layout.submenu}`), items: 'items' in layout ? layout.items.map((id) => entry(commands[id])) : [] }
  }
  return menuLayout.map((menu) => ({ id: menu.id, label: label(`menu.${menu.id}`), items: menu.items.map(resolve) }))
}

/** The context menu of one kind of thing. */
export function resolveContextMenu(commands: Record<CommandId, Command>, target: ContextTarget): MenuEntry[] {
  return contextLayouts[target].map((id) => (id === '-' ? { type: 'separator' } : entry(commands[id])))
}

function nativeItem(item: MenuEntry, platform: string): NativeMenuItem {
  if (item.type === 'separator') return item
  if (item.type === 'submenu') return { type: 'submenu', label: item.label, items: item.items.map((child) => nativeItem(child, platform)) }
  const accelerator = item.arg === undefined ? acceleratorOf(item.command.shortcuts, platform) : undefined
  return {
    type: 'command',
    command: item.command.id,
    ...(item.arg === undefined ? {} : { arg: item.arg }),
    label: item.label,
    ...(accelerator ? { accelerator } : {}),
    enabled: item.enabled,
    ...(item.command.checked === undefined ? {} : { checked: item.command.checked }),
  }
}

/** The menus as the native menu is built from them (menu:update). */
export function nativeMenu(menus: readonly ResolvedMenu[], platform: string): NativeMenu {
  return { menus: menus.map((menu) => ({ id: menu.id, label: menu.label, items: menu.items.map((item) => nativeItem(item, platform)) })) }
}
