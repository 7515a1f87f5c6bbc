// The main process's answers to every IPC channel, as one table typed from the contract. Electron
// registers it with ipcMain, the web host serves it over HTTP, tests call it directly.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { revisionId, withSubjects, type Project } from '../shared/format'
import { issue } from '../shared/messages'
import { argSchemas } from '../shared/ipcArgs'
import { channels, isChannel, type Args, type Channel, type FileInfo, type NativeMenu, type OpenResult, type Result, type StartResult } from '../shared/ipc'
import { ask, failed, messageOf, type Failed } from './dialogAnswers'
import { displayName, projectExtension, suggestedFileName } from './fileNames'
import type { Dialogs, Printer } from './ports'
import { Sessions, type Notify } from './session'
import { heldBy, releaseLock, takeLock } from './planLock'
import { RecoveryJournal } from './recovery'
import { createVersionKeeper } from './versionKeeper'
import { createWindowHandlers } from './windowHandlers'
import { SettingsStore, readSettings, withOpened } from './settings'
import { checkForSave, fileExists, openProjectFile, saveProjectFile } from './store'

/** Who is calling: one window (Electron: its webContents id; web host: `web`). */
export interface HandlerContext {
  sender: string
}

/** One function per channel; `satisfies` this type keeps the table and the contract in step. */
export type Handlers = { [K in Channel]: (args: Args<K>, ctx: HandlerContext) => Promise<Result<K>> }

export interface HandlerDeps {
  dialogs: Dialogs
  /** Printing the window (Electron); without one, print calls answer that this host cannot. */
  printer?: Printer
  /** Folder for Caravan's own settings (Electron: app.getPath('userData')). */
  userDataDir: string
  /** The user's documents folder: the sample plan is copied to `Caravan/` inside it on first start. */
  documentsDir: string
  /** The bundled sample plan (resources/sample.caravan); read only, never edited in place. */
  sampleFile: string
  /** A plan named on the command line (absolute), per window or for all. */
  startFile?: string | ((sender: string) => string | undefined)
  /** Pushes events to a window; used when `sessions` is not given. */
  notify?: Notify
  /** Shared window sessions, so the composition root can ask `isDirty` and `end` a closed window. */
  sessions?: Sessions
  /** Title and unsaved-changes marker changed (Electron: window title, setDocumentEdited). */
  onWindowState?: (sender: string, state: Args<'window:state'>) => void
  /** Closes the window without asking again. */
  closeWindow?: (sender: string) => void
  /** The plan at `path` is open in another window than `sender`'s: that window is brought forward (true) instead of opening it twice. */
  focusWindowOf?: (path: string, sender: string) => boolean
  /** A plan dropped on the window may be opened by its path (Electron: the preload gives the dropped file's path; the web host has none). */
  droppedPaths?: boolean
  /** The renderer's menus changed (Electron: rebuild the application menu). */
  onMenu?: (sender: string, menu: NativeMenu) => void
  /** The settings store of `userDataDir`, when the composition root shares it (one queue for the file). */
  settings?: SettingsStore
  /** Clock for the saved `modifiedAt` (tests). */
  now?: () => Date
  /** Quiet time before an outside change of the open file is checked; default 200 ms. */
  watchDebounceMs?: number
}

/** Where the sample plan is copied on first start, inside the documents folder. */
export const sampleCopyPath = (documentsDir: string): string => join(documentsDir, 'Caravan', 'Silk Road 2027 (sample).caravan')

/** The plan a window starts with: a file to open, a new plan, or why the sample could not be made. */
export type StartChoice = { kind: 'file'; path: string } | { kind: 'empty' } | Failed

const fileInfo = (path: string, hash: string): FileInfo => ({ path, name: displayName(path), hash })

/**
 * Decides which plan to show at start: the command-line file; else the last plan if it still
 * exists; else, on the very first start, a copy of the sample plan (made once, never overwritten);
 * else (the last plan was moved or deleted) a new plan.
 */
export async function chooseStartFile(deps: HandlerDeps, sender: string): Promise<StartChoice> {
  const named = typeof deps.startFile === 'function' ? deps.startFile(sender) : deps.startFile
  if (named !== undefined) return { kind: 'file', path: resolve(named) }
  const settings = await readSettings(deps.userDataDir)
  if (settings?.lastFile !== undefined && (await fileExists(settings.lastFile))) return { kind: 'file', path: settings.lastFile }
  if (settings !== undefined) return { kind: 'empty' }
  return copySample(deps)
}

