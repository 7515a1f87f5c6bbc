// "In use elsewhere": while a window has a plan open, a small lock file beside it says who has it,
// on which computer, which process and since when — the office suites' convention (`.~lock.NAME#`).
// A second Caravan, on this computer or another on the same shared drive, is told and may open the
// plan read-only or anyway. Stale locks (a process on this computer that no longer runs, or a lock
// older than a day from another computer) are taken over quietly. A folder where no lock can be
// written (a read-only share) still opens the plan.
import { open, readFile, rm } from 'node:fs/promises'
import { hostname, userInfo } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** Who holds a plan. */
export interface LockOwner {
  user: string
  host: string
  pid: number
  /** RFC 3339. */
  since: string
}

const staleAfterMs = 24 * 60 * 60 * 1000

/** The lock file beside a plan. */
export function lockPathOf(plan: string): string {
  return join(dirname(plan), `.~lock.${basename(plan)}#`)
}

function me(now: Date): LockOwner {
  let user = 'someone'
  try {
    user = userInfo().username || user
  } catch {
    // No user name (some containers).
  }
  return { user, host: hostname(), pid: process.pid, since: now.toISOString() }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readOwner(lock: string): Promise<LockOwner | null> {
  try {
    const value = JSON.parse(await readFile(lock, 'utf8')) as Partial<LockOwner>
    if (typeof value.user !== 'string' || typeof value.host !== 'string' || typeof value.pid !== 'number' || typeof value.since !== 'string') return null
    return { user: value.user.slice(0, 100), host: value.host.slice(0, 100), pid: value.pid, since: value.since }
  } catch {
    return null
  }
}

/** Whether someone else (another process, live, or recent) holds the plan; null when it is free, stale or ours. */
export async function heldBy(plan: string, now: Date = new Date()): Promise<LockOwner | null> {
  const owner = await readOwner(lockPathOf(plan))
  if (!owner) return null
  if (owner.host === hostname()) return owner.pid !== process.pid && isAlive(owner.pid) ? owner : null
  const age = now.getTime() - Date.parse(owner.since)
  return Number.isFinite(age) && age < staleAfterMs ? owner : null
}

/** Takes the lock for this process (replacing a stale one, or one the user chose to open anyway); false where none can be written. */
export async function takeLock(plan: string, now: Date = new Date()): Promise<boolean> {
  const lock = lockPathOf(plan)
  const text = `${JSON.stringify(me(now))}\n`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // `wx`: never through a link planted at the lock's name, never over another writer's lock.
      const handle = await open(lock, 'wx', 0o644)
      try {
        await handle.writeFile(text)
      } finally {
        await handle.close()
      }
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false
      await rm(lock, { force: true }).catch(() => undefined)
    }
  }
  return false
}

/** Removes the lock when it is this process's own. */
export async function releaseLock(plan: string): Promise<void> {
  const lock = lockPathOf(plan)
  const owner = await readOwner(lock)
  if (owner && owner.host === hostname() && owner.pid === process.pid) await rm(lock, { force: true }).catch(() => undefined)
}
