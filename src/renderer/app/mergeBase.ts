// The base of File ▸ Merge Another Copy…: the newest revision both copies share, as the version
// history keeps it (or as one of the copies, or the undo history, still has it); without one, a
// two-way compare where every difference is a choice.
import type { Project } from '../../shared/format'
import type { History } from '../../shared/history'
import type { CaravanApi } from '../../shared/ipc'
import { commonRevision, twoWayBase } from '../../shared/merge'

/** Where the merge's base came from: a shared version, or a stand-in that makes every difference a choice. */
export interface MergeBase {
  base: Project
  twoWay: boolean
}

/**
 * Finds the common ancestor of the open plan `ours` and `theirs`. Two copies without any revision
 * (files from before revisions were recorded) are merged against the plan as it was opened, as
 * Caravan always did; copies with revisions but none in common are compared two-way.
 */
export async function findMergeBase(api: CaravanApi, ours: Project, history: History<Project, unknown>, theirs: Project): Promise<MergeBase> {
  const shared = commonRevision(ours, theirs)
  if (shared !== undefined) {
    const kept = await api.invoke('versions:find', { planId: ours.id, revision: shared }).catch(() => null)
    // Or theirs saved as that version and unchanged since, or ours as last saved (edits keep the revision until the next save).
    const saved = history.saved?.revision === shared ? history.saved : undefined
    const base = kept ?? (theirs.revision === shared ? theirs : undefined) ?? saved
    if (base) return { base, twoWay: false }
  }
  if (ours.revision === undefined && ours.lineage === undefined && theirs.revision === undefined && theirs.lineage === undefined) {
    return { base: history.past[0]?.doc ?? history.saved ?? history.present, twoWay: false }
  }
  return { base: twoWayBase(ours, theirs), twoWay: true }
}
