// The file store: the only code that reads and writes project files (DESIGN.md, Durability).
// Plain Node, so the Electron main process, the web host, the CLI and the tests all share it.
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Low } from 'lowdb'
import { isTimestamp, rewriteRevisionLines, serializeProject, validateProject, withRevision, type RevisionInfo } from '../../shared/format'
import { withSubjects, type Issue, type Project } from '../../shared/format'
import { issue } from '../../shared/messages'
import { errorCode, keepBackup, queueFor, writeFileDurably, type FileStamp } from './durableFile'
import { backupIssue, readIssue, writeIssue } from './fileErrors'
import { DurableProjectFile, encodeValid } from './projectFile'
import { currentStamp, recall, remember } from './knownFiles'
import { hashBytes, readProjectFile } from './readProject'
import { readRegularFile } from './safeRead'

/** The result of opening a project file; `hash` is the SHA-256 (hex) of the bytes read. */
export type StoreOpenResult =
  | { ok: true; path: string; project: Project; hash: string; migratedFrom?: number }
  | { ok: false; path: string; errors: Issue[] }

/** The result of saving; on success `project` and `hash` describe exactly the bytes now on disk. */
export type StoreSaveResult =
  /** `text`: the canonical text written, on a save that changed the file (kept in the version history). */
  | { ok: true; path: string; project: Project; hash: string; changed: boolean; warnings?: Issue[]; text?: string }
  | { ok: false; path: string; reason: 'conflict' | 'invalid' | 'io'; errors: Issue[] }

/** Options of saveProjectFile. */
export interface SaveOptions {
  /** The hash the file had when it was opened or last saved; another hash on disk is a conflict. */
  expectedHash?: string
  /** The time written to `modifiedAt` when the content changed (default: now). */
  now?: Date
  /** Keep the project's own `modifiedAt` (formatting or generating is not an edit). */
  keepModifiedAt?: boolean
  /**
   * A save that changes the content becomes revision `id`, descending from `previous` (default: the
   * project's own revision and lineage); an unchanged plan keeps its revision and every byte.
   */
  revise?: { id: string; previous?: RevisionInfo }
}

/** SHA-256 (hex) of the UTF-8 bytes of `text`. */
export function hashText(text: string): string {
  return hashBytes(Buffer.from(text, 'utf8'))
}

/** Whether a regular file exists at `path` (false for folders and for paths that cannot be checked). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

// Reads in progress, by absolute path: a second open of the same file (the window's own, while the
// start plan is still being read ahead) waits for the first and then finds its result in memory.
const reading = new Map<string, Promise<unknown>>()

/** Reads, checks and migrates a project file. Every problem comes back as readable issues, never thrown. */
export async function openProjectFile(path: string): Promise<StoreOpenResult> {
  const absolute = resolve(path)
  const before = reading.get(absolute)
  if (before !== undefined) await before
  const read = readOnce(path, absolute)
  reading.set(absolute, read)
  try {
    return await read
  } finally {
    if (reading.get(absolute) === read) reading.delete(absolute)
  }
}

async function readOnce(path: string, absolute: string): Promise<StoreOpenResult> {
  const read = await readProjectFile(absolute, path)
  if (read.kind !== 'ok') return { ok: false, path: absolute, errors: read.errors }
  const { project, hash, migratedFrom } = read
  return migratedFrom === undefined ? { ok: true, path: absolute, project, hash } : { ok: true, path: absolute, project, hash, migratedFrom }
}

/** RFC 3339 UTC to the second, as the format wants for `modifiedAt`. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const modifiedAtKey = '\n  "modifiedAt": '

/**
 * Splits canonical text around the value of the root `modifiedAt` (in canonical text only root keys
 * sit at an indent of two spaces, and strings never hold a raw newline), so two versions can be
 * compared while ignoring it without parsing megabytes of JSON.
 */
function aroundModifiedAt(text: string): { before: string; value: unknown; after: string } | undefined {
  const at = text.indexOf(modifiedAtKey)
  if (at < 0) return undefined
  const start = at + modifiedAtKey.length
  const lineEnd = text.indexOf('\n', start)
  const end = lineEnd < 0 ? text.length : text[lineEnd - 1] === ',' ? lineEnd - 1 : lineEnd
  const literal = text.slice(start, end)
  try {
    const value: unknown = JSON.parse(literal)
    // Only the canonical spelling of the value counts: `"\u0032026…"` is the same string, other bytes.
    return JSON.stringify(value) === literal ? { before: text.slice(0, start), value, after: text.slice(end) } : undefined
  } catch {
    return undefined
  }
}

/** The `modifiedAt` on disk when `disk` holds exactly `text` but for that value, else undefined. */
function sameButModifiedAt(text: string, disk: string): string | undefined {
  const mine = aroundModifiedAt(text)
  const theirs = aroundModifiedAt(disk)
  if (!mine || !theirs || typeof theirs.value !== 'string' || !isTimestamp(theirs.value)) return undefined
  return mine.before === theirs.before && mine.after === theirs.after ? theirs.value : undefined
}

