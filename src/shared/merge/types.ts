// What a merge or a compare reports: codes and structured values, worded at the edges.
import type { Project } from '../format'
import type { EntityKind } from './model'

/** Which copy an edit came from; `both` when the two copies made the same edit. */
export type Side = 'ours' | 'theirs' | 'both'

/** One entity added, deleted or edited by one side (for an edit, the fields it changed). */
export interface Change {
  side: Side
  op: 'add' | 'delete' | 'edit'
  kind: EntityKind
  id: string
  fields: string[]
}

/**
 * Why a merge could not decide:
 * - `edit`: both sides changed `field` differently;
 * - `dates`: each side's dates are fine but together they are not (`field` is `dates`);
 * - `deleteEdit`: one side deleted the entity, the other edited it;
 * - `deleteUse`: one side deleted the entity, the other newly refers to it.
 */
export type ConflictReason = 'edit' | 'dates' | 'deleteEdit' | 'deleteUse'

/**
 * An open choice. The merged plan holds ours' value; `theirs` is the other choice (for `edit` and
 * `dates` the field's value, absent when theirs left it out; for `deleteEdit` and `deleteUse` the
 * entity as theirs has it, absent when theirs deleted it). `field` is absent for a whole entity.
 */
export interface Conflict {
  kind: EntityKind
  id: string
  field?: string
  reason: ConflictReason
  base?: unknown
  ours?: unknown
  theirs?: unknown
  /** Set when the merge was told which side to take (MergeOptions.choices); otherwise the conflict is open. */
  chosen?: Choice
}

/** The choice made for a conflict: `ours` (the default while open) or `theirs`. */
export type Choice = 'ours' | 'theirs'

/** Which side a conflict on `id` (and `field`, absent for a whole item) takes; undefined = still open, ours' value. */
export type Chooser = (id: string, field: string | undefined) => Choice | undefined

/** An entity theirs added under an id ours also used for something else, and its new id. */
export interface Rename {
  kind: EntityKind
  from: string
  to: string
}

/** The outcome of a three-way merge: the merged plan (always valid) and what happened. */
export interface MergeResult {
  project: Project
  changes: Change[]
  conflicts: Conflict[]
  renamed: Rename[]
}

/** One difference between two plans, for `caravan diff` and the merge view. */
export interface Difference {
  op: 'add' | 'delete' | 'edit'
  kind: EntityKind
  id: string
  /** The co-production of a phase or release. */
  parent?: string
  /** For an edit: each changed field with its value before and after (absent = left out). */
  fields: Array<{ field: string; before?: unknown; after?: unknown }>
  /** The entity before (for edits and deletes) and after (for adds and edits). */
  before?: unknown
  after?: unknown
}
