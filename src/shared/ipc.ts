// The one IPC contract between the renderer and the main process (DESIGN.md). The preload, the
// main handler table, the web host and the tests are all typed from these maps. This module is
// free of runtime dependencies on purpose: the sandboxed preload bundles it and may only load
// `electron`. The argument schemas (zod) live in ipcArgs.ts, used by main.
import type { Issue, Project } from './format'
import type { ExchangeKind, TableWords } from './exchange/tables'
import type { SummaryLanguages } from './exchange/ics'

/** A project file as the renderer knows it: where it is, and the content hash it was read or saved as. */
export interface FileInfo {
  /** Absolute path, shown to the user (title bar tooltip, errors). */
  path: string
  /** File name without folder, e.g. `silk-road-2027.caravan`. */
  name: string
  /** SHA-256 (hex) of the bytes on disk when last read or written; detects edits by others. */
  hash: string
}

/** Who has a plan open elsewhere (its lock file beside it). */
export interface PlanHolder {
  user: string
  host: string
  /** RFC 3339. */
  since: string
}

export type OpenResult =
  /** `readOnly`: opened while someone else has it (Save As only). */
  | { kind: 'opened'; file: FileInfo; project: Project; migratedFrom?: number; readOnly?: boolean }
  /** Someone else has the plan open: nothing was opened; ask, then `project:openInUse`. */
  | { kind: 'inUse'; path: string; name: string; by: PlanHolder }
  /** The file could not be used: unreadable, not a Caravan file, invalid, or from a newer Caravan. */
  | { kind: 'failed'; path: string; name: string; errors: Issue[] }
  | { kind: 'canceled' }

export type StartResult = OpenResult | { kind: 'empty' }

/** The runtime the main process runs on; `electron` and `chrome` only in the desktop app. */
export interface RuntimeVersions {
  node: string
  electron?: string
  chrome?: string
}

export type SaveResult =
  /** `warnings`: the plan is saved, but something beside it was not (its previous version could not be kept as a backup). */
  | { kind: 'saved'; file: FileInfo; project: Project; changed: boolean; warnings?: Issue[] }
  /** Someone else changed the file on disk since it was opened; nothing was written. */
  | { kind: 'conflict'; path: string; name: string }
  /** The document would not read back (or the disk refused it); nothing was written. */
  | { kind: 'failed'; path: string; name: string; errors: Issue[] }
  | { kind: 'canceled' }

/** A window's unsaved edits, as the renderer hands them to main for recovery after a crash. */
export interface RecoveryDraft {
  planId: string
  title: string
  /** The plan's file; absent for a plan never saved. */
  path?: string
  /** The hash of that file as saved or opened: the document the calls apply to. */
  baseHash?: string
  /** The command calls since the last save (journal entries), when the saved file is their base. */
  calls?: unknown[]
  /**
   * The document with the edits as JSON text, so nothing is lost even when the calls cannot be
   * replayed. Text, not the object: written off the renderer's main thread, and written into the
   * entry as it came, it holds up neither the window nor main on a large plan.
   */
  projectJson: string
  /** How many edits are unsaved. */
  count: number
  /** The last edit's undo label (coded, worded by the renderer). */
  lastLabel?: { key: string; values: Record<string, string> }
}

/** Unsaved edits left by a Caravan that stopped without saving, as offered at start. */
export interface RecoveryEntry {
  id: string
  /** RFC 3339: when the edits were last written. */
  at: string
  planId: string
  title: string
  path?: string
  count: number
  lastLabel?: { key: string; values: Record<string, string> }
}

/** What recovering an entry gives the window. */
export type RecoverResult =
  /**
   * `opened`: the plan's file as it is now (null for a plan never saved, or gone); `calls`: the
   * edits to replay on it, each an undo step, when it is still the version they were made on;
   * `project`: the document with the edits, which the window ends up showing either way.
   */
  | { kind: 'recovered'; opened: Extract<OpenResult, { kind: 'opened' }> | null; calls: unknown[] | null; project: Project }
  | { kind: 'failed'; errors: Issue[] }
