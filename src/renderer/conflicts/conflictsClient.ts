// Finds the open plan's conflicts in the conflicts worker, the newest document winning: while the
// worker works on one edit, later edits wait, and only the last of them is sent. Where no worker
// can run (a test page without one, a worker that failed to start), the same search runs on the
// main thread a moment later, loaded on demand.
import { useEffect, useState } from 'react'
import type { Project } from '../../shared/format'
import { isAcknowledged, type Conflict } from '../../shared/timeline'
import { ConflictList, noConflicts, packConflicts, type PackedConflicts } from './packed'
import { syncSteps, type SyncMessage } from './planSync'

type Answer =
  | { kind: 'ready'; seq: number }
  | { kind: 'conflicts'; seq: number; open: PackedConflicts; acknowledged: PackedConflicts }
  | { kind: 'snapshot'; seq: number; json: string }
  | { kind: 'fingerprint'; seq: number; fingerprint: string | null }
type Snapshot = { project: Project; resolve: (json: string | null) => void }
/** The plan's conflicts: those not acknowledged (or whose dates changed since), and those acknowledged. */
export interface FoundConflicts {
  open: ConflictList
  acknowledged: ConflictList
}
type Listener = (project: Project, found: FoundConflicts) => void

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** The finder of one window: one worker, one copy of the plan in it. */
class ConflictFinder {
  private worker: Worker | null | undefined
  /** What the worker holds, fully sent. */
  private sent: Project | null = null
  private wanted: Project | null = null
  private running = false
  private seq = 0
  private asked = new Map<number, Project>()
  /** Snapshots asked for and not yet sent to the worker, and those it is writing, by seq. */
  private snapshotsWanted: Snapshot[] = []
  private snapshotsAsked = new Map<number, Snapshot>()
  private fingerprintsAsked = new Map<number, (fingerprint: string | null) => void>()
  /** Drags in progress: answers ready meanwhile are fetched when the last ends. */
  private holds = 0
  private readySeq: number | null = null
  /** Without a worker: the fingerprints of the conflicts last found here. */
  private foundHere = new Map<string, string>()
  readonly listeners = new Set<Listener>()

  find(project: Project): void {
    this.wanted = project
    if (!this.running) void this.run()
  }

  /**
   * `project` as JSON text, written by the worker from its copy once that copy is `project`; null
   * when a newer document was sent first (its own snapshot is asked for a moment later).
   */
  snapshot(project: Project): Promise<string | null> {
    if (this.start() === null) return Promise.resolve(JSON.stringify(project))
    return new Promise((resolve) => {
      this.snapshotsWanted.push({ project, resolve })
      this.find(project)
      if (!this.running) this.askSnapshots()
    })
  }

  /** The fingerprint of conflict `id` as last found (what acknowledging it stores), or null when it is gone. */
  fingerprint(id: string): Promise<string | null> {
    const worker = this.worker
    if (!worker) return Promise.resolve(this.foundHere.get(id) ?? null)
    return new Promise((resolve) => {
      const seq = ++this.seq
      this.fingerprintsAsked.set(seq, resolve)
      worker.postMessage({ kind: 'fingerprint', seq, id } satisfies SyncMessage)
    })
  }

  /** Holds answers back until the returned function is called (once). */
  hold(): () => void {
    this.holds++
    let released = false
    return () => {
      if (released) return
      released = true
      if (--this.holds === 0 && this.readySeq !== null) this.fetch(this.readySeq)
    }
  }

  private fetch(seq: number): void {
    this.readySeq = null
    this.worker?.postMessage({ kind: 'fetch', seq } satisfies SyncMessage)
  }

  private askSnapshots(): void {
    const worker = this.worker
    if (!worker) return
    for (const wanted of this.snapshotsWanted.splice(0)) {
      if (wanted.project !== this.sent) {
        wanted.resolve(null)
        continue
      }
      const seq = ++this.seq
      this.snapshotsAsked.set(seq, wanted)
      worker.postMessage({ kind: 'snapshot', seq } satisfies SyncMessage)
    }
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker
    try {
      const worker = new Worker(new URL('./conflicts.worker.ts', import.meta.url), { type: 'module', name: 'conflicts' })
      worker.onmessage = (event: MessageEvent<Answer>) => this.answered(event.data)
      worker.onerror = () => this.fallBack()
      this.worker = worker
    } catch {
      this.worker = null
    }
    return this.worker
  }

