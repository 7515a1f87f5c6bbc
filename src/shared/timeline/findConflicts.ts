// Every scheduling conflict of a plan, the public-holiday warnings included. Kept out of the
// timeline barrel: it carries date-holidays, which the renderer loads only in its conflicts worker
// (src/renderer/conflicts) and in the screens that need it, never on the first paint.
import type { Project } from '../format'
import { collectConflicts, type Conflict } from './conflicts'
import { holidayConflicts } from './holidayConflicts'

const memo = new WeakMap<Project, readonly Conflict[]>()

/** Every scheduling conflict of the plan, in a stable order (by code, then as found); memoized per document. */
export function findConflicts(project: Project): readonly Conflict[] {
  let conflicts = memo.get(project)
  if (!conflicts) {
    conflicts = collectConflicts(project, [holidayConflicts])
    memo.set(project, conflicts)
  }
  return conflicts
}
