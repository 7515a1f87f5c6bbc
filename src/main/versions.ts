// Version history: every save keeps the saved version in the app's data folder, per plan id
// (versions/PLAN-ID/), with a small note of when, which revision and what changed against the
// version before. Pruned to the last N and one a day for D days (a setting). Written like the
// recovery journal: durably, only at names chosen here, never through a link planted in the folder.
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parseProject, serializeProject, type Project } from '../shared/format'
import { diffProjects, type Difference } from '../shared/merge'
import type { KeepVersions, VersionChange, VersionEntry } from '../shared/ipc'
import { commitWrite, prepareWrite } from './store/durableFile'
import { readRegularFile } from './store/safeRead'

/** The default of Settings ▸ Version history: the last 50 versions, and one a day for 90 days. */
export const defaultKeepVersions: KeepVersions = { recent: 50, days: 90 }
/** The most changes a version's note lists (the rest are counted). */
export const NOTE_CHANGES = 20

const planIdPattern = /^[A-Za-z0-9_-]{1,64}$/
const versionIdPattern = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/
const maxNoteBytes = 256 * 1024
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether `id` names a version (what the renderer may ask for). */
export const isVersionId = (id: string): boolean => versionIdPattern.test(id)

/** `20261201T093012345Z`: sorts as time does. */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '')
}

function dayOf(at: string): string {
  const date = new Date(at)
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}

/**
 * Which versions pruning removes: all but the `recent` newest and, within `days` days of `now`,
 * the newest of each day. `versions` newest first; returns their ids.
 */
export function versionsToPrune(versions: ReadonlyArray<{ id: string; at: string }>, keep: KeepVersions, now: Date): string[] {
  const since = now.getTime() - keep.days * 86_400_000
  const days = new Set<string>()
  const out: string[] = []
  versions.forEach((v, i) => {
    const day = dayOf(v.at)
    const daily = new Date(v.at).getTime() >= since && !days.has(day)
    days.add(day)
    if (i >= keep.recent && !daily) out.push(v.id)
  })
  return out
}

function nameOf(value: unknown): { name?: string; nameLocal?: string } {
  if (!isRecord(value)) return {}
  const text = (key: string): string | undefined => (typeof value[key] === 'string' && value[key] !== '' ? (value[key] as string) : undefined)
  const name = text('title') ?? text('name') ?? text('kind')
  const local = text('titleLocal') ?? text('nameLocal')
  return { ...(name === undefined ? {} : { name }), ...(local === undefined ? {} : { nameLocal: local }) }
}

/** Fields whose new value a note keeps, when short, so the list can say "status now Cancelled". */
const worded: ReadonlySet<string> = new Set(['title', 'titleLocal', 'name', 'nameLocal', 'status', 'start', 'end', 'kind', 'country', 'city', 'notes'])

/** A difference as a version's note keeps it: what, which item by name, which fields (and short new values). */
function noteOf(d: Difference): VersionChange {
  const fields = d.fields.filter((f) => !['modifiedAt', 'revision', 'lineage', 'views', 'mergeConflicts'].includes(f.field))
  const now: Record<string, string> = {}
  for (const f of fields) if (worded.has(f.field) && typeof f.after === 'string' && f.after.length <= 80) now[f.field] = f.after
  return { op: d.op, kind: d.kind, id: d.id, ...nameOf(d.after ?? d.before), fields: fields.map((f) => f.field), ...(Object.keys(now).length > 0 ? { now } : {}) }
}

/** The note of a version: when, its revision, its size, and what changed against `previous`. */
export function noteFor(project: Project, previous: Project | undefined, at: Date, id: string, opened = false): VersionEntry {
  const counts = { events: project.events.length, partners: project.partners.length, venues: project.venues.length, coproductions: project.coproductions.length }
  const entry: VersionEntry = { id, at: at.toISOString(), title: project.title, counts, changes: [], more: 0 }
  if (project.revision !== undefined) entry.revision = project.revision
  if (opened) entry.opened = true
  if (previous === undefined) return { ...entry, first: true }
  const changes = diffProjects(previous, project)
    .map(noteOf)
    .filter((c) => c.op !== 'edit' || c.fields.length > 0)
  return { ...entry, changes: changes.slice(0, NOTE_CHANGES), more: Math.max(0, changes.length - NOTE_CHANGES) }
}

