// The lowdb adapter for .caravan files: reads through the format, refuses to write what would not read back.
import type { Adapter } from 'lowdb'
import { parseProject, serializeProject, validateProject } from '../../shared/format'
import type { Issue, Project } from '../../shared/format'
import { issue } from '../../shared/messages'
import { commitWrite, discardWrite, prepareWrite, readTextOrNull, resolveTarget, writeFileDurably, type FileStamp } from './durableFile'
import { withSaveLock } from './saveLock'

/**
 * Runs under the file's save lock after the new version is on disk in a temp file and before it is
 * renamed over the file: the last look at the file on disk (and the backup). Throwing cancels the write.
 */
export type BeforeReplace = () => Promise<void>

/** A project ready to write: its canonical text, and the project exactly as that text reads back. */
export type EncodeResult = { ok: true; text: string; project: Project } | { ok: false; errors: Issue[] }

/**
 * Validates `value` and serializes it canonically. The serializer writes exactly what the reader
 * accepts (its round trip is property-tested in src/shared/format), so a validated project always
 * reads back: a file that would not read back is never written, without parsing it a second time.
 */
export function encodeProject(value: unknown): EncodeResult {
  const validated = validateProject(value)
  if (!validated.ok) return { ok: false, errors: validated.errors }
  return encodeValid(validated.project)
}

/** encodeProject for a project that validateProject has already accepted, and maybe serialized. */
export function encodeValid(project: Project, serialized?: string): EncodeResult {
  try {
    return { ok: true, text: serialized ?? serializeProject(project), project }
  } catch (error) {
    return { ok: false, errors: [issue('', 'store.encodeFailed', { detail: String(error) })] }
  }
}

/** Thrown by DurableProjectFile when a file or a document is not a valid Caravan project. */
export class ProjectFormatError extends Error {
  readonly issues: Issue[]

  // For the log: the codes; people see the issues worded by the renderer or the CLI.
  constructor(file: string, issues: Issue[]) {
    super(`${file}: ${issues.map((i) => (i.path ? `${i.path}: ${i.code}` : i.code)).join('; ')}`)
    this.name = 'ProjectFormatError'
    this.issues = issues
  }
}

/**
 * lowdb adapter for one .caravan file. `read` parses (and migrates) through the format; `write`
 * encodes with encodeProject and writes durably, queued per file. Invalid data throws
 * ProjectFormatError and leaves the file untouched.
 */
export class DurableProjectFile implements Adapter<Project> {
  readonly path: string
  /** The stamp of the file as this adapter last wrote it. */
  written: FileStamp | undefined
  #encoded: { project: Project; text: string; bytes?: Uint8Array } | undefined
  readonly #beforeReplace: BeforeReplace | undefined

  /**
   * `encoded` lets a caller that already encoded `project` (and maybe its UTF-8 bytes) skip doing it
   * again. With `beforeReplace`, a write is a compare-and-swap between processes: the new version is
   * written to a temp file first, then `beforeReplace` and the rename run under the save lock.
   */
  constructor(path: string, encoded?: { project: Project; text: string; bytes?: Uint8Array }, beforeReplace?: BeforeReplace) {
    this.path = path
    this.#encoded = encoded
    this.#beforeReplace = beforeReplace
  }

  async read(): Promise<Project | null> {
    const text = await readTextOrNull(this.path)
    if (text === null) return null
    const parsed = parseProject(text)
    if (!parsed.ok) throw new ProjectFormatError(this.path, parsed.errors)
    return parsed.project
  }

  async write(data: Project): Promise<void> {
    const known = this.#encoded
    this.#encoded = undefined
    let text: string | Uint8Array
    if (known !== undefined && known.project === data) {
      text = known.bytes ?? known.text
    } else {
      const encoded = encodeProject(data)
      if (!encoded.ok) throw new ProjectFormatError(this.path, encoded.errors)
      text = encoded.text
    }
    const beforeReplace = this.#beforeReplace
    if (beforeReplace === undefined) {
      this.written = await writeFileDurably(this.path, text)
      return
    }
    // A full disk or a read-only folder fails here, before beforeReplace moves anything.
    const prepared = await prepareWrite(await resolveTarget(this.path), text)
    try {
      this.written = await withSaveLock(prepared.target, async () => {
        await beforeReplace()
        return commitWrite(prepared)
      })
    } finally {
      await discardWrite(prepared)
    }
  }
}
