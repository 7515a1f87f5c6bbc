// The app's own small settings (not a project file): which plan to reopen at start.
// Written like project files are (unique temp, fsync, rename, fsync folder), so a crash while
// saving never leaves a half-written settings file behind.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** What Caravan remembers between starts. */
export interface Settings {
  /** Absolute path of the plan open when Caravan was last used. */
  lastFile?: string
}

const fileName = 'settings.json'

/** Reads the settings in `userDataDir`; a missing or damaged file gives `undefined` (never started before). */
export async function readSettings(userDataDir: string): Promise<Settings | undefined> {
  let text: string
  try {
    text = await readFile(join(userDataDir, fileName), 'utf8')
  } catch {
    return undefined
  }
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    const lastFile = (value as Record<string, unknown>).lastFile
    return typeof lastFile === 'string' && lastFile !== '' ? { lastFile } : {}
  } catch {
    return {}
  }
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
