// Every user operation of the window is a registered command (STYLE.md 5): its label key,
// shortcuts, place in the menus, and enabled/checked from the workspace state. The in-window menu
// bar, the toolbar, the context menus, the key handler and the native Electron menu are all built
// from this one list (menuModel.ts), so a command cannot drift between them.
import type { TFunction } from 'i18next'
import { isPresetScale, MAX_SCALE, MIN_SCALE, viewScale, type Grouping, type TimelineView, type Zoom } from '../../shared/timeline'
import type { RecentFile } from '../../shared/ipc'
import type { FileFlows } from './fileFlows'
import { redoLabelOf, undoLabelOf } from './labels'
import type { Shortcut } from './shortcuts'
import type { Screen, Workspace, WorkspaceStore } from './store'
import type { EditCommands } from './editCommands'

/** What the timeline on screen does for the View commands (scrolling needs its viewport). */
export interface TimelineHandle {
  zoomTo(zoom: Zoom): void
  /** One continuous zoom step: -1 more detailed ("+"), +1 wider ("−"). */
  zoomStep(direction: 1 | -1): void
  /** Fits the selection's span, or the whole plan's, to the width. */
  fit(): void
  today(): void
}

/** What a command can reach when it runs or is asked whether it may. */
export interface CommandContext {
  state: Workspace
  store: WorkspaceStore
  files: FileFlows
  edits: EditCommands
  timeline: TimelineHandle | null
  recent: readonly RecentFile[]
  t: TFunction
}

export interface CommandDef {
  labelKey: string
  /** A label that depends on the state ("Undo Move ‘Opening concert’"); the label key otherwise. */
  label?: (ctx: CommandContext) => string | undefined
  shortcuts?: Shortcut[]
  /** Leave the keys to a focused text field (its own undo, cut, paste, Delete), rather than running the command. */
  yieldsToTextField?: boolean
  /** Repeats while the key is held (zoom); other commands run once per press. */
  repeats?: boolean
  enabled?: (ctx: CommandContext) => boolean
  checked?: (ctx: CommandContext) => boolean
  run: (ctx: CommandContext, arg?: string) => void
}

const hasPlan = ({ state }: CommandContext) => state.doc !== null && state.failure === null
const onTimeline = (ctx: CommandContext) => hasPlan(ctx) && ctx.state.screen === 'timeline' && ctx.timeline !== null
const screenCommand = (screen: Screen, key?: string): CommandDef => ({
  labelKey: screen === 'timeline' || screen === 'list' || screen === 'coverage' ? `planScreen.${screen}` : `views.${screen}`,
  shortcuts: key ? [{ key, mod: true }] : [],
  enabled: hasPlan,
  checked: ({ state }) => state.screen === screen,
  run: ({ store }) => store.getState().setScreen(screen),
})
// A checked View item for an on/off view setting (never an edit: it goes through setView).
const viewToggle = (labelKey: string, isOn: (view: TimelineView) => boolean, patch: (on: boolean) => Partial<TimelineView>): CommandDef => ({
  labelKey,
  enabled: hasPlan,
  checked: ({ state }) => isOn(state.view),
  run: ({ store }) => store.getState().setView(patch(!isOn(store.getState().view))),
})
const zoomCommand = (zoom: Zoom): CommandDef => ({
  labelKey: `timeline.zoom.${zoom}`,
  enabled: onTimeline,
  checked: ({ state }) => isPresetScale(viewScale(state.view), zoom),
  run: ({ timeline }) => timeline?.zoomTo(zoom),
})
const groupCommand = (grouping: Grouping): CommandDef => ({
  labelKey: `timeline.grouping.${grouping}`,
  enabled: (ctx) => hasPlan(ctx) && ctx.state.screen === 'timeline',
  checked: ({ state }) => state.view.grouping === grouping,
  run: ({ store }) => store.getState().setView({ grouping }),
})
const timesCommand = (times: 'home' | 'item'): CommandDef => ({
  labelKey: times === 'home' ? 'commands.view.timesHome' : 'commands.view.timesItem',
  enabled: hasPlan,
  checked: ({ state }) => state.view.times === times,
  run: ({ store }) => store.getState().setView({ times }),
})
const insert = (kind: 'event' | 'partner' | 'venue' | 'coproduction' | 'dependency', shortcuts: Shortcut[] = []): CommandDef => ({
  labelKey: `commands.insert.${kind}`,
  shortcuts,
  enabled: hasPlan,
  run: ({ edits }) => edits.insert(kind),
})
const list = (kind: 'channel' | 'audience' | 'strategy', key: string): CommandDef => ({
  labelKey: `commands.plan.${key}`,
  enabled: hasPlan,
  run: ({ store }) => store.getState().openDialog({ listing: kind }),
})
const hasSelection = (ctx: CommandContext) => hasPlan(ctx) && ctx.state.screen !== 'list' && ctx.state.selection.length > 0
// In a text field the keys cut, copy and paste its text; elsewhere they carry events.
const clipboardCommand = (action: 'cut' | 'copy' | 'paste', key: string, enabled: (ctx: CommandContext) => boolean): CommandDef => ({
  labelKey: `commands.edit.${action}`,
  shortcuts: [{ key, mod: true }],
  yieldsToTextField: true,
  enabled,
  run: ({ edits }) => edits.clipboard(action),
})

