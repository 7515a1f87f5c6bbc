// Saved view settings (zoom, grouping, colour-by, lane order, collapsed lanes) live in the file's
// `views`, so changing one makes the plan unsaved and Save writes it. They are not edits of the
// plan, though: a Ctrl+wheel zoom would bury the real edits under dozens of undo steps. So a view
// change records no step; it is applied to every document in the history instead, which means
// Undo and Redo never flip the view back, and a document that ends up equal to the saved one
// (same data, same views) is the saved one again, so the dirty marker clears.
import type { Project } from '../../shared/format'
import type { History } from '../../shared/history'

function sameAsSaved(doc: Project, saved: Project): boolean {
  const keys = Object.keys(doc) as (keyof Project)[]
  if (keys.length !== Object.keys(saved).length) return false
  for (const key of keys) {
    if (key === 'views') continue
    if (doc[key] !== saved[key]) return false
  }
  return JSON.stringify(doc.views) === JSON.stringify(saved.views)
}

/** The history with a view change applied to the present and to every undo and redo step, recording no step. */
export function carryViewChange<L>(history: History<Project, L>, change: (project: Project) => Project): History<Project, L> {
  const saved = history.saved
  const carry = (doc: Project): Project => {
    const next = change(doc)
    if (next === doc) return doc
    return saved !== null && sameAsSaved(next, saved) ? saved : next
  }
  const present = carry(history.present)
  if (present === history.present) return history
  const steps = (list: History<Project, L>['past']) =>
    list.map((step) => {
      const doc = carry(step.doc)
      return doc === step.doc ? step : { ...step, doc }
    })
  return { past: steps(history.past), present, future: steps(history.future), saved }
}
