// The one menu model: the native Electron template is built from it (no Electron needed: the
// builder is plain data), with translated labels, the undo label, enabled and checked states, and
// a click sends the command back to the window.
import { describe, expect, it, vi } from 'vitest'
import i18n from '../../src/renderer/i18n'
import { resolveCommands, type CommandContext } from '../../src/renderer/app/commands'
import type { EditCommands } from '../../src/renderer/app/editCommands'
import type { FileFlows } from '../../src/renderer/app/fileFlows'
import { nativeMenu, resolveContextMenu, resolveMenus } from '../../src/renderer/app/menuModel'
import { createWorkspaceStore } from '../../src/renderer/app/store'
import { buildMenuTemplate, type MenuTemplateItem } from '../../src/main/menuTemplate'
import { frozenSample } from '../support/entities'
import type { RecentFile } from '../../src/shared/ipc'

const file = { path: '/plans/silk-road.caravan', name: 'silk-road.caravan', hash: 'a'.repeat(64) }

function context(recent: RecentFile[] = []): CommandContext {
  const store = createWorkspaceStore()
  const project = frozenSample()
  store.getState().apply({ type: 'opened', result: { kind: 'opened', file, project } })
  const event = project.events[0]!
  store.getState().dispatch({ id: 'timeline.edit', args: { type: 'move', refs: [{ type: 'event', id: event.id, laneKey: '' }], delta: { unit: 'day', amount: 2 } } })
  const edits = { copiable: () => false, deletable: () => [], editable: () => null } as unknown as EditCommands
  const files = { save: vi.fn(), openRecent: vi.fn() } as unknown as FileFlows
  const handle = { zoomTo: vi.fn(), zoomStep: vi.fn(), fit: vi.fn(), today: vi.fn() }
  return { state: store.getState(), store, files, edits, timeline: handle, recent, t: i18n.t }
}

const find = (items: MenuTemplateItem[] | undefined, label: string): MenuTemplateItem | undefined => {
  for (const item of items ?? []) {
    if (item.label === label) return item
    const inner = find(item.submenu, label)
    if (inner) return inner
  }
  return undefined
}

describe('the native menu, built from the menu model', () => {
  const ctx = context([
    { path: '/plans/tour.caravan', name: 'tour.caravan', exists: true },
    { path: '/gone/old.caravan', name: 'old.caravan', exists: false },
  ])
  const commands = resolveCommands(ctx)
  const model = nativeMenu(resolveMenus(commands, ctx.recent, i18n.t), 'linux')
  const send = vi.fn()
  const template = buildMenuTemplate(model, { platform: 'linux', isDev: false, appName: 'Caravan', send, about: () => undefined })
  const title = ctx.state.doc!.history.present.events[0]!.title

  it('has the translated menus in order, with the platform roles around them', () => {
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Insert', 'Plan', 'windowMenu', 'Help'])
    expect(find(template, 'Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false, enabled: true })
    expect(template[0]!.submenu!.at(-1)).toEqual({ role: 'quit' })
  })

  it('cuts, copies and pastes through the page, as the keys do', () => {
    expect(find(template, 'Paste')).toMatchObject({ role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false })
    expect(find(template, 'Copy')?.role).toBe('copy')
  })

  it('shows the undo label, and what cannot be done now greyed', () => {
    expect(find(template, `Undo Move ‘${title}’`)).toMatchObject({ enabled: true, accelerator: 'CmdOrCtrl+Z' })
    expect(find(template, 'Redo')).toMatchObject({ enabled: false })
  })

  it('checks the zoom and the grouping in use', () => {
    expect(find(template, 'Month')).toMatchObject({ type: 'checkbox', checked: true })
    expect(find(template, 'Week')).toMatchObject({ type: 'checkbox', checked: false })
    expect(find(template, 'Partner')).toMatchObject({ checked: true })
  })

  it('lists recent plans, a missing one greyed, and sends the command with its file when clicked', () => {
    const recent = find(template, 'Open Recent')!
    expect(recent.submenu!.map((i) => i.label ?? i.type)).toEqual(['tour.caravan', 'old.caravan (missing)', 'separator', 'Remove Missing Plans', 'Clear Recent List'])
    expect(recent.submenu![1]).toMatchObject({ enabled: false })
    recent.submenu![0]!.click!()
    expect(send).toHaveBeenCalledWith({ command: 'file.openRecent', arg: '/plans/tour.caravan' })
  })

  it('on a Mac has the application menu first and no access-key marks', () => {
    const mac = buildMenuTemplate({ menus: [{ id: 'file', label: '&File', items: [] }] }, { platform: 'darwin', isDev: false, appName: 'Caravan', send, about: () => undefined })
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['Caravan', 'File', 'windowMenu'])
  })
})

describe('the context menus', () => {
  it('offer the editing commands on an item, from the same commands as the menus', () => {
    const commands = resolveCommands(context())
    const labels = resolveContextMenu(commands, 'item').map((e) => (e.type === 'command' ? e.label : '-'))
    expect(labels).toEqual(['Edit…', '-', 'Cut', 'Copy', 'Paste', 'Duplicate', '-', 'Delete'])
  })
})