export const commandDefs = {
  'file.new': { labelKey: 'commands.file.new', shortcuts: [{ key: 'n', mod: true }], run: ({ files }) => void files.newPlan() },
  'file.open': { labelKey: 'commands.file.open', shortcuts: [{ key: 'o', mod: true }], run: ({ files }) => void files.open() },
  'file.openRecent': {
    labelKey: 'commands.file.openRecent',
    enabled: ({ recent }) => recent.some((file) => file.exists),
    run: ({ files }, path) => void (path !== undefined && files.openRecent(path)),
  },
  'file.forgetMissingRecent': {
    labelKey: 'commands.file.forgetMissingRecent',
    enabled: ({ recent }) => recent.some((file) => !file.exists),
    run: ({ edits }) => edits.forgetRecent({ missing: true }),
  },
  'file.clearRecent': {
    labelKey: 'commands.file.clearRecent',
    enabled: ({ recent }) => recent.length > 0,
    run: ({ edits, recent }) => edits.forgetRecent({ paths: recent.map((file) => file.path) }),
  },
  'file.recover': { labelKey: 'commands.file.recover', run: ({ store }) => store.getState().openDialog({ recovering: true }) },
  'file.browseVersions': { labelKey: 'commands.file.browseVersions', enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ versions: true }) },
  'file.mergeCopy': { labelKey: 'commands.file.mergeCopy', enabled: hasPlan, run: ({ files }) => void files.mergeAnother() },
  'file.save': { labelKey: 'commands.file.save', shortcuts: [{ key: 's', mod: true }], enabled: ({ state }) => state.doc !== null, run: ({ files }) => void files.save(false) },
  'file.saveAs': { labelKey: 'commands.file.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], enabled: ({ state }) => state.doc !== null, run: ({ files }) => void files.save(true) },
  'file.exportCalendar': { labelKey: 'commands.file.exportCalendar', enabled: hasPlan, run: ({ files }) => void files.exportAs('ics') },
  'file.exportSelectedCalendar': {
    labelKey: 'commands.file.exportSelectedCalendar',
    enabled: (ctx) => hasPlan(ctx) && ctx.state.selection.length > 0,
    run: ({ files, state }) => void files.exportAs('ics', state.selection),
  },
  'file.exportCsv': { labelKey: 'commands.file.exportCsv', enabled: hasPlan, run: ({ files }) => void files.exportAs('csv') },
  'file.exportPartnersCsv': { labelKey: 'commands.file.exportPartnersCsv', enabled: hasPlan, run: ({ files }) => void files.exportAs('csv', undefined, 'partners') },
  'file.exportVenuesCsv': { labelKey: 'commands.file.exportVenuesCsv', enabled: hasPlan, run: ({ files }) => void files.exportAs('csv', undefined, 'venues') },
  'file.exportCoproductionsCsv': { labelKey: 'commands.file.exportCoproductionsCsv', enabled: hasPlan, run: ({ files }) => void files.exportAs('csv', undefined, 'coproductions') },
  'file.exportExcel': { labelKey: 'commands.file.exportExcel', enabled: hasPlan, run: ({ files }) => void files.exportAs('xlsx') },
  'file.importCalendar': { labelKey: 'commands.file.importCalendar', enabled: hasPlan, run: ({ files }) => void files.importFrom('calendar') },
  'file.importSpreadsheet': { labelKey: 'commands.file.importSpreadsheet', enabled: hasPlan, run: ({ files }) => void files.importFrom('spreadsheet') },
  'file.print': { labelKey: 'commands.file.print', shortcuts: [{ key: 'p', mod: true }], enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ printing: 'print' }) },
  'file.exportPdf': { labelKey: 'commands.file.exportPdf', shortcuts: [{ key: 'e', mod: true, shift: true }], enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ printing: 'pdf' }) },
  // F1 opens the help of desktop apps on Windows and Linux.
  'help.guide': { labelKey: 'commands.help.guide', shortcuts: [{ key: 'F1' }], run: ({ store }) => store.getState().openDialog({ guide: true }) },
  'help.about': { labelKey: 'commands.help.about', run: ({ store }) => store.getState().openDialog({ about: true }) },
  // Ctrl+, (⌘, on a Mac) is where desktop apps keep their settings.
  'app.settings': { labelKey: 'commands.app.settings', shortcuts: [{ key: ',', mod: true }], run: ({ store }) => store.getState().openDialog({ settings: true }) },
  'file.close': { labelKey: 'commands.file.close', shortcuts: [{ key: 'w', mod: true }], run: ({ files }) => void files.close() },

  'edit.undo': {
    labelKey: 'commands.edit.undo',
    label: ({ state, t }) => {
      const label = undoLabelOf(state, t)
      return label ? t('commands.edit.undoWithLabel', { label }) : undefined
    },
    shortcuts: [{ key: 'z', mod: true }],
    yieldsToTextField: true,
    enabled: (ctx) => hasPlan(ctx) && (ctx.state.doc?.history.past.length ?? 0) > 0,
    run: ({ store }) => store.getState().undo(),
  },
  'edit.redo': {
    labelKey: 'commands.edit.redo',
    label: ({ state, t }) => {
      const label = redoLabelOf(state, t)
      return label ? t('commands.edit.redoWithLabel', { label }) : undefined
    },
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, platforms: { not: 'darwin' } },
    ],
    yieldsToTextField: true,
    enabled: (ctx) => hasPlan(ctx) && (ctx.state.doc?.history.future.length ?? 0) > 0,
    run: ({ store }) => store.getState().redo(),
  },
  'edit.cut': clipboardCommand('cut', 'x', (ctx) => hasSelection(ctx) && ctx.edits.copiable()),
  'edit.copy': clipboardCommand('copy', 'c', (ctx) => hasSelection(ctx) && ctx.edits.copiable()),
  'edit.paste': clipboardCommand('paste', 'v', (ctx) => hasPlan(ctx) && (ctx.state.screen === 'timeline' || ctx.state.screen === 'events')),
  'edit.duplicate': {
    labelKey: 'commands.edit.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    enabled: (ctx) => hasSelection(ctx) && ctx.edits.copiable(),
    run: ({ edits }) => edits.duplicate(),
  },
  'edit.delete': {
    labelKey: 'commands.edit.delete',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    yieldsToTextField: true,
    enabled: (ctx) => hasSelection(ctx) && ctx.edits.deletable().length > 0,
    run: ({ edits }) => edits.askDelete(),
  },
  'edit.selectAll': {
    labelKey: 'commands.edit.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    yieldsToTextField: true,
    enabled: (ctx) => hasPlan(ctx) && ctx.state.screen !== 'list',
    run: ({ edits }) => edits.selectAll(),
  },
  'edit.open': {
    labelKey: 'commands.edit.open',
    enabled: (ctx) => hasPlan(ctx) && ctx.edits.editable() !== null,
    run: ({ edits }) => edits.openSelected(),
  },
  'edit.find': { labelKey: 'commands.edit.find', shortcuts: [{ key: 'k', mod: true }], enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ finding: true }) },

  'view.timeline': screenCommand('timeline', '1'),
  'view.events': screenCommand('events', '2'),
  'view.partners': screenCommand('partners', '3'),
  'view.venues': screenCommand('venues', '4'),
  'view.coproductions': screenCommand('coproductions', '5'),
  'view.list': screenCommand('list', '6'),
  'view.coverage': screenCommand('coverage', '7'),
  // Plain + and - as in calendar and Gantt apps (Ctrl/⌘ with them zooms the page); + is Shift+= on
  // most layouts and its own key on the numeric keypad.
  'view.zoomIn': {
    labelKey: 'commands.view.zoomIn',
    shortcuts: [{ key: '+' }, { key: '+', shift: true }, { key: '=' }],
    yieldsToTextField: true,
    repeats: true,
    enabled: (ctx) => onTimeline(ctx) && viewScale(ctx.state.view) < MAX_SCALE,
    run: ({ timeline }) => timeline?.zoomStep(-1),
  },
  'view.zoomOut': {
    labelKey: 'commands.view.zoomOut',
    shortcuts: [{ key: '-' }, { key: '_', shift: true }],
    yieldsToTextField: true,
    repeats: true,
    enabled: (ctx) => onTimeline(ctx) && viewScale(ctx.state.view) > MIN_SCALE,
    run: ({ timeline }) => timeline?.zoomStep(1),
  },
  'view.zoom.day': zoomCommand('day'),
  'view.zoom.week': zoomCommand('week'),
  'view.zoom.month': zoomCommand('month'),
  'view.zoom.quarter': zoomCommand('quarter'),
  'view.zoom.year': zoomCommand('year'),
  'view.fit': { labelKey: 'commands.view.fit', enabled: onTimeline, run: ({ timeline }) => timeline?.fit() },
  'view.showEmptyLanes': viewToggle('commands.view.showEmptyLanes', (view) => view.showEmptyLanes ?? false, (on) => ({ showEmptyLanes: on })),
  'view.compact': viewToggle('commands.view.compact', (view) => view.density === 'compact', (on) => ({ density: on ? 'compact' : 'comfortable' })),
  'view.legendOneLine': viewToggle('commands.view.legendOneLine', (view) => view.legendCollapsed ?? true, (on) => ({ legendCollapsed: on })),
  'view.today': { labelKey: 'commands.view.today', enabled: onTimeline, run: ({ timeline }) => timeline?.today() },
  'view.goToDate': { labelKey: 'commands.view.goToDate', shortcuts: [{ key: 'g', mod: true }], enabled: onTimeline, run: ({ store }) => store.getState().openDialog({ goToDate: true }) },
  'view.group.partner': groupCommand('partner'),
  'view.group.country': groupCommand('country'),
  'view.group.venue': groupCommand('venue'),
  'view.group.kind': groupCommand('kind'),
  'view.group.channel': groupCommand('channel'),
  'view.group.coproduction': groupCommand('coproduction'),
  'view.group.status': groupCommand('status'),
  'view.times.home': timesCommand('home'),
  'view.times.item': timesCommand('item'),

  'insert.event': insert('event', [{ key: 'e', mod: true }]),
  'insert.partner': insert('partner'),
  'insert.venue': insert('venue'),
  'insert.coproduction': insert('coproduction'),
  'insert.dependency': insert('dependency'),

  // Alt+Enter is the Windows "Properties" key and clashes with nothing in Chromium or Electron;
  // Ctrl/⌘+, would mean "Settings" on a Mac.
  'plan.properties': { labelKey: 'commands.plan.properties', shortcuts: [{ key: 'Enter', alt: true }], enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ properties: true }) },
  'plan.holidays': { labelKey: 'commands.plan.holidays', enabled: hasPlan, run: ({ store }) => store.getState().openDialog({ holidays: true }) },
  'plan.channels': list('channel', 'channels'),
  'plan.audiences': list('audience', 'audiences'),
  'plan.strategies': list('strategy', 'strategies'),
} satisfies Record<string, CommandDef>

