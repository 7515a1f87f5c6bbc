// Three-way merge of one entity present in all three copies, field by field.
import { dateShape } from '../format'
import { setFields, put, same, type EntityKind, type Obj } from './model'
import { mergeSet } from './order'
import type { Chooser, Conflict } from './types'

/** What merging one entity's fields gave. */
export interface FieldMerge {
  value: Obj
  ours: string[]
  theirs: string[]
  both: string[]
  conflicts: Conflict[]
}

/** Root fields that never conflict: each has its own rule when both sides changed it. */
function bothChangedRoot(key: string, ov: unknown, tv: unknown): { value: unknown } | undefined {
  if (key === 'modifiedAt') return { value: typeof ov === 'string' && typeof tv === 'string' && tv > ov ? tv : ov }
  if (key === 'revision') return { value: ov }
  if (key === 'lineage' || key === 'mergeConflicts') {
    const seen = new Set<string>()
    const out: unknown[] = []
    for (const item of [...(Array.isArray(ov) ? ov : []), ...(Array.isArray(tv) ? tv : [])]) {
      const text = JSON.stringify(item)
      if (seen.has(text)) continue
      seen.add(text)
      out.push(item)
    }
    return { value: out.length === 0 ? undefined : out }
  }
  return undefined
}

const spanKeys: Readonly<Partial<Record<EntityKind, readonly string[]>>> = {
  event: ['start', 'end', 'timeZone'],
  phase: ['start', 'end'],
  release: ['start', 'timeZone'],
}

/** Whether the dates of an entity fit together (each side's dates always do on their own). */
function datesFit(kind: EntityKind, o: Obj): boolean {
  const start = o.start
  if (typeof start !== 'string') return false
  const startShape = dateShape(start)
  if (kind === 'release') return startShape !== 'timed' || typeof o.timeZone === 'string'
  const end = o.end
  if (typeof end !== 'string') return false
  if (dateShape(end) !== startShape || end < start) return false
  return kind !== 'event' || startShape !== 'timed' || typeof o.timeZone === 'string'
}

function pick(o: Obj, keys: readonly string[]): Obj {
  const out: Obj = {}
  for (const key of keys) if (o[key] !== undefined) put(out, key, o[key])
  return out
}

/** One side's values for `keys` replace the merged ones (ours unless theirs was chosen), as one conflict on `field`. */
function keepOne(m: FieldMerge, kind: EntityKind, id: string, field: string, keys: readonly string[], b: Obj, o: Obj, t: Obj, reason: Conflict['reason'], choose: Chooser): void {
  const side = choose(id, field) === 'theirs' ? t : o
  for (const key of keys) put(m.value, key, side[key])
  const drop = new Set(keys)
  m.conflicts = m.conflicts.filter((c) => c.field === undefined || !drop.has(c.field))
  m.theirs = m.theirs.filter((f) => !drop.has(f))
  m.both = m.both.filter((f) => !drop.has(f))
  m.ours = m.ours.filter((f) => !drop.has(f))
  const single = keys.length === 1 ? keys[0]! : undefined
  const value = (x: Obj): unknown => (single === undefined ? pick(x, keys) : x[single])
  m.conflicts.push({ kind, id, field, reason, base: value(b), ours: value(o), theirs: value(t) })
}

/** Merges the fields of an entity that both sides kept; never returns a value that breaks a date rule. */
export function mergeFields(kind: EntityKind, id: string, b: Obj, o: Obj, t: Obj, choose: Chooser): FieldMerge {
  const m: FieldMerge = { value: {}, ours: [], theirs: [], both: [], conflicts: [] }
  const keys = new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])
  for (const key of keys) {
    const bv = b[key]
    const ov = o[key]
    const tv = t[key]
    if (same(ov, tv)) {
      put(m.value, key, ov)
      if (!same(ov, bv)) m.both.push(key)
    } else if (same(ov, bv)) {
      put(m.value, key, tv)
      m.theirs.push(key)
    } else if (same(tv, bv)) {
      put(m.value, key, ov)
      m.ours.push(key)
    } else if (setFields.has(key) && Array.isArray(ov) && Array.isArray(tv)) {
      put(m.value, key, mergeSet(Array.isArray(bv) ? bv : [], ov, tv))
      m.ours.push(key)
      m.theirs.push(key)
    } else {
      const rule = kind === 'project' ? bothChangedRoot(key, ov, tv) : undefined
      if (rule) {
        put(m.value, key, rule.value)
        m.ours.push(key)
        m.theirs.push(key)
      } else {
        put(m.value, key, choose(id, key) === 'theirs' ? tv : ov)
        m.conflicts.push({ kind, id, field: key, reason: 'edit', base: bv, ours: ov, theirs: tv })
      }
    }
  }
  // Dates (and the two ends of a dependency) are decided together once any of them conflicts,
  // so the choice never depends on which copy is ours.
  const inConflict = (keys: readonly string[]): boolean => m.conflicts.some((c) => c.field !== undefined && keys.includes(c.field))
  const span = spanKeys[kind]
  if (span && (inConflict(span) || !datesFit(kind, m.value))) keepOne(m, kind, id, 'dates', span, b, o, t, 'dates', choose)
  const ends = ['from', 'to']
  if (kind === 'dependency' && (inConflict(ends) || m.value.from === m.value.to)) keepOne(m, kind, id, 'ends', ends, b, o, t, 'edit', choose)
  return m
}
