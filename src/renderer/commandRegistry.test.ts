import { describe, expect, it } from 'vitest'
import i18n from './i18n'
import { ariaKeyShortcuts, commandForKey, commandSpecs, isEditingText, primaryShortcutLabel, type KeyPress } from './commandRegistry'

const press = (key: string, mods: Partial<Omit<KeyPress, 'key' | 'code'>> = {}, code = key.length === 1 ? `Key${key.toUpperCase()}` : key): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('command shortcuts', () => {
  it('Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(commandForKey(press('s', { ctrlKey: true }), 'win32')?.id).toBe('file.save')
    expect(commandForKey(press('s', { metaKey: true }), 'darwin')?.id).toBe('file.save')
    expect(commandForKey(press('s', { ctrlKey: true }), 'darwin')).toBeUndefined()
    expect(commandForKey(press('s', { metaKey: true }), 'linux')).toBeUndefined()
  })

  it('Shift makes Save into Save As and Undo into Redo', () => {
    expect(commandForKey(press('S', { ctrlKey: true, shiftKey: true }), 'linux')?.id).toBe('file.saveAs')
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }), 'linux')?.id).toBe('edit.redo')
    expect(commandForKey(press('z', { ctrlKey: true }), 'linux')?.id).toBe('edit.undo')
  })

  it('Ctrl+Y redoes except on a Mac', () => {
    expect(commandForKey(press('y', { ctrlKey: true }), 'win32')?.id).toBe('edit.redo')
    expect(commandForKey(press('y', { metaKey: true }), 'darwin')).toBeUndefined()
  })

  it('letters work on a Russian keyboard layout by physical key', () => {
    expect(commandForKey(press('ы', { ctrlKey: true }, 'KeyS'), 'linux')?.id).toBe('file.save')
  })

  it('Alt+Enter opens the plan properties', () => {
    expect(commandForKey(press('Enter', { altKey: true }), 'linux')?.id).toBe('plan.properties')
    expect(commandForKey(press('Enter'), 'linux')).toBeUndefined()
  })

  it('shows shortcuts the way each platform writes them', () => {
    expect(primaryShortcutLabel(commandSpecs['file.saveAs'], 'win32', i18n.t)).toBe('Ctrl+Shift+S')
    expect(primaryShortcutLabel(commandSpecs['file.saveAs'], 'darwin', i18n.t)).toBe('⇧⌘S')
    expect(primaryShortcutLabel(commandSpecs['plan.properties'], 'linux', i18n.t)).toBe('Alt+Enter')
    expect(primaryShortcutLabel(commandSpecs['file.close'], 'linux', i18n.t)).toBe('')
    expect(ariaKeyShortcuts(commandSpecs['edit.redo'], 'linux')).toBe('Control+Shift+Z Control+Y')
    expect(ariaKeyShortcuts(commandSpecs['edit.redo'], 'darwin')).toBe('Meta+Shift+Z')
  })

  it('leaves undo to text fields but not to buttons', () => {
    expect(isEditingText({ tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget)).toBe(true)
    expect(isEditingText({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(true)
    expect(isEditingText({ tagName: 'INPUT', type: 'checkbox', isContentEditable: false } as unknown as EventTarget)).toBe(false)
    expect(isEditingText({ tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget)).toBe(false)
    expect(isEditingText(null)).toBe(false)
  })
})