/** What File ▸ Export wrote. */
export type ExportResult = { kind: 'exported'; path: string; name: string } | { kind: 'failed'; path: string; name: string; errors: Issue[] } | { kind: 'canceled' }

/** An export as the renderer asks for it: the format, the kind (csv: one; xlsx: all when left out), the words of its language. */
export interface ExportRequest {
  format: 'ics' | 'csv' | 'xlsx'
  what?: ExchangeKind
  project: Project
  /** Header and sheet words in the interface language. */
  words: TableWords
  /** The interface language, for country names in calendar locations. */
  language: string
  summary?: SummaryLanguages
  /** Only these items (a selection); all when left out. */
  ids?: string[]
}

/** A file chosen for File ▸ Import, read by main (size-capped, regular files only). */
export type ImportFile =
  | { kind: 'calendar'; path: string; name: string; text: string }
  /** A spreadsheet's sheets as text rows (dates ISO); `encoding` names the one assumed for a CSV that was not UTF-8. */
  | { kind: 'table'; path: string; name: string; sheets: { name: string; rows: string[][] }[]; encoding?: string }
  | { kind: 'failed'; path: string; name: string; errors: Issue[] }
  | { kind: 'canceled' }
/** What became of File ▸ Print…: printed (or handed to the system's dialog), canceled there, or failed with reasons. */
export type PrintResult = { kind: 'printed' } | { kind: 'canceled' } | { kind: 'failed'; errors: Issue[] }

/** What became of File ▸ Export PDF…: the PDF written where the user chose, canceled, or failed. */
export type PdfResult = { kind: 'saved'; path: string; name: string } | { kind: 'canceled' } | { kind: 'failed'; errors: Issue[] }

/** A plan opened recently, for File ▸ Open Recent. */
export interface RecentFile {
  path: string
  /** File name without folder. */
  name: string
  /** False when the file is no longer there (moved, deleted, an unplugged drive): shown greyed. */
  exists: boolean
}

/** One entry of a menu as the renderer's menu model describes it for the native menu. */
export type NativeMenuItem =
  | { type: 'separator' }
  | {
      type: 'command'
      /** The renderer's command id, sent back in `menu:command` when clicked. */
      command: string
      /** An argument for the command (Open Recent: the file's path). */
      arg?: string
      /** Translated label, with `&` before the access key letter. */
      label: string
      /** Electron accelerator, shown only (the renderer handles the keys itself). */
      accelerator?: string
      enabled: boolean
      /** A checkbox or radio item's state; absent for a plain item. */
      checked?: boolean
    }
  | { type: 'submenu'; label: string; items: NativeMenuItem[] }

/** The window's menus as the renderer's menu model builds them, translated. */
export interface NativeMenu {
  menus: { id: string; label: string; items: NativeMenuItem[] }[]
}

/** A menu command as the native menu sends it back. */
export interface MenuCommand {
  command: string
  arg?: string
}

/** Calls from the renderer to main: channel → argument and result. */
/** The app settings a user changes in Settings: the interface language (`null`: follow the system), how many saved versions are kept. */
export interface AppSettings {
  language: string | null
  /** Left out of a `settings:set`: unchanged. */
  keepVersions?: KeepVersions
}

/** How many saved versions of a plan the version history keeps: the `recent` newest, and one a day for `days` days. */
export interface KeepVersions {
  recent: number
  days: number
}

/** One change of a kept version against the version before it (worded by the renderer). */
export interface VersionChange {
  op: 'add' | 'delete' | 'edit'
  kind: string
  id: string
  name?: string
  nameLocal?: string
  fields: string[]
  /** The new value of short text fields (title, status, dates…), by field. */
  now?: Record<string, string>
}

/** A version the history keeps of a plan, newest first in a list. */
export interface VersionEntry {
  /** Names the version in `versions:read`. */
  id: string
  /** RFC 3339: when it was saved. */
  at: string
  revision?: string
  title: string
  counts: { events: number; partners: number; venues: number; coproductions: number }
  /** What changed against the version before (at most 20; `more` counts the rest). */
  changes: VersionChange[]
  more: number
  /** The oldest the history knows of this plan: nothing to compare it with. */
  first?: boolean
  /** Kept when the plan was opened (a copy made from it finds its ancestor), not saved from here. */
  opened?: boolean
}

