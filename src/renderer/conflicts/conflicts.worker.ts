// The conflicts worker: holds a copy of the open plan (kept up to date by planSync) and finds its
// scheduling conflicts, the public-holiday check with its 2 MB of rules included, off the main
// thread, so neither opening a 100,000-event plan nor an edit waits for them. It also sets apart
// the acknowledged ones, and answers packed (packed.ts). And it writes the plan as JSON text for
// the recovery journal: on the main thread, that took 0.15 s after every edit at 10,000 events.
import type { Project } from '../../shared/format'
import { isAcknowledged, type Conflict } from '../../shared/timeline'
import { findConflicts } from '../../shared/timeline/findConflicts'
import { packConflicts } from './packed'
import { applySync, type SyncMessage } from './planSync'

const doc: Record<string, unknown> = {}
let found: readonly Conflict[] = []
// Conflicts do not depend on the plan's views (acknowledging one changes only `views`).
let stale = true

globalThis.onmessage = (event: MessageEvent<SyncMessage>) => {
  const message = event.data
  if (message.kind === 'snapshot') return globalThis.postMessage({ kind: 'snapshot', seq: message.seq, json: JSON.stringify(doc) })
  if (message.kind === 'fingerprint') return globalThis.postMessage({ kind: 'fingerprint', seq: message.seq, fingerprint: found.find((c) => c.id === message.id)?.fingerprint ?? null })
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
  const answer = { kind: 'conflicts', seq: message.seq, open: packConflicts(open), acknowledged: packConflicts(quiet) }
  const buffers = [answer.open, answer.acknowledged].flatMap((p) => [p.starts.buffer, p.first.buffer, p.list.buffer])
  ;(globalThis.postMessage as (message: unknown, transfer: ArrayBuffer[]) => void)(answer, buffers as ArrayBuffer[])
}