export type CommandId = keyof typeof commandDefs

/** True for a command id (own keys only): the native menu's `menu:command` is checked against it. */
export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(commandDefs, id)
}

/** A command as the menus, toolbar and keys see it now. */
export interface Command {
  id: CommandId
  label: string
  shortcuts: readonly Shortcut[]
  enabled: boolean
  checked?: boolean
  yieldsToTextField: boolean
  repeats: boolean
  run: (arg?: string) => void
}

/** Every command resolved against the current state. */
export function resolveCommands(ctx: CommandContext): Record<CommandId, Command> {
  const starting = ctx.state.starting
  const out = {} as Record<CommandId, Command>
  for (const [id, def] of Object.entries(commandDefs) as [CommandId, CommandDef][]) {
    const checked = def.checked?.(ctx)
    out[id] = {
      id,
      label: def.label?.(ctx) ?? (ctx.t as (key: string) => string)(def.labelKey),
      shortcuts: def.shortcuts ?? [],
      enabled: !starting && (def.enabled?.(ctx) ?? true),
      ...(checked === undefined ? {} : { checked }),
      yieldsToTextField: def.yieldsToTextField ?? false,
      repeats: def.repeats ?? false,
      run: (arg) => def.run({ ...ctx, state: ctx.store.getState() }, arg),
    }
  }
  return out
}
