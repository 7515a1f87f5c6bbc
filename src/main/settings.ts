// The app's own small settings (not a project file): which plan to reopen at start, the plans
// opened recently, and each plan's view settings for this user. Written like project files are
// (unique temp, fsync, rename, fsync folder), so a crash while saving never leaves a half-written
// settings file behind; updates are queued, so two quick changes never lose one.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { readWindowState, type WindowState } from './windowState'

/** One plan's view settings as the renderer last reported them, and when. */
export interface RememberedView {
  view: unknown
  filter: unknown
  /** RFC 3339: the oldest entries are dropped first. */
  at: string
}

/** What Caravan remembers between starts. */
export interface Settings {
  /** Absolute path of the plan open when Caravan was last used. */
  lastFile?: string
  /** Plans opened or saved recently, newest first. */
  recentFiles?: string[]
  /** View settings by plan id. */
  views?: Record<string, RememberedView>
  /** The interface language the user chose (a BCP 47 tag such as `zh-CN`); absent: follow the system. */
  language?: string
  /** How many saved versions of each plan the version history keeps (absent: the default). */
  keepVersions?: { recent: number; days: number }
  /** The last window closed: its normal bounds and whether it was maximised. */
  window?: WindowState
}

const fileName = 'settings.json'
/** File ▸ Open Recent lists this many. */
export const RECENT_LIMIT = 10
/** View settings are kept for this many plans. */
export const VIEWS_LIMIT = 200

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function readViews(value: unknown): Record<string, RememberedView> | undefined {
  if (!isRecord(value)) return undefined
  const views: Record<string, RememberedView> = Object.create(null) as Record<string, RememberedView>
  for (const [id, entry] of Object.entries(value)) {
    if (isRecord(entry) && typeof entry.at === 'string') views[id] = { view: entry.view, filter: entry.filter, at: entry.at }
  }
  return views
}

const isCount = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 10_000

/** A language tag as the settings keep it: `en`, `zh-CN` (the renderer knows which it has). */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) && value.length <= 35
}

/** The settings with the interface language chosen, or following the system again (`null`). */
export function withLanguage(settings: Settings, language: string | null): Settings {
  const { language: _before, ...rest } = settings
  return language === null ? rest : { ...rest, language }
}

/** Reads the settings in `userDataDir`; a missing or damaged file gives `undefined` (never started before). */
export async function readSettings(userDataDir: string): Promise<Settings | undefined> {
  let text: string
  try {
    text = await readFile(join(userDataDir, fileName), 'utf8')
  } catch {
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {}
  }
  if (!isRecord(value)) return {}
  const settings: Settings = {}
  if (typeof value.lastFile === 'string' && value.lastFile !== '') settings.lastFile = value.lastFile
  if (Array.isArray(value.recentFiles)) settings.recentFiles = value.recentFiles.filter((p): p is string => typeof p === 'string' && p !== '').slice(0, RECENT_LIMIT)
  const views = readViews(value.views)
  if (views) settings.views = views
  if (typeof value.language === 'string' && isLanguageTag(value.language)) settings.language = value.language
  const keep = value.keepVersions
  if (isRecord(keep) && isCount(keep.recent, 1) && isCount(keep.days, 0)) settings.keepVersions = { recent: keep.recent, days: keep.days }
  const window = readWindowState(value.window)
  if (window) settings.window = window
  return settings
}

/** Writes the settings durably into `userDataDir`, creating the folder if needed. */
export async function writeSettings(userDataDir: string, settings: Settings): Promise<void> {
  const target = join(userDataDir, fileName)
  await mkdir(userDataDir, { recursive: true })
  const temp = join(userDataDir, `.${fileName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(`${JSON.stringify(settings, null, 2)}\n`, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dirname(target))
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is already as durable as it gets there.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The settings of one user-data folder, changed one update at a time (read, change, write). */
export class SettingsStore {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly userDataDir: string) {}

  /** The settings as on disk now. */
  read(): Promise<Settings | undefined> {
    return this.queue.then(() => readSettings(this.userDataDir))
  }

  /** Applies `change` to the settings on disk and writes the result; a failure only costs the remembering. */
  update(change: (settings: Settings) => Settings): Promise<void> {
    const run = this.queue.then(async () => {
      const current = (await readSettings(this.userDataDir)) ?? {}
      await writeSettings(this.userDataDir, change(current))
    })
    this.queue = run.catch(() => undefined)
    return run.catch(() => undefined)
  }
}

/** The settings with `path` as the last plan and first of the recent list. */
export function withOpened(settings: Settings, path: string): Settings {
  const recent = [path, ...(settings.recentFiles ?? []).filter((p) => p !== path)].slice(0, RECENT_LIMIT)
  return { ...settings, lastFile: path, recentFiles: recent }
}

/** The settings with one plan's view remembered (the oldest plans' views dropped past VIEWS_LIMIT). */
export function withView(settings: Settings, planId: string, entry: RememberedView): Settings {
  const views = { ...(settings.views ?? {}), [planId]: entry }
  const ids = Object.keys(views)
  if (ids.length > VIEWS_LIMIT) {
    ids.sort((a, b) => (views[a]!.at < views[b]!.at ? -1 : 1))
    for (const id of ids.slice(0, ids.length - VIEWS_LIMIT)) delete views[id]
  }
  return { ...settings, views }
}
