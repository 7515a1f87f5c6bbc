// Durable whole-file writes for lowdb: a reported write is on disk, a crash never leaves a torn file.
import { createHash, randomBytes } from 'node:crypto'
import { chmod, link, lstat, open, readdir, readFile, readlink, realpath, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import type { BigIntStats } from 'node:fs'
import type { Adapter } from 'lowdb'

/**
 * Identity of one version of a file on disk: device, inode, size, and mtime and ctime in
 * nanoseconds. An outside edit can put the mtime back (`touch -m -d`); no one can set the ctime.
 */
export type FileStamp = string

/** The stamp of a file's stat (taken with `{ bigint: true }` for nanosecond times). */
export function stampOf(s: BigIntStats): FileStamp {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`
}

const writeQueues = new Map<string, Promise<unknown>>()
const tempsInFlight = new Set<string>()

/**
 * Runs `task` after every task queued before it for the same key, in call order, never dropping or
 * merging. The chain is shared by all callers in this process, so two adapters of one file cannot interleave.
 */
export function queueFor<T>(queues: Map<string, Promise<unknown>>, key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}

/** Folders that cannot be opened or fsynced on some platforms (Windows, some network file systems). */
const unsyncableFolder = new Set(['EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP', 'EACCES'])

/** The `code` of a Node system error (`ENOENT`, `EACCES`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (!unsyncableFolder.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Which computer wrote a temp file: plans live on shared drives, and a process id only means
 * something on the machine that gave it.
 */
const hostTag = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)

/** `.NAME.<pid>.<host><random>.tmp` beside NAME: same folder (so rename is atomic), unique per write. */
function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${hostTag}${randomBytes(6).toString('hex')}.tmp`)
}

/** A temp file of another computer is only taken for abandoned after this long. */
const foreignTempAgeMs = 60 * 60 * 1000

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

async function isAbandoned(path: string, pid: number, host: string): Promise<boolean> {
  if (host === hostTag) return pid === process.pid || !isAlive(pid)
  const modified = await stat(path).then(
    (s) => s.mtimeMs,
    () => Date.now(),
  )
  return Date.now() - modified > foreignTempAgeMs
}

/**
 * Removes temp files that a killed writer of `file` left behind, so a crash leaves at most one until
 * the next save: those of processes on this computer that no longer run (and ours not in flight),
 * and those of other computers after an hour. A running writer's temp file is left alone.
 */