export interface InvokeMap {
  /** The document to show at start: a file named on the command line, the last one, or the sample plan on first start. */
  'app:start': { args: undefined; result: StartResult }
  /** Asks for a file with the open dialog and reads it. */
  'project:open': { args: undefined; result: OpenResult }
  /** Opens the plan an `inUse` answer was about: read-only, or taking it over ("open anyway"). */
  'project:openInUse': { args: { mode: 'readOnly' | 'takeOver' }; result: OpenResult }
  /** Reads the window's own file again, as it is on disk now (after someone else changed it). */
  'project:reload': { args: undefined; result: OpenResult }
  /** Asks for another copy of a plan with the open dialog and reads it, to merge into the open one; the window's file stays the same. */
  'project:readOther': { args: undefined; result: OpenResult }
  /** Reads the window's own file as it is on disk now, without opening it (to merge an outside change into the open plan). */
  'project:readCurrent': { args: undefined; result: OpenResult }
  /** Opens a plan of the recent list (only those: the renderer cannot name any other path). */
  'project:openRecent': { args: { path: string }; result: OpenResult }
  /** Writes the document to its file; with `saveAs` (or when it has none) asks for a path first. `overwrite` saves over a file changed on disk. */
  /** `expectedHash`: the version of the file the plan now includes (merged in), which this save may replace instead of the one opened. */
  'project:save': { args: { project: Project; saveAs: boolean; overwrite: boolean; expectedHash?: string }; result: SaveResult }
  /** Forgets the window's file (after New): the next save asks for a path. */
  'project:forget': { args: undefined; result: undefined }
  /** Window title and unsaved-changes marker, for the title bar and the close question. */
  'window:state': { args: { title: string; dirty: boolean }; result: undefined }
  /** Closes the window now, without asking again (the renderer has already asked). */
  'window:close': { args: undefined; result: undefined }
  /** Opens a `.caravan` file dropped on the window, by its absolute path (desktop only; one window per plan). */
  'project:openDropped': { args: { path: string }; result: OpenResult }
  /** What Help ▸ About Caravan shows of the runtime: the versions of Electron, Chromium and Node.js where known. */
  'app:about': { args: undefined; result: RuntimeVersions }
  /** The plans opened recently, newest first (at most ten). */
  'recent:list': { args: undefined; result: RecentFile[] }
  /** Removes files from the recent list: the given paths, or every file that no longer exists. */
  'recent:forget': { args: { paths: string[] } | { missing: true }; result: undefined }
  /** What this user last had as view settings (zoom, grouping, lanes, filter) on a plan, by plan id; null when nothing. */
  'view:get': { args: { planId: string }; result: { view: unknown; filter: unknown } | null }
  /** Remembers this user's view settings on a plan (never written into the plan itself). */
  'view:set': { args: { planId: string; view: unknown; filter: unknown }; result: undefined }
  /** The user's own settings of the app: the interface language chosen (null: follow the system). */
  'settings:get': { args: undefined; result: AppSettings }
  /** Remembers the user's settings of the app (takes effect in the renderer at once, and at every start). */
  'settings:set': { args: AppSettings; result: undefined }
  /** The menus as the renderer's model has them now: the native menu is rebuilt from them. */
  'menu:update': { args: NativeMenu; result: undefined }
  /** Writes the window's unsaved edits to the recovery journal in the app's data folder (never the user's file). */
  'recovery:write': { args: RecoveryDraft; result: undefined }
  /** The window has nothing unsaved any more (saved, or closed without saving): its recovery entry goes. */
  'recovery:clear': { args: undefined; result: undefined }
  /** Unsaved edits left by a Caravan that crashed or was killed. */
  'recovery:list': { args: undefined; result: RecoveryEntry[] }
  /** Recovers one entry into this window (it stays on disk until the edits are saved or discarded). */
  'recovery:open': { args: { id: string }; result: RecoverResult }
  /** Throws an entry away. */
  'recovery:discard': { args: { id: string }; result: undefined }
  /** The versions the history keeps of a plan, newest first. */
  'versions:list': { args: { planId: string }; result: VersionEntry[] }
  /** One kept version, or null when it is gone or unreadable. */
  'versions:read': { args: { planId: string; id: string }; result: Project | null }
  /** The newest kept version with this revision (a merge's common ancestor), or null. */
  'versions:find': { args: { planId: string; revision: string }; result: Project | null }
  /** Asks where to export with a save dialog and writes the plan there as ICS, CSV or XLSX (durably). */
  'exchange:export': { args: ExportRequest; result: ExportResult }
  /** Asks for a calendar or spreadsheet with the open dialog and reads it for an import preview. */
  'exchange:read': { args: { kind: 'calendar' | 'spreadsheet' }; result: ImportFile }
  /** Prints the window's print route (the Print dialog's pages) through the system print dialog. */
  'print:print': { args: undefined; result: PrintResult }
  /** Renders the print route to PDF (paper from its @page rule) and writes it durably where the user picks. */
  'print:pdf': { args: { suggestedName: string }; result: PdfResult }
}

