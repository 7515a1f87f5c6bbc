// The conflicts worker: holds a copy of the open plan (kept up to date by planSync) and finds its
// scheduling conflicts, the public-holiday check with its 2 MB of rules included, off the main
// thread, so neither opening a 100,000-event plan nor an edit waits for them. It also sets apart
// the acknowledged ones, and answers packed (packed.ts). And it writes the plan as JSON text for
// the recovery journal: on the main thread, that took 0.15 s after every edit at 10,000 events.
// An answer is kept until the window fetches it: receiving one takes the main thread tens of
// milliseconds at 100,000 events, which a drag in progress has no room for.
import type { Project } from '../../shared/format'
import { isAcknowledged, type Conflict } from '../../shared/timeline'
import { findConflicts } from '../../shared/timeline/findConflicts'
import { packConflicts } from './packed'
import { applySync, type SyncMessage } from './planSync'

const doc: Record<string, unknown> = {}
let found: readonly Conflict[] = []
// Conflicts do not depend on the plan's views (acknowledging one changes only `views`).
let stale = true
type PackedAnswer = { kind: 'conflicts'; seq: number; open: ReturnType<typeof packConflicts>; acknowledged: ReturnType<typeof packConflicts> }
/** The newest check's answer, until the window fetches it. */
let ready: PackedAnswer | null = null

function send(answer: PackedAnswer): void {
  const buffers = [answer.open, answer.acknowledged].flatMap((p) => [p.starts.buffer, p.first.buffer, p.list.buffer])
  ;(globalThis.postMessage as (message: unknown, transfer: ArrayBuffer[]) => void)(answer, buffers as ArrayBuffer[])
}

globalThis.onmessage = (event: MessageEvent<SyncMessage>) => {
  const message = event.data
  if (message.kind === 'snapshot') return globalThis.postMessage({ kind: 'snapshot', seq: message.seq, json: JSON.stringify(doc) })
  if (message.kind === 'fingerprint') return globalThis.postMessage({ kind: 'fingerprint', seq: message.seq, fingerprint: found.find((c) => c.id === message.id)?.fingerprint ?? null })
  if (message.kind === 'fetch') {
    // An older check's fetch (a newer one got ready since) waits for the newer one's.
    if (ready?.seq !== message.seq) return
    send(ready)
    ready = null
    return
  }
  if (message.kind !== 'check') {
    if (message.key !== 'views') stale = true
    return applySync(doc, message)
  }
  // A new object per check: findConflicts memoizes by the document.
  const project = { ...doc } as unknown as Project
  if (stale) {
    try {
      found = findConflicts(project)
    } catch (error) {
      // A plan the checks cannot read has no warnings rather than a dead worker; the console says why.
      console.error('Caravan could not check the plan for conflicts:', error)
      found = []
    }
    stale = false
  }
  const open: Conflict[] = []
  const quiet: Conflict[] = []
  for (const conflict of found) (isAcknowledged(project, conflict) ? quiet : open).push(conflict)
  ready = { kind: 'conflicts', seq: message.seq, open: packConflicts(open), acknowledged: packConflicts(quiet) }
  globalThis.postMessage({ kind: 'ready', seq: message.seq })
}
