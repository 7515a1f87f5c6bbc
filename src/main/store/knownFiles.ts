// What this process last read from or wrote to each project file, so a save need not re-read and
// re-hash megabytes it already knows, and opening the same file again (a reload, the start plan
// read ahead while the window loads) need not parse and check it again. An entry counts only while
// the file's identity, size and nanosecond mtime are still the ones recorded; any outside write
// changes them (git's index does the same), and then the store reads the file again.
import { stat } from 'node:fs/promises'
import type { Project } from '../../shared/format'
import { errorCode, stampOf, type FileStamp } from './durableFile'

/** The stamp of the file now, or null when there is none. Other errors are thrown. */
export async function currentStamp(file: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(file, { bigint: true }))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

interface Known {
  stamp: FileStamp
  /** Exactly the file's bytes, decoded (no byte-order mark dropped). */
  text: string
  hash: string
  /** The plan the text was read as (checked and migrated), when it was opened rather than written. */
  opened?: OpenedPlan
}

/** A plan as a read gave it; shared by every later open of the same version, so never changed in place. */
export interface OpenedPlan {
  project: Project
  migratedFrom?: number
}

const known = new Map<string, Known>()

/** Records that `file`, at `stamp`, holds exactly `text` with SHA-256 `hash` (read as `opened`). */
export function remember(file: string, stamp: FileStamp, text: string, hash: string, opened?: OpenedPlan): void {
  known.set(file, opened === undefined ? { stamp, text, hash } : { stamp, text, hash, opened })
}

/** The recorded content of `file` if it is still the version at `stamp`. */
export function recall(file: string, stamp: FileStamp): { text: string; hash: string; opened?: OpenedPlan } | undefined {
  const entry = known.get(file)
  if (entry === undefined) return undefined
  if (entry.stamp !== stamp) {
    known.delete(file)
    return undefined
  }
  return entry
}
