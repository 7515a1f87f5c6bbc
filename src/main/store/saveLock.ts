// The save's own compare-and-swap between processes: a short exclusive lock on a sidecar file
// (created with O_EXCL), held only while a save re-checks the file on disk and renames over it.
// Two Caravans saving one plan at once: exactly one wins, the other is told of the conflict.
import { lstat, open, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { errorCode } from './durableFile'
import { readRegularFile } from './safeRead'

/** `.NAME.save-lock` beside the file a save replaces. */
export const lockNameFor = (target: string): string => join(dirname(target), `.${basename(target)}.save-lock`)

/** A lock older than this was left by a writer that died: a save holds it for milliseconds. */
const staleAfterMs = 30_000
/** How long a save waits for another one to finish before giving up. */
const waitAtMostMs = 10_000

/** Another process holds the save lock for longer than a save takes. */
export class SaveLockBusy extends Error {
  constructor(readonly lock: string) {
    super(`${lock} is held by another save`)
    this.name = 'SaveLockBusy'
  }
}

function isAliveHere(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/** Removes the lock at `lock` when it was left behind: a link or folder (never a lock), too old, or of a dead process on this computer. */
async function removeIfStale(lock: string): Promise<void> {
  const entry = await lstat(lock).catch(() => undefined)
  if (entry === undefined) return
  const age = Date.now() - entry.mtimeMs
  let stale = !entry.isFile() || age > staleAfterMs
  if (!stale) {
    const holder = await readRegularFile(lock, { cap: 256 }).then(
      (read) => /^(\d+) (\S+) /.exec(read.bytes.toString('utf8')),
      () => null,
    )
    // No holder written yet: its writer was killed between creating and filling the lock, or is about to fill it.
    if (holder === null) stale = age > 2_000
    else stale = holder[2] === hostname() && !isAliveHere(Number(holder[1]))
  }
  if (stale && entry.isDirectory() === false) await unlink(lock).catch(() => undefined)
}

/** Runs `task` while holding the save lock of `target`; waits for another holder to finish. */
export async function withSaveLock<T>(target: string, task: () => Promise<T>): Promise<T> {
  const lock = lockNameFor(target)
  const started = Date.now()
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o644)
      try {
        await handle.writeFile(`${process.pid} ${hostname()} ${new Date().toISOString()}\n`)
      } finally {
        await handle.close()
      }
      break
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
      if (Date.now() - started > waitAtMostMs) throw new SaveLockBusy(lock)
      if (attempt % 20 === 19) await removeIfStale(lock)
      await new Promise((done) => setTimeout(done, 5 + Math.random() * 20))
    }
  }
  try {
    return await task()
  } finally {
    await unlink(lock).catch(() => undefined)
  }
}
