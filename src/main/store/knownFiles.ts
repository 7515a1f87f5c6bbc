// What this process last read from or wrote to each project file, so a save need not re-read and
// re-hash megabytes it already knows. An entry counts only while the file's identity, size and
// nanosecond mtime are still the ones recorded; any outside write changes them (git's index does
// the same), and then the store reads the file again.
import { stat } from 'node:fs/promises'
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
}

const known = new Map<string, Known>()

/** Records that `file`, at `stamp`, holds exactly `text` with SHA-256 `hash`. */
export function remember(file: string, stamp: FileStamp, text: string, hash: string): void {
  known.set(file, { stamp, text, hash })
}

/** The recorded content of `file` if it is still the version at `stamp`. */
export function recall(file: string, stamp: FileStamp): { text: string; hash: string } | undefined {
  const entry = known.get(file)
  if (entry === undefined) return undefined
  if (entry.stamp !== stamp) {
    known.delete(file)
    return undefined
  }
  return entry
}
