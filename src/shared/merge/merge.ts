// The three-way merge of two edited copies of one plan (issue 14): by entity id and by field.
import type { Project } from '../format'
import { renameClashes } from './clash'
import { mergeFields } from './fields'
import { ROOT, PARENT, assemble, childLists, copyWithout, indexProject, orderKey, put, rootLists, same, type Entity, type Indexed, type Obj } from './model'
import { mergeOrder } from './order'
import { fixReferences } from './references'
import type { Change, Choice, Chooser, Conflict, MergeResult } from './types'

const parentKey: ReadonlySet<string> = new Set([PARENT])

/** An entity's value as a file would hold it (without the merge's `:parent`). */
export function fileValue(entity: Entity | undefined): Obj | undefined {
  return entity === undefined ? undefined : copyWithout(entity.value, parentKey)
}

interface Sides {
  base: Indexed
  ours: Indexed
  theirs: Indexed
  choose: Chooser
}

function mergeEntity(id: string, s: Sides, merged: Map<string, Entity>, changes: Change[], conflicts: Conflict[]): void {
  const b = s.base.entities.get(id)
  const o = s.ours.entities.get(id)
  const t = s.theirs.entities.get(id)
  const kind = (o ?? t ?? b)!.kind
  if (!b) {
    // Added: on one side, or on both with the same content (a clash was renamed before).
    merged.set(id, (o ?? t)!)
    changes.push({ side: o && t ? 'both' : o ? 'ours' : 'theirs', op: 'add', kind, id, fields: [] })
    return
  }
  if (!o && !t) {
    changes.push({ side: 'both', op: 'delete', kind, id, fields: [] })
    return
  }
  if (!o || !t) {
    const survivor = (o ?? t)!
    if (same(survivor.value, b.value)) {
      changes.push({ side: o ? 'theirs' : 'ours', op: 'delete', kind, id, fields: [] })
      return
    }
    // Deleted on one side, edited on the other: ours' choice stands until someone decides.
    const kept = s.choose(id, undefined) === 'theirs' ? t : o
    if (kept) merged.set(id, kept)
    conflicts.push({ kind, id, reason: 'deleteEdit', base: fileValue(b), ours: fileValue(o), theirs: fileValue(t) })
    return
  }
  if (o.value === t.value || same(o.value, t.value)) {
    merged.set(id, o)
    if (!same(o.value, b.value)) changes.push({ side: 'both', op: 'edit', kind, id, fields: changedFields(b.value, o.value) })
    return
  }
  if (same(t.value, b.value)) {
    merged.set(id, o)
    changes.push({ side: 'ours', op: 'edit', kind, id, fields: changedFields(b.value, o.value) })
    return
  }
  if (same(o.value, b.value)) {
    merged.set(id, t)
    changes.push({ side: 'theirs', op: 'edit', kind, id, fields: changedFields(b.value, t.value) })
    return
  }
  const m = mergeFields(kind, id, b.value, o.value, t.value, s.choose)
  merged.set(id, { kind, value: m.value })
  if (m.ours.length > 0) changes.push({ side: 'ours', op: 'edit', kind, id, fields: m.ours })
  if (m.theirs.length > 0) changes.push({ side: 'theirs', op: 'edit', kind, id, fields: m.theirs })
  if (m.both.length > 0) changes.push({ side: 'both', op: 'edit', kind, id, fields: m.both })
  conflicts.push(...m.conflicts)
}

/** The fields whose content differs between two values of one entity. */
export function changedFields(a: Obj, b: Obj): string[] {
  const out: string[] = []
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (!same(a[key], b[key])) out.push(key)
  return out
}

