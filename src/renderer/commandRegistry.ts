// Every user operation is a registered command (STYLE.md 5): the toolbar, the in-window menu,
// the native menu's `menu:command` events and the keyboard all dispatch the same ids.
import type { TFunction } from 'i18next'
import { menuCommands } from '../shared/ipc'
import { editingCommandSpecs } from './editors/editingCommands'

/** Every command of the app: exactly the ids the native menu may send (one list, in the IPC contract). */
export const commandIds = menuCommands
export type CommandId = (typeof commandIds)[number]

/** A key combination; `mod` is ⌘ on macOS and Ctrl elsewhere. */
export interface Shortcut {
  key: string
  mod?: boolean
  shift?: boolean
  alt?: boolean
  /** Only offered on these platforms (e.g. Ctrl+Y for redo is not a Mac habit). */
  platforms?: { not: string }
}

/** The static part of a command: what it is called and which keys run it. */
export interface CommandSpec {
  id: CommandId
  labelKey: `commands.${CommandId}`
  shortcuts: Shortcut[]
  /** Leave the keys to a focused text field (its own undo), rather than running the command. */
  yieldsToTextField?: boolean
}

/** A command wired to the running app. */
export interface Command extends CommandSpec {
  /** What menus show, e.g. "Undo Rename plan". */
  label: string
  enabled: boolean
  run: () => void
}

export const commandSpecs: Record<CommandId, CommandSpec> = {
  'file.new': { id: 'file.new', labelKey: 'commands.file.new', shortcuts: [{ key: 'n', mod: true }] },
  'file.open': { id: 'file.open', labelKey: 'commands.file.open', shortcuts: [{ key: 'o', mod: true }] },
  'file.save': { id: 'file.save', labelKey: 'commands.file.save', shortcuts: [{ key: 's', mod: true }] },
  'file.saveAs': { id: 'file.saveAs', labelKey: 'commands.file.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }] },
  'file.close': { id: 'file.close', labelKey: 'commands.file.close', shortcuts: [] },
  'edit.undo': { id: 'edit.undo', labelKey: 'commands.edit.undo', shortcuts: [{ key: 'z', mod: true }], yieldsToTextField: true },
  'edit.redo': {
    id: 'edit.redo',
    labelKey: 'commands.edit.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, platforms: { not: 'darwin' } },
    ],
    yieldsToTextField: true,
  },
  // Alt+Enter is the Windows "Properties" key and clashes with nothing in Chromium or Electron;
  // Ctrl/⌘+, would mean "Settings" on a Mac.
  'plan.properties': { id: 'plan.properties', labelKey: 'commands.plan.properties', shortcuts: [{ key: 'Enter', alt: true }] },
  // Plain + and - as in calendar and Gantt apps (Ctrl/⌘ with them zooms the page); + is Shift+= on
  // most layouts and its own key on the numeric keypad.
  'view.zoomIn': {
    id: 'view.zoomIn',
    labelKey: 'commands.view.zoomIn',
    shortcuts: [{ key: '+' }, { key: '+', shift: true }, { key: '=' }],
    yieldsToTextField: true,
  },
  'view.zoomOut': { id: 'view.zoomOut', labelKey: 'commands.view.zoomOut', shortcuts: [{ key: '-' }, { key: '_', shift: true }], yieldsToTextField: true },
  'view.fit': { id: 'view.fit', labelKey: 'commands.view.fit', shortcuts: [] },
  'view.today': { id: 'view.today', labelKey: 'commands.view.today', shortcuts: [] },
  'view.goToDate': { id: 'view.goToDate', labelKey: 'commands.view.goToDate', shortcuts: [{ key: 'g', mod: true }] },
  ...editingCommandSpecs,
}

/** The fields of a keyboard event a shortcut looks at. */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

function offeredOn(shortcut: Shortcut, platform: string): boolean {
  return !shortcut.platforms || shortcut.platforms.not !== platform
}

/** True when `press` is `shortcut` on `platform`; letters also match by physical key, so non-Latin layouts work. */
export function matchesShortcut(press: KeyPress, shortcut: Shortcut, platform: string): boolean {
  if (!offeredOn(shortcut, platform)) return false
  const mac = platform === 'darwin'
  const mod = mac ? press.metaKey : press.ctrlKey
  const other = mac ? press.ctrlKey : press.metaKey
  if (mod !== Boolean(shortcut.mod) || other || press.shiftKey !== Boolean(shortcut.shift) || press.altKey !== Boolean(shortcut.alt)) return false
  if (press.key.toLowerCase() === shortcut.key.toLowerCase()) return true
  return shortcut.key.length === 1 && /[a-z]/i.test(shortcut.key) && press.code === `Key${shortcut.key.toUpperCase()}`
}

/** The command whose shortcut `press` is, if any. */
export function commandForKey(press: KeyPress, platform: string): CommandSpec | undefined {
  return Object.values(commandSpecs).find((spec) => spec.shortcuts.some((s) => matchesShortcut(press, s, platform)))
}

/** How a shortcut is written in menus and tooltips: `Ctrl+Shift+S`, or `⇧⌘S` on a Mac. */
export function shortcutLabel(shortcut: Shortcut, platform: string, t: TFunction): string {
  const key = shortcut.key === 'Enter' ? (platform === 'darwin' ? '↩' : t('shortcut.enter')) : shortcut.key.toUpperCase()
  if (platform === 'darwin') return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`
  const parts = [shortcut.mod && t('shortcut.ctrl'), shortcut.alt && t('shortcut.alt'), shortcut.shift && t('shortcut.shift'), key]
  return parts.filter(Boolean).join(t('shortcut.separator'))
}

/** The first shortcut of a command offered on `platform`, written for people; empty when it has none. */
export function primaryShortcutLabel(spec: CommandSpec, platform: string, t: TFunction): string {
  const shortcut = spec.shortcuts.find((s) => offeredOn(s, platform))
  return shortcut ? shortcutLabel(shortcut, platform, t) : ''
}

/** True when keys typed now belong to a text field (its own undo), not to the plan. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  if (element.tagName === 'TEXTAREA') return true
  if (element.tagName !== 'INPUT') return false
  const type = (element as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type)
}

/** The command's shortcuts for `aria-keyshortcuts` (key names as ARIA spells them), or undefined. */
export function ariaKeyShortcuts(spec: CommandSpec, platform: string): string | undefined {
  const mod = platform === 'darwin' ? 'Meta' : 'Control'
  const names = spec.shortcuts
    .filter((s) => offeredOn(s, platform))
    .map((s) => [s.mod && mod, s.alt && 'Alt', s.shift && 'Shift', s.key.length === 1 ? s.key.toUpperCase() : s.key].filter(Boolean).join('+'))
  return names.length > 0 ? names.join(' ') : undefined
}