async function readBytesOrNull(file: string): Promise<Buffer | null> {
  try {
    return (await readRegularFile(file)).bytes
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}


const saveQueues = new Map<string, Promise<unknown>>()

/**
 * Validates and saves `project` to `path` (see the API notes in DESIGN.md, Durability): detects a
 * conflict by content hash, writes nothing when the bytes would not change (ignoring `modifiedAt`),
 * keeps the previous file as `NAME.bak`, and writes durably. Saves of one file run one at a time, in call order.
 */
export function saveProjectFile(path: string, project: Project, options: SaveOptions = {}): Promise<StoreSaveResult> {
  const absolute = resolve(path)
  return queueFor(saveQueues, absolute, () => save(path, absolute, project, options))
}

/** Projects that checkForSave accepted: a save of one of them does not validate it again. */
const checked = new WeakSet<Project>()

/**
 * Validates a project for saving; a save of the project it returns does not validate it again
 * (main checks a plan before asking where to save it, and 10,000 events take tens of ms to check).
 */
export function checkForSave(value: unknown): ReturnType<typeof validateProject> {
  const validated = validateProject(value)
  if (validated.ok) checked.add(validated.project)
  return validated
}

async function save(path: string, absolute: string, project: Project, options: SaveOptions): Promise<StoreSaveResult> {
  const validated = checked.has(project) ? ({ ok: true, project } as const) : validateProject(project)
  if (!validated.ok) return { ok: false, path: absolute, reason: 'invalid', errors: withSubjects(project, validated.errors) }
  const valid = validated.project

  // What is on disk now: known from our own last read or write while the file's stamp is unchanged,
  // otherwise read again.
  let disk: { text: string; hash: string; bytes?: Buffer } | null
  let diskStamp: FileStamp | null
  try {
    const stamp = await currentStamp(absolute)
    diskStamp = stamp
    const knownNow = stamp === null ? undefined : recall(absolute, stamp)
    if (knownNow !== undefined) disk = knownNow
    else {
      const bytes = stamp === null ? null : await readBytesOrNull(absolute)
      disk = bytes === null ? null : { text: bytes.toString('utf8'), hash: hashBytes(bytes), bytes }
    }
  } catch (error) {
    return { ok: false, path: absolute, reason: 'io', errors: [readIssue(path, error)] }
  }
  const diskHash = disk?.hash

  if (options.expectedHash !== undefined && diskHash !== options.expectedHash) {
    const problem = issue('', disk === null ? 'store.movedSinceOpened' : 'store.changedSinceOpened', { file: path })
    return { ok: false, path: absolute, reason: 'conflict', errors: [problem] }
  }

  let next: Project = options.keepModifiedAt ? valid : { ...valid, modifiedAt: timestamp(options.now ?? new Date()) }
  let text: string
  try {
    text = serializeProject(next)
  } catch (error) {
    return { ok: false, path: absolute, reason: 'invalid', errors: [issue('', 'store.encodeFailed', { detail: String(error) })] }
  }
  if (disk !== null && diskHash !== undefined) {
    // With keepModifiedAt the caller fixed every byte; otherwise modifiedAt only moves when
    // something else changed.
    const diskText = disk.text
    const diskModifiedAt = options.keepModifiedAt ? (text === diskText ? next.modifiedAt : undefined) : sameButModifiedAt(text, diskText)
    if (diskModifiedAt !== undefined) {
      const same: Project = diskModifiedAt === valid.modifiedAt ? valid : { ...valid, modifiedAt: diskModifiedAt }
      return { ok: true, path: absolute, project: same, hash: diskHash, changed: false }
    }
  }

  if (options.revise) {
    const revised = withRevision(next, options.revise.id, options.revise.previous ?? next)
    text = rewriteRevisionLines(text, revised) ?? serializeProject(revised)
    next = revised
  }
  const encoded = encodeValid(next, text)
  if (!encoded.ok) return { ok: false, path: absolute, reason: 'invalid', errors: encoded.errors }
  // Encode once: the same bytes are written and hashed.
  const bytes = Buffer.from(encoded.text, 'utf8')
  const hash = hashBytes(bytes)

  const warnings: Issue[] = []
  let conflict = false
  // Runs under the save lock, with the new version already on disk in a temp file.
  const beforeReplace = async (): Promise<void> => {
    // Another process may have saved since the check above: look again.
    if (options.expectedHash !== undefined && (await currentStamp(absolute)) !== diskStamp) {
      const again = await readBytesOrNull(absolute)
      if ((again === null ? undefined : hashBytes(again)) !== options.expectedHash) {
        conflict = true
        throw new Error('changed on disk')
      }
    }
    const previous = disk
    if (previous === null) return
    try {
      await keepBackup(absolute, `${absolute}.bak`, () => previous.bytes ?? Buffer.from(previous.text, 'utf8'))
    } catch (error) {
      warnings.push(backupIssue(path, error))
    }
  }
  const adapter = new DurableProjectFile(absolute, { ...encoded, bytes }, beforeReplace)
  try {
    await new Low<Project>(adapter, encoded.project).write()
  } catch (error) {
    if (conflict) return { ok: false, path: absolute, reason: 'conflict', errors: [issue('', 'store.changedSinceOpened', { file: path })] }
    return { ok: false, path: absolute, reason: 'io', errors: [writeIssue(path, error)] }
  }
  const written = adapter.written
  if (written !== undefined) remember(absolute, written, encoded.text, hash)
  const saved: StoreSaveResult = { ok: true, path: absolute, project: encoded.project, hash, changed: true, text: encoded.text }
  return warnings.length > 0 ? { ...saved, warnings } : saved
}

/** The result of writing an exported file (a PDF): where it is, or why it could not be written. */
export type ExportWriteResult = { ok: true; path: string } | { ok: false; path: string; errors: Issue[] }

/** Writes an export (a PDF the user asked for) durably through the store's writer: temp file, fsync, rename, folder fsync. */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<ExportWriteResult> {
  const absolute = resolve(path)
  try {
    await writeFileDurably(absolute, bytes)
    return { ok: true, path: absolute }
  } catch (error) {
    return { ok: false, path: absolute, errors: [writeIssue(path, error)] }
  }
}