async function removeStrayTemps(file: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(file))}\\.(\\d+)\\.([0-9a-f]{8})[0-9a-f]{12}\\.tmp$`)
  let names: string[]
  try {
    names = await readdir(dirname(file))
  } catch {
    return
  }
  for (const name of names) {
    const match = pattern.exec(name)
    const path = join(dirname(file), name)
    if (!match || tempsInFlight.has(path)) continue
    if (await isAbandoned(path, Number(match[1]), match[2] ?? '')) await unlink(path).catch(() => undefined)
  }
}

/** On Windows a virus scanner or indexer may hold a just-written file for a moment. */
const busyOnWindows = new Set(['EPERM', 'EACCES', 'EBUSY'])

async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to)
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 10 || !busyOnWindows.has(errorCode(error) ?? '')) throw error
      await new Promise((done) => setTimeout(done, 50))
    }
  }
}

/** A save onto a symbolic link whose target does not exist: following it would create a file wherever the link points. */
export class DanglingLink extends Error {
  constructor(
    readonly file: string,
    readonly target: string,
  ) {
    super(`${file} is a link to ${target}, which does not exist`)
    this.name = 'DanglingLink'
  }
}

/** The file that writing `file` replaces: a symbolic link's target (never a link left dangling), or `file` itself when it does not exist yet. */
export async function resolveTarget(file: string): Promise<string> {
  try {
    // Writing through a symbolic link replaces the file it points to, not the link.
    return await realpath(file)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
    const entry = await lstat(file).catch(() => undefined)
    if (entry?.isSymbolicLink()) throw new DanglingLink(file, await readlink(file))
    return resolve(file)
  }
}

/** A temp file beside `target`, written and fsynced, not yet renamed over it. */
export interface PreparedWrite {
  temp: string
  target: string
}

/**
 * Writes `data` to a new temp file beside `target` (opened with `wx`: never through a link planted
 * at its name) and fsyncs it, with the permissions of the file it will replace. Nothing else is
 * touched, so a full disk or a read-only folder fails here, before any backup is rotated.
 */
export async function prepareWrite(target: string, data: string | Uint8Array): Promise<PreparedWrite> {
  const temp = tempNameFor(target)
  const previousMode = await stat(target).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  )
  tempsInFlight.add(temp)
  try {
    const handle = await open(temp, 'wx', 0o666)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (previousMode !== undefined) await chmod(temp, previousMode).catch(() => undefined)
  } catch (error) {
    await discardWrite({ temp, target })
    throw error
  }
  return { temp, target }
}

/** Removes a prepared temp file that will not be committed. */
export async function discardWrite(prepared: PreparedWrite): Promise<void> {
  await unlink(prepared.temp).catch(() => undefined)
  tempsInFlight.delete(prepared.temp)
}

/**
 * Renames the prepared temp file over its target and fsyncs the folder. Returns the target's stamp
 * as written, or undefined when the file now at the target is not ours (replaced in the meantime).
 */
export async function commitWrite(prepared: PreparedWrite): Promise<FileStamp | undefined> {
  const { temp, target } = prepared
  let ours: bigint
  try {
    ours = (await lstat(temp, { bigint: true })).ino
    await renameOver(temp, target)
  } catch (error) {
    await discardWrite(prepared)
    throw error
  } finally {
    tempsInFlight.delete(temp)
  }
  await syncFolder(dirname(target))
  await removeStrayTemps(target)
  // Taken after the rename, which changes the ctime.
  const now = await lstat(target, { bigint: true }).catch(() => undefined)
  return now !== undefined && now.ino === ours ? stampOf(now) : undefined
}

/**
 * Replaces `file` with `data` durably and atomically: writes a uniquely named temp file in the same
 * folder, fsyncs it, renames it over `file`, fsyncs the folder. On failure the temp file is removed
 * and `file` is untouched. Not queued: callers hold the file's queue (see writeFileDurably).
 * `followLinks: false` replaces a symbolic link at `file` instead of writing through it.
 */
async function replaceFile(file: string, data: string | Uint8Array, followLinks = true): Promise<FileStamp | undefined> {
  const target = followLinks ? await resolveTarget(file) : resolve(file)
  return commitWrite(await prepareWrite(target, data))
}

/**
 * Writes `data` to `file` durably (see replaceFile). Writes to one path are queued across the whole
 * process and all land in call order; the promise settles only once this write is on disk, with
 * the stamp of the file as written.
 */
export function writeFileDurably(file: string, data: string | Uint8Array): Promise<FileStamp | undefined> {
  return queueFor(writeQueues, resolve(file), () => replaceFile(file, data))
}

/** File systems without hard links (FAT, exFAT, some network shares) answer with one of these. */
const noHardLinks = new Set(['ENOENT', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EACCES'])

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Makes `backup` hold the current content of `file` durably before `file` is replaced: a hard link
 * to the current file under a temp name, fsynced, renamed over `backup` (no copy of megabytes, and
 * the old bytes stay exactly as they were). Where hard links are not possible, `previous` (the
 * bytes of `file`, asked for only then) are written to `backup` instead. A symbolic link planted at
 * `backup` is replaced, never written through; a folder there is left alone and the call fails.
 */
export function keepBackup(file: string, backup: string, previous: () => Uint8Array): Promise<void> {
  return queueFor(writeQueues, resolve(backup), async () => {
    const source = await resolveTarget(file)
    const target = resolve(backup)
    const existing = await lstat(target).catch(() => undefined)
    if (existing !== undefined && !existing.isFile() && !existing.isSymbolicLink()) throw Object.assign(new Error(`${target} is not a file`), { code: 'EISDIR' })
    const temp = tempNameFor(target)
    tempsInFlight.add(temp)
    try {
      await link(source, temp)
    } catch (error) {
      tempsInFlight.delete(temp)
      if (!noHardLinks.has(errorCode(error) ?? '')) throw error
      await replaceFile(target, previous(), false)
      return
    }
    try {
      await syncFile(temp)
      await renameOver(temp, target)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    } finally {
      tempsInFlight.delete(temp)
    }
    await syncFolder(dirname(target))
    await removeStrayTemps(target)
  })
}

/** Reads a whole file as UTF-8 text, or null when it does not exist. */
export async function readTextOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/** lowdb adapter for a text file whose writes are durable and queued (never dropped like steno's). */
export class DurableTextFile implements Adapter<string> {
  readonly path: string

  constructor(path: string) {
    this.path = path
  }

  read(): Promise<string | null> {
    return readTextOrNull(this.path)
  }

  async write(data: string): Promise<void> {
    await writeFileDurably(this.path, data)
  }
}
