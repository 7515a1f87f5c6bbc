import { describe, expect, it } from 'vitest'
import i18n from '../i18n'
import { commandDefs, type CommandId } from './commands'
import { acceleratorOf, ariaKeyShortcuts, isEditingText, matchesShortcut, primaryShortcutLabel, type KeyPress, type Shortcut } from './shortcuts'

const press = (key: string, mods: Partial<Omit<KeyPress, 'key' | 'code'>> = {}, code = key.length === 1 ? `Key${key.toUpperCase()}` : key): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

const shortcutsOf = (id: CommandId): Shortcut[] => (commandDefs[id] as { shortcuts?: Shortcut[] }).shortcuts ?? []
/** The command a key press runs on a platform, as the window's key handler finds it. */
const commandFor = (p: KeyPress, platform: string): CommandId | undefined =>
  (Object.keys(commandDefs) as CommandId[]).find((id) => shortcutsOf(id).some((s) => matchesShortcut(p, s, platform)))

describe('command shortcuts', () => {
  it('no two commands share a key', () => {
    const seen = new Map<string, CommandId>()
    for (const id of Object.keys(commandDefs) as CommandId[]) {
      for (const s of shortcutsOf(id)) {
        const key = `${s.mod ? 'mod+' : ''}${s.alt ? 'alt+' : ''}${s.shift ? 'shift+' : ''}${s.key.toLowerCase()}`
        expect(seen.get(key), `${key}: ${id}`).toBeUndefined()
        seen.set(key, id)
      }
    }
  })

  it('Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(commandFor(press('s', { ctrlKey: true }), 'win32')).toBe('file.save')
    expect(commandFor(press('s', { metaKey: true }), 'darwin')).toBe('file.save')
    expect(commandFor(press('s', { ctrlKey: true }), 'darwin')).toBeUndefined()
    expect(commandFor(press('s', { metaKey: true }), 'linux')).toBeUndefined()
  })

  it('Shift makes Save into Save As and Undo into Redo', () => {
    expect(commandFor(press('S', { ctrlKey: true, shiftKey: true }), 'linux')).toBe('file.saveAs')
    expect(commandFor(press('Z', { ctrlKey: true, shiftKey: true }), 'linux')).toBe('edit.redo')
    expect(commandFor(press('z', { ctrlKey: true }), 'linux')).toBe('edit.undo')
  })

  it('Ctrl+Y redoes except on a Mac', () => {
    expect(commandFor(press('y', { ctrlKey: true }), 'win32')).toBe('edit.redo')
    expect(commandFor(press('y', { metaKey: true }), 'darwin')).toBeUndefined()
  })

  it('letters work on a Russian keyboard layout by physical key', () => {
    expect(commandFor(press('ы', { ctrlKey: true }, 'KeyS'), 'linux')).toBe('file.save')
  })

  it('the desktop editing keys: Delete and Backspace, cut, copy, paste, duplicate, select all', () => {
    expect(commandFor(press('Delete'), 'linux')).toBe('edit.delete')
    expect(commandFor(press('Backspace'), 'darwin')).toBe('edit.delete')
    expect(commandFor(press('x', { ctrlKey: true }), 'linux')).toBe('edit.cut')
    expect(commandFor(press('c', { ctrlKey: true }), 'linux')).toBe('edit.copy')
    expect(commandFor(press('v', { metaKey: true }), 'darwin')).toBe('edit.paste')
    expect(commandFor(press('d', { ctrlKey: true }), 'linux')).toBe('edit.duplicate')
    expect(commandFor(press('a', { ctrlKey: true }), 'linux')).toBe('edit.selectAll')
  })

  it('Alt+Enter opens the plan properties', () => {
    expect(commandFor(press('Enter', { altKey: true }), 'linux')).toBe('plan.properties')
    expect(commandFor(press('Enter'), 'linux')).toBeUndefined()
  })

  it('shows shortcuts the way each platform writes them, and as Electron accelerators', () => {
    expect(primaryShortcutLabel(shortcutsOf('file.saveAs'), 'win32', i18n.t)).toBe('Ctrl+Shift+S')
    expect(primaryShortcutLabel(shortcutsOf('file.saveAs'), 'darwin', i18n.t)).toBe('⇧⌘S')
    expect(primaryShortcutLabel(shortcutsOf('plan.properties'), 'linux', i18n.t)).toBe('Alt+Enter')
    expect(primaryShortcutLabel(shortcutsOf('edit.delete'), 'linux', i18n.t)).toBe('Del')
    expect(primaryShortcutLabel(shortcutsOf('file.openRecent'), 'linux', i18n.t)).toBe('')
    expect(ariaKeyShortcuts(shortcutsOf('edit.redo'), 'linux')).toBe('Control+Shift+Z Control+Y')
    expect(ariaKeyShortcuts(shortcutsOf('edit.redo'), 'darwin')).toBe('Meta+Shift+Z')
    expect(acceleratorOf(shortcutsOf('file.saveAs'), 'linux')).toBe('CmdOrCtrl+Shift+S')
    expect(acceleratorOf(shortcutsOf('view.zoomIn'), 'linux')).toBe('Plus')
    expect(acceleratorOf(shortcutsOf('plan.properties'), 'win32')).toBe('Alt+Enter')
  })

  it('leaves undo to text fields but not to buttons', () => {
    expect(isEditingText({ tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget)).toBe(true)
    expect(isEditingText({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(true)
    expect(isEditingText({ tagName: 'INPUT', type: 'checkbox', isContentEditable: false } as unknown as EventTarget)).toBe(false)
    expect(isEditingText({ tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget)).toBe(false)
    expect(isEditingText(null)).toBe(false)
  })
})
