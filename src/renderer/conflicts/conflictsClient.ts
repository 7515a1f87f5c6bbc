// Finds the open plan's conflicts in the conflicts worker, the newest document winning: while the
// worker works on one edit, later edits wait, and only the last of them is sent. Where no worker
// can run (a test page without one, a worker that failed to start), the same search runs on the
// main thread a moment later, loaded on demand.
import { useEffect, useState } from 'react'
import type { Project } from '../../shared/format'
import { isAcknowledged, type Conflict } from '../../shared/timeline'
import { ConflictList, noConflicts, packConflicts, type PackedConflicts } from './packed'
import { syncSteps, type SyncMessage } from './planSync'

type Answer = { seq: number; open: PackedConflicts; acknowledged: PackedConflicts }
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
  readonly listeners = new Set<Listener>()

  find(project: Project): void {
    this.wanted = project
    if (!this.running) void this.run()
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
    } finally {
      this.running = false
    }
  }

  private answered({ seq, open, acknowledged }: Answer): void {
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