/**
 * Reads the plan a window is about to start with (the command-line file, else the last plan) while
 * its page loads, so its `app:start` finds it read; the sample is left to `app:start` to copy.
 */
export async function readStartAhead(deps: HandlerDeps, sender: string): Promise<void> {
  const named = typeof deps.startFile === 'function' ? deps.startFile(sender) : deps.startFile
  const path = named === undefined ? (await readSettings(deps.userDataDir))?.lastFile : resolve(named)
  // The store keeps what it read while the file is unchanged (knownFiles); a problem is app:start's to report.
  if (path !== undefined && (await fileExists(path))) await openProjectFile(path)
}

async function copySample(deps: HandlerDeps): Promise<StartChoice> {
  const copy = sampleCopyPath(deps.documentsDir)
  if (await fileExists(copy)) return { kind: 'file', path: copy }
  const sample = await openProjectFile(deps.sampleFile)
  if (!sample.ok) return failed(deps.sampleFile, sample.errors)
  try {
    await mkdir(dirname(copy), { recursive: true })
  } catch (error) {
    return failed(copy, [issue('', 'store.sampleFolderFailed', { folder: dirname(copy), detail: messageOf(error) })])
  }
  const saved = await saveProjectFile(copy, sample.project, { keepModifiedAt: true })
  if (!saved.ok) return failed(copy, saved.errors)
  return { kind: 'file', path: saved.path }
}

