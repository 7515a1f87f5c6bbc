// Merging and comparing copies of one plan (issue 14). Pure: codes and structured values only.
export { mergeProjects, conflictRecord } from './merge'
export { diffProjects } from './diff'
export type { Change, Conflict, ConflictReason, Difference, MergeResult, Rename, Side } from './types'
export type { EntityKind } from './model'
