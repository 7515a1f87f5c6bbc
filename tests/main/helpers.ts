// Shared helpers for the main-process tests: temp folders, a handler table wired to fake dialogs,
// and waiting for pushed events.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHandlers, type HandlerDeps, type Handlers } from '../../src/main/handlers'
import { versionWritesSettled } from '../../src/main/versionKeeper'
import { createQueueDialogs, type QueueDialogs } from '../../src/main/queueDialogs'
import { Sessions } from '../../src/main/session'
import type { EventName } from '../../src/shared/ipc'

export const sampleFile = fileURLToPath(new URL('../../resources/sample.caravan', import.meta.url))

const made: string[] = []

/** A fresh temp folder, removed by `removeTempFolders`. */
export async function tempFolder(prefix = 'caravan-main-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

export async function removeTempFolders(): Promise<void> {
  // Versions are kept after a save has answered: let them land before their folder goes.
  await versionWritesSettled()
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
}

export interface PushedEvent {
  sender: string
  event: EventName
  payload: unknown
}

/** Everything a test needs to act as one or more windows. */
export interface App {
  handlers: Handlers
  dialogs: QueueDialogs
  sessions: Sessions
  events: PushedEvent[]
  root: string
  userDataDir: string
  documentsDir: string
  /** Resolves with the next pushed event of that name (or one already pushed and not yet taken). */
  nextEvent(event: EventName): Promise<PushedEvent>
  windowStates: { sender: string; title: string; dirty: boolean }[]
  closed: string[]
}

/** A handler table over a fresh temp folder, with queue-driven dialogs. */
export async function startApp(overrides: Partial<HandlerDeps> & { root?: string } = {}): Promise<App> {
  const root = overrides.root ?? (await tempFolder())
  const events: PushedEvent[] = []
  const waiting: { event: EventName; resolve: (pushed: PushedEvent) => void }[] = []
  let taken = 0
  const sessions = new Sessions({
    watchDebounceMs: 50,
    notify: (sender, event, payload) => {
      const pushed = { sender, event, payload }
      events.push(pushed)
      const waiter = waiting.findIndex((w) => w.event === event)
      if (waiter >= 0) {
        taken = events.length
        waiting.splice(waiter, 1)[0]?.resolve(pushed)
      }
    },
  })
  const dialogs = createQueueDialogs()
  const windowStates: App['windowStates'] = []
  const closed: string[] = []
  const userDataDir = join(root, 'user-data')
  const documentsDir = join(root, 'Documents')
  const handlers = createHandlers({
    dialogs: dialogs.dialogs,
    userDataDir,
    documentsDir,
    sampleFile,
    sessions,
    onWindowState: (sender, state) => windowStates.push({ sender, ...state }),
    closeWindow: (sender) => closed.push(sender),
    ...overrides,
  })
  return {
    handlers,
    dialogs,
    sessions,
    events,
    root,
    userDataDir,
    documentsDir,
    windowStates,
    closed,
    nextEvent: (event) => {
      const already = events.slice(taken).find((e) => e.event === event)
      if (already) {
        taken = events.indexOf(already) + 1
        return Promise.resolve(already)
      }
      return new Promise((resolveEvent) => waiting.push({ event, resolve: resolveEvent }))
    },
  }
}

export const text = (path: string): Promise<string> => readFile(path, 'utf8')
export const bytes = (path: string): Promise<Buffer> => readFile(path)
export const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
export const win = { sender: 'window-1' }
