// The recovery journal: while a window has unsaved edits, the renderer sends them here (the command
// journal since the last save, or a snapshot when no saved version is on its path) and they are
// written durably into the app's data folder, never over the user's file. A save or a clean close
// removes the window's entry. What is left at the next start is from a Caravan that crashed or was
// killed, and is offered for recovery.
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Project } from '../shared/format'
import type { RecoveryDraft, RecoveryEntry } from '../shared/ipc'
import { writeFileDurably } from './store/durableFile'

/** One recovery file: what the renderer sent (its document's text as the `project`), plus who wrote it and when. */
interface Stored extends Omit<RecoveryDraft, 'projectJson'> {
  project: Project
  id: string
  pid: number
  host: string
  /** RFC 3339, when last written. */
  at: string
}

const folderName = 'recovery'
/** A recovery entry is small (a journal); a snapshot of a 10,000-event plan is about 7 MB. */
const maxEntryBytes = 64 * 2 ** 20
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The recovery journals in one user-data folder. Each window of this process writes its own entry. */
export class RecoveryJournal {
  private readonly folder: string
  /** Entry ids this process wrote: never offered back to it. */
  private readonly mine = new Map<string, string>()
  private queue: Promise<unknown> = Promise.resolve()

  constructor(userDataDir: string, private readonly now: () => Date = () => new Date()) {
    this.folder = join(userDataDir, folderName)
  }

  private file(id: string): string {
    return join(this.folder, `${id}.json`)
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Writes (durably) the unsaved edits of a window. */
  write(sender: string, draft: RecoveryDraft): Promise<void> {
    return this.serial(async () => {
      let id = this.mine.get(sender)
      if (id === undefined) this.mine.set(sender, (id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`))
      const { projectJson, ...rest } = draft
      const meta = JSON.stringify({ ...rest, id, pid: process.pid, host: hostname(), at: this.now().toISOString() } satisfies Omit<Stored, 'project'>)
      // The document's text goes in as it came: parsing and writing again a large plan's 40 MB
      // would hold main up on every autosave. It is checked in full when recovered.
      await mkdir(this.folder, { recursive: true })
      await writeFileDurably(this.file(id), `${meta.slice(0, -1)},"project":${projectJson}}`)
    })
  }

  /** A window saved or closed cleanly: its unsaved edits are on disk or were given up. */
  clear(sender: string): Promise<void> {
    return this.serial(async () => {
      const id = this.mine.get(sender)
      if (id === undefined) return
      this.mine.delete(sender)
      await rm(this.file(id), { force: true })
    })
  }

  /** Entries left by a Caravan that is no longer running (crashed, killed, power cut), newest first. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch {
      return []
    }
    const ours = new Set(this.mine.values())
    const found: RecoveryEntry[] = []
    for (const name of names) {
      const id = name.replace(/\.json$/, '')
      if (!name.endsWith('.json') || ours.has(id)) continue
      const stored = await this.read(id)
      if (!stored) continue
      // Another Caravan on this computer that still runs keeps its own.
      if (stored.host === hostname() && stored.pid !== process.pid && isAlive(stored.pid)) continue
      const { pid: _pid, host: _host, project: _project, calls: _calls, baseHash: _hash, ...entry } = stored
      found.push(entry)
    }
    return found.sort((a, b) => (a.at < b.at ? 1 : -1))
  }

  /** The whole entry (with its journal or snapshot), or null when it is gone or unreadable. */
  async take(id: string): Promise<Stored | null> {
    if (!/^[a-z0-9]+-[0-9a-f]{8}$/.test(id)) return null
    return this.read(id)
  }

  /** Removes an entry (recovered, or discarded by the user). */
  async discard(id: string): Promise<void> {
    if (!/^[a-z0-9]+-[0-9a-f]{8}$/.test(id)) return
    await rm(this.file(id), { force: true })
  }

  private async read(id: string): Promise<Stored | null> {
    try {
      const file = this.file(id)
      if ((await stat(file)).size > maxEntryBytes) return null
      const value: unknown = JSON.parse(await readFile(file, 'utf8'))
      if (!isRecord(value) || typeof value.planId !== 'string' || typeof value.at !== 'string' || typeof value.title !== 'string') return null
      return { ...(value as unknown as Stored), id }
    } catch {
      return null
    }
  }
}
