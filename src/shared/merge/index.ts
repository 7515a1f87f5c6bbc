// Merging and comparing copies of one plan (issue 14). Pure: codes and structured values only.
export { mergeProjects, conflictKey, conflictRecord, type MergeOptions } from './merge'
export { diffProjects } from './diff'
export { indexProject, PARENT, ROOT, type Entity, type EntityKind, type Indexed } from './model'
export type { Change, Choice, Conflict, ConflictReason, Difference, MergeResult, Rename, Side } from './types'
export { commonRevision, twoWayBase } from './ancestor'
export { openConflicts, resolveOpenConflicts, theirsPlaceable, type OpenConflict } from './resolve'
