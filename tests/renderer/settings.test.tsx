// @vitest-environment jsdom
// Settings switches the interface language at once: the dialog itself, the menus and the native
// menu built from them speak it, and main is told to remember it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import i18n from '../../src/renderer/i18n'
import { resolveCommands, type CommandContext } from '../../src/renderer/app/commands'
import type { EditCommands } from '../../src/renderer/app/editCommands'
import type { FileFlows } from '../../src/renderer/app/fileFlows'
import { loadLanguage } from '../../src/renderer/app/language'
import { nativeMenu, resolveMenus } from '../../src/renderer/app/menuModel'
import { createWorkspaceStore } from '../../src/renderer/app/store'
import { SettingsDialog } from '../../src/renderer/components/SettingsDialog'
import { buildMenuTemplate } from '../../src/main/menuTemplate'
import type { CaravanApi } from '../../src/shared/ipc'

/** A window's bridge to main that keeps the settings as main would (in memory). */
function bridge(language: string | null = null) {
  const saved = { language }
  const invoke = vi.fn(async (channel: string, args: unknown) => {
    if (channel === 'settings:get') return { ...saved }
    if (channel === 'settings:set') Object.assign(saved, args)
    return undefined
  })
  return { api: { host: 'desktop', platform: 'linux', invoke, on: () => () => undefined } as unknown as CaravanApi, saved }
}

function menuLabels(): string[] {
  const store = createWorkspaceStore()
  const ctx = { state: store.getState(), store, files: {} as FileFlows, edits: {} as EditCommands, timeline: null, recent: [], t: i18n.t } as CommandContext
  const model = nativeMenu(resolveMenus(resolveCommands(ctx), [], i18n.t), 'linux')
  return buildMenuTemplate(model, { platform: 'linux', isDev: false, appName: 'Caravan', send: () => undefined, about: () => undefined }).flatMap((m) => (m.label ? [m.label] : []))
}

afterEach(async () => {
  cleanup()
  await act(() => i18n.changeLanguage('en'))
})

describe('the language setting', () => {
  it('switches the dialog and the menus to Chinese at once, and main remembers it', async () => {
    const { api, saved } = bridge()
    render(<SettingsDialog api={api} onClose={() => undefined} />)
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy()
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Insert', 'Plan', 'Help'])

    await act(async () => fireEvent.click(screen.getByRole('radio', { name: '简体中文' })))

    expect(screen.getByRole('dialog', { name: '设置' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '界面语言' })).toBeTruthy()
    expect(menuLabels()).toEqual(['文件', '编辑', '视图', '插入', '计划', '帮助'])
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(saved.language).toBe('zh-CN')
  })

  it('follows the system again when chosen so, and a remembered choice is applied at start', async () => {
    const { api, saved } = bridge('zh-CN')
    await act(() => loadLanguage(api))
    expect(i18n.t('commands.file.save')).toBe('保存')
    render(<SettingsDialog api={api} onClose={() => undefined} />)
    expect((screen.getByRole('radio', { name: '简体中文' }) as HTMLInputElement).checked).toBe(true)
    // jsdom's system language is English.
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: '跟随系统（English）' })))
    expect(saved.language).toBeNull()
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy()
  })
})
