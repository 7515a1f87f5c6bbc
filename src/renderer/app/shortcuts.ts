// Keys and how they are written: one key handler serves Electron and the web host alike (the
// native menu only shows the accelerators), so the matching and the labels live here.
import type { TFunction } from 'i18next'

/** A key combination; `mod` is ⌘ on macOS and Ctrl elsewhere. */
export interface Shortcut {
  key: string
  mod?: boolean
  shift?: boolean
  alt?: boolean
  /** Only offered on these platforms (e.g. Ctrl+Y for redo is not a Mac habit). */
  platforms?: { not: string }
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

export function offeredOn(shortcut: Shortcut, platform: string): boolean {
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

const keyNames: Record<string, string> = { Enter: 'shortcut.enter', Delete: 'shortcut.delete', Backspace: 'shortcut.backspace' }
const macKeys: Record<string, string> = { Enter: '↩', Delete: '⌦', Backspace: '⌫' }

/** How a shortcut is written in menus and tooltips: `Ctrl+Shift+S`, or `⇧⌘S` on a Mac. */
export function shortcutLabel(shortcut: Shortcut, platform: string, t: TFunction): string {
  const named = keyNames[shortcut.key]
  const key = named ? (platform === 'darwin' ? macKeys[shortcut.key]! : t(named as 'shortcut.enter')) : shortcut.key.toUpperCase()
  if (platform === 'darwin') return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`
  const parts = [shortcut.mod && t('shortcut.ctrl'), shortcut.alt && t('shortcut.alt'), shortcut.shift && t('shortcut.shift'), key]
  return parts.filter(Boolean).join(t('shortcut.separator'))
}

/** The first shortcut offered on `platform`, written for people; empty when there is none. */
export function primaryShortcutLabel(shortcuts: readonly Shortcut[], platform: string, t: TFunction): string {
  const shortcut = shortcuts.find((s) => offeredOn(s, platform))
  return shortcut ? shortcutLabel(shortcut, platform, t) : ''
}

/** The first shortcut as an Electron accelerator (`CmdOrCtrl+Shift+S`), for the native menu to show. */
export function acceleratorOf(shortcuts: readonly Shortcut[], platform: string): string | undefined {
  const shortcut = shortcuts.find((s) => offeredOn(s, platform))
  if (!shortcut) return undefined
  const key = shortcut.key === '+' ? 'Plus' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key
  return [shortcut.mod && 'CmdOrCtrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+')
}

/** True when keys typed now belong to a text field (its own undo, cut and paste), not to the plan. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  if (element.tagName === 'TEXTAREA') return true
  if (element.tagName !== 'INPUT') return false
  const type = (element as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type)
}

/** The shortcuts for `aria-keyshortcuts` (key names as ARIA spells them), or undefined. */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[], platform: string): string | undefined {
  const mod = platform === 'darwin' ? 'Meta' : 'Control'
  const names = shortcuts
    .filter((s) => offeredOn(s, platform))
    .map((s) => [s.mod && mod, s.alt && 'Alt', s.shift && 'Shift', s.key.length === 1 ? s.key.toUpperCase() : s.key].filter(Boolean).join('+'))
  return names.length > 0 ? names.join(' ') : undefined
}