  /** The worker could not run: the main thread finds the conflicts from now on. */
  private fallBack(): void {
    this.worker?.terminate()
    this.worker = null
    this.sent = null
    for (const { project, resolve } of [...this.snapshotsWanted.splice(0), ...this.snapshotsAsked.values()]) resolve(JSON.stringify(project))
    this.snapshotsAsked.clear()
    for (const resolve of this.fingerprintsAsked.values()) resolve(null)
    this.fingerprintsAsked.clear()
    const latest = this.wanted
    if (latest) void this.findHere(latest)
  }

  private async findHere(project: Project): Promise<void> {
    const { findConflicts } = await import('../../shared/timeline/findConflicts')
    await nextTask()
    if (project !== this.wanted) return
    const open: Conflict[] = []
    const quiet: Conflict[] = []
    for (const conflict of findConflicts(project)) (isAcknowledged(project, conflict) ? quiet : open).push(conflict)
    this.foundHere = new Map([...open, ...quiet].map((c) => [c.id, c.fingerprint]))
    this.deliver(project, { open: new ConflictList(packConflicts(open)), acknowledged: new ConflictList(packConflicts(quiet)) })
  }

  private async run(): Promise<void> {
    this.running = true
    try {
      while (this.wanted && this.wanted !== this.sent) {
        const target = this.wanted
        const worker = this.start()
        if (!worker) {
          await this.findHere(target)
          this.sent = target
          continue
        }
        for (const step of syncSteps(this.sent as Readonly<Record<string, unknown>> | null, target as unknown as Readonly<Record<string, unknown>>)) {
          for (const message of step) worker.postMessage(message)
          await nextTask()
          if (this.worker !== worker) break
        }
        if (this.worker !== worker) continue
        this.sent = target
        const seq = ++this.seq
        this.asked.set(seq, target)
        worker.postMessage({ kind: 'check', seq } satisfies SyncMessage)
      }
      this.askSnapshots()
    } finally {
      this.running = false
    }
  }

  private answered(answer: Answer): void {
    if (answer.kind === 'ready') {
      if (this.holds > 0) this.readySeq = answer.seq
      else this.fetch(answer.seq)
      return
    }
    if (answer.kind === 'fingerprint') {
      this.fingerprintsAsked.get(answer.seq)?.(answer.fingerprint)
      this.fingerprintsAsked.delete(answer.seq)
      return
    }
    if (answer.kind === 'snapshot') {
      this.snapshotsAsked.get(answer.seq)?.resolve(answer.json)
      this.snapshotsAsked.delete(answer.seq)
      return
    }
    const { seq, open, acknowledged } = answer
    const project = this.asked.get(seq)
    for (const key of this.asked.keys()) if (key <= seq) this.asked.delete(key)
    // An answer for a document since edited is still shown until the newer one comes: it is at most one edit behind.
    if (project) this.deliver(project, { open: new ConflictList(open), acknowledged: new ConflictList(acknowledged) })
  }

  private deliver(project: Project, found: FoundConflicts): void {
    for (const listener of this.listeners) listener(project, found)
  }
}

let finder: ConflictFinder | null = null
const finderOf = (): ConflictFinder => (finder ??= new ConflictFinder())

/**
 * Holds the conflicts worker's answers back while something must not be interrupted (a drag):
 * an answer that gets ready meanwhile is received once the returned function is called.
 */
export function holdConflicts(): () => void {
  return finderOf().hold()
}

/** The fingerprint of conflict `id` in the newest check (for acknowledging it), or null when it is gone. */
export function conflictFingerprint(id: string): Promise<string | null> {
  return finderOf().fingerprint(id)
}

/** The plan as JSON text, written off the main thread when the worker runs (see ConflictFinder.snapshot). */
export function planJson(project: Project): Promise<string | null> {
  return finderOf().snapshot(project)
}

const none: FoundConflicts = { open: noConflicts, acknowledged: noConflicts }

/**
 * The conflicts of `project`: none until the first answer (a moment after the plan shows), then
 * those of the newest document the worker has answered for.
 */
export function useConflicts(project: Project): FoundConflicts {
  const [found, setFound] = useState<{ project: Project | null; conflicts: FoundConflicts }>({ project: null, conflicts: none })
  useEffect(() => {
    const listeners = finderOf().listeners
    const listener: Listener = (answered, conflicts) => setFound({ project: answered, conflicts })
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }, [])
  useEffect(() => {
    finderOf().find(project)
  }, [project])
  // Another plan's answer (the window opened a different plan) is not shown for this one.
  return found.project === null || found.project.id !== project.id ? none : found.conflicts
}