/** Events pushed from main to the renderer. */
export interface EventMap {
  'menu:command': MenuCommand
  /** The open file was changed on disk by someone else. */
  'file:changed-on-disk': { path: string }
  /** The user tried to close the window while it has unsaved changes: the renderer asks, then calls `window:close`. */
  'app:close-requested': undefined
}

export type Channel = keyof InvokeMap
export type Args<K extends Channel> = InvokeMap[K]['args']
export type Result<K extends Channel> = InvokeMap[K]['result']
export type EventName = keyof EventMap
export type EventPayload<K extends EventName> = EventMap[K]

// The channel and event lists derive from the maps above: `satisfies` makes a name that is in a
// map but missing here (or here but not in the map) a type error, not a call refused at run time.
const invokeTable = {
  'app:start': true,
  'project:open': true,
  'project:openRecent': true,
  'project:reload': true,
  'project:openInUse': true,
  'project:readOther': true,
  'project:readCurrent': true,
  'project:save': true,
  'project:forget': true,
  'window:state': true,
  'window:close': true,
  'project:openDropped': true,
  'app:about': true,
  'recent:list': true,
  'recent:forget': true,
  'view:get': true,
  'view:set': true,
  'settings:get': true,
  'settings:set': true,
  'menu:update': true,
  'recovery:write': true,
  'recovery:clear': true,
  'recovery:list': true,
  'recovery:open': true,
  'recovery:discard': true,
  'versions:list': true,
  'versions:read': true,
  'versions:find': true,
  'exchange:export': true,
  'exchange:read': true,
  'print:print': true,
  'print:pdf': true,
} as const satisfies { readonly [K in Channel]: true }
const eventTable = {
  'menu:command': true,
  'file:changed-on-disk': true,
  'app:close-requested': true,
} as const satisfies { readonly [K in EventName]: true }

/** Every channel of InvokeMap. */
export const channels: readonly Channel[] = Object.freeze(Object.keys(invokeTable) as Channel[])
/** Every event of EventMap. */
export const eventNames: readonly EventName[] = Object.freeze(Object.keys(eventTable) as EventName[])

/** True for a channel of the contract (own entries only: `constructor` and friends are not channels). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(invokeTable, name)
}

/** True for an event of the contract. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventTable, name)
}

/** `window.caravan`: what the preload (Electron) or the bridge (web host) gives the renderer. */
export interface CaravanApi {
  /** `electron` in the desktop app, `web` in the web host. */
  readonly host: 'electron' | 'web'
  /** `darwin`, `win32`, `linux`, …: for shortcut labels (⌘ vs Ctrl). */
  readonly platform: string
  invoke<K extends Channel>(channel: K, args: Args<K>): Promise<Result<K>>
  /** Listens to an event from main; returns the function that stops listening. */
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void
  /** The path on disk of a file dropped on the page (a DOM `File`); absent or '' where the host has none (the web host). */
  readonly pathOfDropped?: (file: unknown) => string
}