/** Builds the handler table over the real file store and the given ports. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const sessions = deps.sessions ?? new Sessions({ notify: deps.notify ?? (() => undefined), watchDebounceMs: deps.watchDebounceMs })
  const settings = deps.settings ?? new SettingsStore(deps.userDataDir)
  const recovery = new RecoveryJournal(deps.userDataDir, deps.now)
  const versions = createVersionKeeper(deps.userDataDir, settings, deps.now)
  // The plan each window last read from or wrote to its file: the parent of its next revision,
  // and what the next kept version is compared with.
  const onDisk = new Map<string, Project>()

  // Settings updates are queued so the last opened file wins; a failure only costs the reopen.
  const remember = (lastFile: string): Promise<void> => settings.update((current) => withOpened(current, lastFile))
  const recentFiles = async (): Promise<string[]> => (await settings.read())?.recentFiles ?? []

  // The plan each window holds the lock of, the window's plans opened read-only, and the plan an
  // "in use" answer is waiting about.
  const locks = new Map<string, string>()
  const readOnly = new Set<string>()
  const askedAbout = new Map<string, string>()
  const hold = async (sender: string, path: string | undefined, lock: boolean): Promise<void> => {
    const before = locks.get(sender)
    if (before !== undefined && before !== path) {
      locks.delete(sender)
      await releaseLock(before)
    }
    if (path !== undefined && lock && before !== path && (await takeLock(path, deps.now?.()))) locks.set(sender, path)
  }
  sessions.whenEnded((sender) => {
    onDisk.delete(sender)
    void hold(sender, undefined, false)
  })

  /** Opens a plan for a window; `check` first asks whether someone else has it open. */
  const openFile = async (sender: string, path: string, mode: 'check' | 'readOnly' | 'takeOver' = 'check'): Promise<OpenResult> => {
    // One window per plan: opening a plan another window has shows that window instead.
    if (sessions.get(sender).path !== path && deps.focusWindowOf?.(path, sender)) return { kind: 'canceled' }
    if (mode === 'check') {
      const by = await heldBy(path, deps.now?.())
      if (by) {
        askedAbout.set(sender, path)
        return { kind: 'inUse', path, name: displayName(path), by: { user: by.user, host: by.host, since: by.since } }
      }
    }
    const read = await openProjectFile(path)
    if (!read.ok) return failed(read.path, read.errors)
    sessions.setFile(sender, read.path, read.hash)
    onDisk.set(sender, read.project)
    versions.opened(read.project)
    if (mode === 'readOnly') readOnly.add(sender)
    else readOnly.delete(sender)
    await hold(sender, read.path, mode !== 'readOnly')
    await remember(read.path)
    const opened: Extract<OpenResult, { kind: 'opened' }> = { kind: 'opened', file: fileInfo(read.path, read.hash), project: read.project }
    if (mode === 'readOnly') opened.readOnly = true
    return read.migratedFrom === undefined ? opened : { ...opened, migratedFrom: read.migratedFrom }
  }
  const forget = async (sender: string): Promise<void> => {
    sessions.forgetFile(sender)
    onDisk.delete(sender)
    readOnly.delete(sender)
    await hold(sender, undefined, false)
  }

  const handlers = {
    'app:start': async (_args, { sender }): Promise<StartResult> => {
      await forget(sender)
      const choice = await chooseStartFile(deps, sender)
      return choice.kind === 'file' ? openFile(sender, choice.path) : choice
    },

    'project:open': async (_args, { sender }) => {
      const current = sessions.get(sender).path
      const chosen = await ask(() => deps.dialogs.openProject({ sender, ...(current === undefined ? {} : { currentPath: current }) }))
      if (typeof chosen === 'object' && chosen !== null) return chosen
      if (chosen === null) return { kind: 'canceled' }
      return openFile(sender, resolve(chosen))
    },

    'project:readOther': async (_args, { sender }) => {
      const current = sessions.get(sender).path
      const chosen = await ask(() => deps.dialogs.openProject({ sender, ...(current === undefined ? {} : { currentPath: current }) }))
      if (typeof chosen === 'object' && chosen !== null) return chosen
      if (chosen === null) return { kind: 'canceled' }
      // Read only: the window keeps its own file, and the other copy is not added to Open Recent.
      const read = await openProjectFile(resolve(chosen))
      if (!read.ok) return failed(read.path, read.errors)
      return { kind: 'opened', file: fileInfo(read.path, read.hash), project: read.project }
    },

    'project:readCurrent': async (_args, { sender }) => {
      const current = sessions.get(sender).path
      if (current === undefined) return { kind: 'canceled' }
      // Read only: the window keeps its file, its hash and its notice until the merge is saved.
      const read = await openProjectFile(current)
      if (!read.ok) return failed(read.path, read.errors)
      return { kind: 'opened', file: fileInfo(read.path, read.hash), project: read.project }
    },

    'project:save': async ({ project, saveAs, overwrite, expectedHash: merged }, { sender }) => {
      const current = sessions.get(sender).path
      const checked = checkForSave(project)
      if (!checked.ok) return failed(current ?? '', withSubjects(project, checked.errors))

      let target = current
      // A plan opened read-only is saved elsewhere (Save As), never over the file someone else has open.
      if (target !== undefined && !saveAs && readOnly.has(sender)) return failed(target, [issue('', 'lock.readOnly', { file: displayName(target) })])
      if (target === undefined || saveAs) {
        const suggested = current === undefined ? suggestedFileName(checked.project.title) : basename(current)
        const chosen = await ask(() => deps.dialogs.saveProject(suggested, { sender, ...(current === undefined ? {} : { currentPath: current }) }))
        if (typeof chosen === 'object' && chosen !== null) return chosen
        if (chosen === null) return { kind: 'canceled' }
        target = resolve(chosen)
      }
      // Over the window's own file, refuse to overwrite someone else's edit unless told to;
      // a new path was chosen in a dialog that already asked about replacing it.
      const expectedHash = target === current && !overwrite ? (merged ?? sessions.get(sender).hash) : undefined
      // An outside change the window was told of, and has not answered (merging it in answers it), is a conflict even if the disk now looks the same to the store.
      if (expectedHash !== undefined && merged === undefined && sessions.hasPendingOutsideChange(sender)) return { kind: 'conflict', path: target, name: displayName(target) }
      const path = target
      const now = deps.now?.() ?? new Date()
      // The parent of a new revision is the version this window last had on disk (its document may
      // still carry an older revision when an edit was made while a save was under way).
      const before = onDisk.get(sender)
      const parent = before?.id === checked.project.id ? before : undefined
      const revise = { id: revisionId(now, randomBytes(4).toString('hex')), ...(parent ? { previous: parent } : {}) }
      const saved = await sessions.whileSaving(sender, () =>
        saveProjectFile(path, checked.project, {
          ...(expectedHash === undefined ? {} : { expectedHash }),
          ...(deps.now ? { now } : {}),
          revise,
        }),
      )
      if (!saved.ok) {
        return saved.reason === 'conflict' ? { kind: 'conflict', path: saved.path, name: displayName(saved.path) } : failed(saved.path, saved.errors)
      }
      sessions.setFile(sender, saved.path, saved.hash)
      onDisk.set(sender, saved.project)
      if (saved.changed) versions.saved(saved.project, saved.text, parent)
      if (saved.path !== current) {
        readOnly.delete(sender)
        await hold(sender, saved.path, true)
      }
      await remember(saved.path)
      const warnings = saved.warnings && saved.warnings.length > 0 ? { warnings: withSubjects(saved.project, saved.warnings) } : {}
      return { kind: 'saved', file: fileInfo(saved.path, saved.hash), project: saved.project, changed: saved.changed, ...warnings }
    },

    'project:openInUse': async ({ mode }, { sender }) => {
      const path = askedAbout.get(sender)
      if (path === undefined) return { kind: 'canceled' }
      askedAbout.delete(sender)
      return openFile(sender, path, mode)
    },

    'project:reload': async (_args, { sender }) => {
      const current = sessions.get(sender).path
      return current === undefined ? { kind: 'canceled' } : openFile(sender, current, readOnly.has(sender) ? 'readOnly' : 'takeOver')
    },

    'project:openRecent': async ({ path }, { sender }) => {
      // Only a plan of the list: a renderer cannot make main read any path it names.
      const absolute = resolve(path)
      if (!(await recentFiles()).includes(absolute)) return failed(absolute, [issue('', 'store.notRecent', { file: displayName(absolute) })])
      return openFile(sender, absolute)
    },

    'app:about': async () => {
      const { node, electron, chrome } = process.versions
      return { node, ...(electron ? { electron } : {}), ...(chrome ? { chrome } : {}) }
    },

    'project:openDropped': async ({ path }, { sender }) => {
      // Only a plan file, by an absolute path, from a host whose drops carry real paths; read like any open.
      if (!deps.droppedPaths) return failed('', [issue('', 'host.dropPathUnavailable')])
      if (!isAbsolute(path) || !path.toLowerCase().endsWith(projectExtension)) return failed(path, [issue('', 'store.dropNotPlan', { file: displayName(path) })])
      return openFile(sender, resolve(path))
    },

    'recovery:write': async (draft, { sender }) => {
      await recovery.write(sender, draft)
      return undefined
    },

    'recovery:clear': async (_args, { sender }) => {
      await recovery.clear(sender)
      return undefined
    },

    'recovery:list': () => recovery.list(),

    'recovery:open': async ({ id }, { sender }) => {
      const entry = await recovery.take(id)
      if (!entry) return { kind: 'failed', errors: [issue('', 'recovery.gone')] }
      const checked = checkForSave(entry.project)
      if (!checked.ok) return { kind: 'failed', errors: withSubjects(entry.project, checked.errors) }
      let opened: Extract<OpenResult, { kind: 'opened' }> | null = null
      if (entry.path !== undefined && (await fileExists(entry.path))) {
        // Recovering edits is taking the plan back: the lock a crashed Caravan left is replaced.
        const read = await openFile(sender, entry.path, 'takeOver')
        if (read.kind === 'opened') opened = read
      }
      if (!opened) await forget(sender)
      // The calls replay onto the file only when it is still the version they were made on.
      const calls = opened && entry.calls && opened.file.hash === entry.baseHash ? entry.calls : null
      return { kind: 'recovered', opened, calls, project: checked.project }
    },

    'recovery:discard': async ({ id }) => {
      await recovery.discard(id)
      return undefined
    },

    ...versions.handlers,

    ...createWindowHandlers(deps, sessions, settings),

    'project:forget': async (_args, { sender }) => {
      await forget(sender)
      return undefined
    },

  } satisfies Handlers

  return handlers
}

/** Why a call was refused before reaching its handler. */
export class InvokeError extends Error {
  constructor(
    message: string,
    readonly reason: 'unknown-channel' | 'invalid-args',
  ) {
    super(message)
    this.name = 'InvokeError'
  }
}

/** Checks the channel and its arguments (the caller is not trusted), then runs the handler; throws InvokeError when refused. */
export async function invokeChecked(handlers: Handlers, channel: string, rawArgs: unknown, ctx: HandlerContext): Promise<unknown> {
  if (!isChannel(channel)) {
    throw new InvokeError(`Unknown call "${channel}". Known calls: ${channels.join(', ')}.`, 'unknown-channel')
  }
  const parsed = argSchemas[channel].safeParse(rawArgs)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    throw new InvokeError(`Invalid arguments for "${channel}": ${problems.join('; ')}.`, 'invalid-args')
  }
  // The table is keyed by the same channel, so its handler takes exactly these checked arguments.
  const handler = handlers[channel] as (args: unknown, ctx: HandlerContext) => Promise<unknown>
  return handler(parsed.data, ctx)
}
