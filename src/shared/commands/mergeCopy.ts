// File ▸ Merge Another Copy… as one undoable edit: theirs merged into the open plan against the
// common ancestor, with the planner's choice for each conflict. The arguments carry both copies,
// so the journal replays the merge to the same plan.
import type { Project } from '../format'
import { mergeProjects, type Choice, type MergeResult } from '../merge'

/** The other copy (`theirs`, from the file `name`), the common ancestor, and a side for each conflict by conflictKey. */
export interface MergeCopyArgs {
  name: string
  base: Project
  theirs: Project
  choices: Array<[key: string, choice: Choice]>
}

/** The merge the command performs, for the merge view's preview and counts. */
export function mergeCopy(doc: Project, args: MergeCopyArgs): MergeResult {
  return mergeProjects(args.base, doc, args.theirs, { choices: new Map(args.choices) })
}

/** The open plan with theirs merged in; the same plan when theirs brings nothing. */
export function performMergeCopy(doc: Project, args: MergeCopyArgs): Project {
  const result = mergeCopy(doc, args)
  const brings = result.changes.some((c) => c.side === 'theirs') || result.renamed.length > 0 || result.conflicts.some((c) => c.chosen !== 'ours')
  return brings ? result.project : doc
}

/** The counts of the undo label: "Merge ‘plan (Almaty).caravan’: 23 changes, 2 conflicts resolved". */
export function mergeCopyCounts(doc: Project, args: MergeCopyArgs): { changes: number; conflicts: number } {
  const result = mergeCopy(doc, args)
  return { changes: result.changes.filter((c) => c.side === 'theirs').length, conflicts: result.conflicts.filter((c) => c.chosen !== undefined).length }
}
