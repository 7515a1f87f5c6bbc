// The commands of the editing area: Insert ▸ Event…, Partner…, Venue…, Co-production…,
// Dependency…, Quick find, and Plan ▸ Channels…, Audiences…, Strategies…. Registered with the window's other commands (commandRegistry.ts),
// so the in-window menu, the native menu, the toolbar and the keyboard all run them.
import type { Command, CommandSpec } from '../commandRegistry'
import type { ListKind } from './ListEntityEditor'

export const editingCommandIds = ['insert.event', 'insert.partner', 'insert.venue', 'insert.coproduction', 'insert.dependency', 'edit.find', 'plan.channels', 'plan.audiences', 'plan.strategies'] as const
export type EditingCommandId = (typeof editingCommandIds)[number]
/** What Insert ▸ creates. */
export type InsertKind = 'event' | 'partner' | 'venue' | 'coproduction' | 'dependency'

// Ctrl/⌘+E and Ctrl/⌘+K are free in Electron and are handed to pages by Chromium; neither is a
// text-editing key, and the timeline and file commands use other letters.
export const editingCommandSpecs: Record<EditingCommandId, CommandSpec> = {
  'insert.event': { id: 'insert.event', labelKey: 'commands.insert.event', shortcuts: [{ key: 'e', mod: true }] },
  'insert.partner': { id: 'insert.partner', labelKey: 'commands.insert.partner', shortcuts: [] },
  'insert.venue': { id: 'insert.venue', labelKey: 'commands.insert.venue', shortcuts: [] },
  'insert.coproduction': { id: 'insert.coproduction', labelKey: 'commands.insert.coproduction', shortcuts: [] },
  'insert.dependency': { id: 'insert.dependency', labelKey: 'commands.insert.dependency', shortcuts: [] },
  'edit.find': { id: 'edit.find', labelKey: 'commands.edit.find', shortcuts: [{ key: 'k', mod: true }] },
  'plan.channels': { id: 'plan.channels', labelKey: 'commands.plan.channels', shortcuts: [] },
  'plan.audiences': { id: 'plan.audiences', labelKey: 'commands.plan.audiences', shortcuts: [] },
  'plan.strategies': { id: 'plan.strategies', labelKey: 'commands.plan.strategies', shortcuts: [] },
}

/** What the editing commands act on. */
export interface EditingCommandTarget {
  insert(kind: InsertKind): void
  quickFind(): void
  /** Opens the list of the plan's channels, audiences or strategies. */
  lists(kind: ListKind): void
}

/** The editing commands, enabled while a plan is on screen. */
export function editingCommands(
  make: (id: EditingCommandId, enabled: boolean, run: () => void) => Command,
  enabled: boolean,
  target: EditingCommandTarget,
): Record<EditingCommandId, Command> {
  const insert = (kind: InsertKind) => make(`insert.${kind}`, enabled, () => target.insert(kind))
  return {
    'insert.event': insert('event'),
    'insert.partner': insert('partner'),
    'insert.venue': insert('venue'),
    'insert.coproduction': insert('coproduction'),
    'insert.dependency': insert('dependency'),
    'edit.find': make('edit.find', enabled, target.quickFind),
    'plan.channels': make('plan.channels', enabled, () => target.lists('channel')),
    'plan.audiences': make('plan.audiences', enabled, () => target.lists('audience')),
    'plan.strategies': make('plan.strategies', enabled, () => target.lists('strategy')),
  }
}