function mergeOrders(s: Sides, merged: Map<string, Entity>): Map<string, string[]> {
  const order = new Map<string, string[]>()
  const byList = new Map<string, Set<string>>()
  const children = new Map<string, Set<string>>()
  const listOf = new Map<string, string>(rootLists.map(([list, kind]) => [kind, list]))
  const childListOf = new Map<string, string>(childLists.map(([list, kind]) => [kind, list]))
  for (const [id, entity] of merged) {
    if (id === ROOT) continue
    const list = listOf.get(entity.kind)
    if (list !== undefined) {
      const set = byList.get(list) ?? new Set<string>()
      set.add(id)
      byList.set(list, set)
      continue
    }
    const childList = childListOf.get(entity.kind)
    const parent = entity.value[PARENT]
    if (childList === undefined || typeof parent !== 'string') continue
    const key = orderKey(childList, parent)
    const set = children.get(key) ?? new Set<string>()
    set.add(id)
    children.set(key, set)
  }
  const of = (index: Indexed, key: string): string[] => index.order.get(key) ?? []
  for (const [list] of rootLists) order.set(list, mergeOrder(of(s.base, list), of(s.ours, list), of(s.theirs, list), byList.get(list) ?? new Set()))
  for (const [key, keep] of children) order.set(key, mergeOrder(of(s.base, key), of(s.ours, key), of(s.theirs, key), keep))
  return order
}

/** How an open conflict is recorded in the file's `mergeConflicts` (docs/FORMAT.md). */
export function conflictRecord(c: Conflict): Obj {
  const out: Obj = { kind: c.kind, id: c.id }
  if (c.field !== undefined) out.field = c.field
  out.reason = c.reason
  if (c.theirs !== undefined) put(out, 'theirs', c.theirs)
  return out
}

/** Decisions already made, by `conflictKey`; the merge applies them and records only the open conflicts. */
export interface MergeOptions {
  choices?: ReadonlyMap<string, Choice>
}

/** The key of a conflict's choice: the item's id and the field (none for a whole item). A conflict on the plan's root fields uses the key ROOT. */
export function conflictKey(c: { id: string; field?: string | undefined }): string {
  return `${c.id}|${c.field ?? ''}`
}

/**
 * Merges `ours` and `theirs`, two edited copies of `base`. Changes made on one side are taken, the
 * same change on both once; different changes to one field, a delete against an edit, and a
 * delete against a new use are conflicts for which the result holds ours' choice. The result is
 * always a valid plan; when conflicts remain it records them in `mergeConflicts`.
 */
export function mergeProjects(base: Project, ours: Project, theirs: Project, options: MergeOptions = {}): MergeResult {
  const b = indexProject(base)
  const o = indexProject(ours)
  const { theirs: t, renamed } = renameClashes(b, o, indexProject(theirs))
  const chosen = options.choices ?? new Map<string, Choice>()
  const choose: Chooser = (id, field) => chosen.get(conflictKey({ id, field })) ?? (id === ROOT ? chosen.get(conflictKey({ id: ours.id, field })) : undefined)
  const s: Sides = { base: b, ours: o, theirs: t, choose }
  const merged = new Map<string, Entity>()
  let changes: Change[] = []
  const conflicts: Conflict[] = []
  const ids = new Set([...o.entities.keys(), ...t.entities.keys(), ...b.entities.keys()])
  for (const id of ids) mergeEntity(id, s, merged, changes, conflicts)
  fixReferences(merged, s, conflicts)
  // A resolution may have kept an entity a side deleted, or dropped one a side added or edited.
  changes = changes.filter((c) => (c.op === 'delete') !== merged.has(c.id))
  const projectId = String(merged.get(ROOT)?.value.id ?? ours.id)
  for (const c of conflicts) {
    const choice = choose(c.id, c.field)
    if (choice) c.chosen = choice
    if (c.id === ROOT) c.id = projectId
  }
  const open = conflicts.filter((c) => c.chosen === undefined)
  if (open.length > 0) {
    const root = merged.get(ROOT)!
    const value = copyWithout(root.value, new Set())
    const before = Array.isArray(value.mergeConflicts) ? (value.mergeConflicts as unknown[]) : []
    put(value, 'mergeConflicts', [...before, ...open.map(conflictRecord)])
    merged.set(ROOT, { kind: 'project', value })
  }
  const project = assemble({ entities: merged, order: mergeOrders(s, merged) })
  return { project, changes, conflicts, renamed }
}
