// Per-window state in main: which file a window shows, the hash it was read or saved as, its
// title and unsaved-changes flag, and the watch that reports outside edits of its file.
import type { EventName, EventPayload } from '../shared/ipc'
import { hashFile, watchFile, type FileWatch } from './fileWatcher'

/** Pushes an event to one window (Electron: webContents.send; web host: server-sent events). */
export type Notify = <K extends EventName>(sender: string, event: K, payload: EventPayload<K>) => void

/** What main knows about one window. */
export interface WindowSession {
  /** The window's file, absent for a new plan that was never saved. */
  path?: string
  /** SHA-256 (hex) of the file's bytes as last read or written by this window. */
  hash?: string
  title: string
  dirty: boolean
}

interface Entry extends WindowSession {
  watch?: FileWatch
  savesInFlight: number
  recheckAfterSave: boolean
  notifiedHash?: string
}

export interface SessionsOptions {
  notify: Notify
  /** Quiet time before an outside change is checked; default 200 ms. */
  watchDebounceMs?: number
}

/** All windows' sessions, keyed by sender id. */
export class Sessions {
  private readonly entries = new Map<string, Entry>()
  private readonly endListeners: ((sender: string, path: string | undefined) => void)[] = []
  private readonly notify: Notify
  private readonly debounceMs: number

  constructor(options: SessionsOptions) {
    this.notify = options.notify
    this.debounceMs = options.watchDebounceMs ?? 200
  }

  /** The window's session (a fresh, empty one for a window never seen). */
  get(sender: string): Readonly<WindowSession> {
    return this.entry(sender)
  }

  /** True when the window reported unsaved changes: closing it should ask first. */
  isDirty(sender: string): boolean {
    return this.entries.get(sender)?.dirty ?? false
  }

  /** True while the window was told its file changed on disk and has not since opened or saved it (with overwrite). */
  hasPendingOutsideChange(sender: string): boolean {
    return this.entries.get(sender)?.notifiedHash !== undefined
  }

  setWindowState(sender: string, state: { title: string; dirty: boolean }): void {
    const entry = this.entry(sender)
    entry.title = state.title
    entry.dirty = state.dirty
  }

  /** The window now shows `path` as read or written with `hash`; watches it for outside edits. */
  setFile(sender: string, path: string, hash: string): void {
    const entry = this.entry(sender)
    if (entry.watch?.path !== path) {
      entry.watch?.stop()
      entry.watch = watchFile({ path, debounceMs: this.debounceMs, onSettled: (onDisk) => this.settled(sender, path, onDisk) })
    }
    entry.path = path
    entry.hash = hash
    entry.notifiedHash = undefined
  }

  /** The window no longer has a file (New): stops watching. */
  forgetFile(sender: string): void {
    const entry = this.entries.get(sender)
    if (!entry) return
    entry.watch?.stop()
    entry.watch = undefined
    entry.path = undefined
    entry.hash = undefined
    entry.notifiedHash = undefined
  }

  /**
   * Runs a save for the window. Outside-change checks wait until it is done: the file on disk
   * changes under our own hands before the store reports the new hash.
   */
  async whileSaving<T>(sender: string, save: () => Promise<T>): Promise<T> {
    const entry = this.entry(sender)
    entry.savesInFlight += 1
    try {
      return await save()
    } finally {
      entry.savesInFlight -= 1
      if (entry.savesInFlight === 0 && entry.recheckAfterSave) {
        entry.recheckAfterSave = false
        const path = entry.path
        if (path !== undefined) void hashFile(path).then((onDisk) => this.settled(sender, path, onDisk), () => undefined)
      }
    }
  }

  /** Runs `listener` with the window's file whenever a window closes (the plan's lock is released). */
  whenEnded(listener: (sender: string, path: string | undefined) => void): void {
    this.endListeners.push(listener)
  }

  /** The window closed: stops its watch and forgets it. */
  end(sender: string): void {
    const entry = this.entries.get(sender)
    entry?.watch?.stop()
    this.entries.delete(sender)
    for (const listener of this.endListeners) listener(sender, entry?.path)
  }

  /** Stops every watch (app quitting, web host closing). */
  endAll(): void {
    for (const sender of [...this.entries.keys()]) this.end(sender)
  }

  private entry(sender: string): Entry {
    let entry = this.entries.get(sender)
    if (!entry) {
      entry = { title: '', dirty: false, savesInFlight: 0, recheckAfterSave: false }
      this.entries.set(sender, entry)
    }
    return entry
  }

  private settled(sender: string, path: string, onDisk: string): void {
    const entry = this.entries.get(sender)
    if (!entry || entry.path !== path) return
    if (entry.savesInFlight > 0) {
      entry.recheckAfterSave = true
      return
    }
    if (onDisk === entry.hash) {
      entry.notifiedHash = undefined
      return
    }
    if (onDisk === entry.notifiedHash) return
    entry.notifiedHash = onDisk
    this.notify(sender, 'file:changed-on-disk', { path })
  }
}