function readNote(value: unknown, id: string): VersionEntry | null {
  if (!isRecord(value) || typeof value.at !== 'string' || typeof value.title !== 'string' || !isRecord(value.counts) || !Array.isArray(value.changes)) return null
  return { ...(value as unknown as VersionEntry), id }
}

/** The saved versions in one user-data folder. */
export class VersionHistory {
  private readonly root: string
  private queue: Promise<unknown> = Promise.resolve()

  constructor(userDataDir: string, private readonly now: () => Date = () => new Date()) {
    this.root = join(userDataDir, 'versions')
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** The plan's folder, made if asked; null for an id that is not a plan id, or a folder that is a link or not a folder. */
  private async folder(planId: string, make: boolean): Promise<string | null> {
    if (!planIdPattern.test(planId)) return null
    const folder = join(this.root, planId)
    if (make) await mkdir(folder, { recursive: true })
    for (const path of [this.root, folder]) {
      const entry = await lstat(path).catch(() => null)
      if (!entry || entry.isSymbolicLink() || !entry.isDirectory()) return null
    }
    return folder
  }

  /**
   * Keeps a saved version (`text`: the exact canonical text written) with a note of what changed
   * against `previous`, then prunes the plan's versions. `opened`: the version as opened, kept so
   * that a copy made from it finds its ancestor here.
   */
  keep(project: Project, text: string | undefined, previous: Project | undefined, keep: KeepVersions, opened = false): Promise<void> {
    return this.serial(async () => {
      const folder = await this.folder(project.id, true)
      if (folder === null) return
      const at = this.now()
      const id = `${stampOf(at)}-${randomBytes(4).toString('hex')}`
      // The version first, then its note: a note never names a version that is not there.
      await this.write(join(folder, `${id}.caravan`), text ?? serializeProject(project))
      await this.write(join(folder, `${id}.json`), JSON.stringify(noteFor(project, previous, at, id, opened)))
      const all = await this.notes(folder)
      for (const gone of versionsToPrune(all, keep, at)) {
        await rm(join(folder, `${gone}.json`), { force: true })
        await rm(join(folder, `${gone}.caravan`), { force: true })
      }
    })
  }

  /** Whether a version with `revision` is kept for the plan. */
  async has(planId: string, revision: string): Promise<boolean> {
    return (await this.list(planId)).some((v) => v.revision === revision)
  }

  private async write(file: string, data: string): Promise<void> {
    // A link planted at the name is replaced by the rename, never written through.
    await commitWrite(await prepareWrite(file, data))
  }

  private async notes(folder: string): Promise<VersionEntry[]> {
    const names = await readdir(folder).catch(() => [] as string[])
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter(isVersionId).sort().reverse()
    const out: VersionEntry[] = []
    for (const id of ids) {
      const note = await this.readJson(join(folder, `${id}.json`), id)
      if (note) out.push(note)
    }
    return out
  }

  private async readJson(file: string, id: string): Promise<VersionEntry | null> {
    try {
      if ((await lstat(file)).isSymbolicLink()) return null
      const { bytes } = await readRegularFile(file, { cap: maxNoteBytes })
      return readNote(JSON.parse(bytes.toString('utf8')), id)
    } catch {
      return null
    }
  }

  /** The plan's versions, newest first (after any save still being kept). */
  async list(planId: string): Promise<VersionEntry[]> {
    await this.queue
    const folder = await this.folder(planId, false)
    return folder === null ? [] : this.notes(folder)
  }

  /** One version as a plan, or null when it is gone, a link, or not a valid plan. */
  async read(planId: string, id: string): Promise<Project | null> {
    if (!isVersionId(id)) return null
    await this.queue
    const folder = await this.folder(planId, false)
    if (folder === null) return null
    const file = join(folder, `${id}.caravan`)
    try {
      if ((await lstat(file)).isSymbolicLink()) return null
      const parsed = parseProject((await readRegularFile(file)).bytes.toString('utf8'))
      return parsed.ok ? parsed.project : null
    } catch {
      return null
    }
  }

  /** The newest kept version that is `revision`, or null. */
  async find(planId: string, revision: string): Promise<Project | null> {
    for (const v of await this.list(planId)) {
      if (v.revision !== revision) continue
      const project = await this.read(planId, v.id)
      if (project?.revision === revision) return project
    }
    return null
  }
}
