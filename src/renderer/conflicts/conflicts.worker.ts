// The conflicts worker: holds a copy of the open plan (kept up to date by planSync) and finds its
// scheduling conflicts, the public-holiday check with its 2 MB of rules included, off the main
// thread, so neither opening a 100,000-event plan nor an edit waits for them.
import type { Project } from '../../shared/format'
import { findConflicts } from '../../shared/timeline/findConflicts'
import { applySync, type SyncMessage } from './planSync'

const doc: Record<string, unknown> = {}

globalThis.onmessage = (event: MessageEvent<SyncMessage>) => {
  const message = event.data
  if (message.kind !== 'check') return applySync(doc, message)
  // A new object per check: findConflicts memoizes by the document.
  let conflicts: readonly unknown[] = []
  try {
    conflicts = findConflicts({ ...doc } as unknown as Project)
  } catch (error) {
    // A plan the checks cannot read has no warnings rather than a dead worker; the console says why.
    console.error('Caravan could not check the plan for conflicts:', error)
  }
  globalThis.postMessage({ seq: message.seq, conflicts })
}
