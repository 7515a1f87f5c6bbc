// Notices when someone else changes an open plan on disk. Watches the folder, not the file:
// saving replaces the file by renaming a temp file over it, which a watch on the old file
// (its inode) would miss.
import { createHash } from 'node:crypto'
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import { readRegularFile } from './store/safeRead'

/** A running watch on one file. */
export interface FileWatch {
  readonly path: string
  stop(): void
}

export interface WatchOptions {
  /** The file to watch (absolute). */
  path: string
  /** Quiet time after the last change before the file is read and hashed. */
  debounceMs: number
  /** Called with the SHA-256 (hex) of the bytes on disk after changes settle; not called while the file is missing. */
  onSettled(hash: string): void
}

/** SHA-256 (hex) of a file's bytes: the same hash the store reports for what it read or wrote. */
export async function hashFile(path: string): Promise<string> {
  return createHash('sha256').update((await readRegularFile(path)).bytes).digest('hex')
}

/** Starts watching; a folder that cannot be watched gives a watch that never fires. */
export function watchFile(options: WatchOptions): FileWatch {
  const name = basename(options.path)
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let watcher: FSWatcher | undefined

  const settle = async (): Promise<void> => {
    timer = undefined
    let hash: string
    try {
      hash = await hashFile(options.path)
    } catch {
      return // missing for now (deleted or being replaced): the next change will tell
    }
    if (!stopped) options.onSettled(hash)
  }
  const schedule = (): void => {
    if (stopped) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void settle(), options.debounceMs)
  }

  try {
    watcher = watch(dirname(options.path), { persistent: false }, (_event, changed) => {
      // Some platforms do not say which file changed: check ours anyway.
      if (changed === null || changed === name || changed.toString() === name) schedule()
    })
    watcher.on('error', () => watcher?.close())
  } catch {
    watcher = undefined
  }

  return {
    path: options.path,
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
      watcher?.close()
    },
  }
}
