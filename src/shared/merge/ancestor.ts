// Finding the common ancestor of two copies (FORMAT.md "Revisions and merges"), and the base of a
// two-way compare when they have none.
import type { Project, RevisionInfo } from '../format'
import { PARENT, ROOT, assemble, copyWithout, indexProject, put, same, setFields, type Entity, type Indexed, type Obj } from './model'

/**
 * The newest revision both copies share: ours' own revision or the first of ours' lineage (newest
 * first) that theirs has as its revision or in its lineage. Undefined when they share none.
 */
export function commonRevision(ours: RevisionInfo, theirs: RevisionInfo): string | undefined {
  const known = new Set<string>()
  if (theirs.revision !== undefined) known.add(theirs.revision)
  for (const id of theirs.lineage ?? []) known.add(id)
  if (ours.revision !== undefined && known.has(ours.revision)) return ours.revision
  return (ours.lineage ?? []).find((id) => known.has(id))
}

/** Stands in the base for a field the two copies have differently: equal to neither, so the difference is a choice. */
const NEITHER = '\u0000neither copy'
/** Marks an item only one copy has: the base "had" it in another form, so keeping it or not is a choice. */
const ONLY_ONE = ':onlyInOneCopy'
/** Root fields that are bookkeeping, not content: ours' stand without a question. */
const oursSilently: ReadonlySet<string> = new Set(['id', 'format', 'version', 'createdAt', 'modifiedAt', 'revision', 'lineage', 'views', 'mergeConflicts'])

function baseOfBoth(kind: Entity['kind'], o: Obj, t: Obj): Obj {
  if (same(o, t)) return o
  const value = copyWithout(o, new Set())
  for (const key of new Set([...Object.keys(o), ...Object.keys(t)])) {
    if (same(o[key], t[key])) continue
    // The theirs value as base keeps ours' value without a question.
    if (key === PARENT || (kind === 'project' && oursSilently.has(key))) put(value, key, t[key])
    // Id lists (partners, channels…) merge as sets whatever the base: both copies' ids are kept.
    else if (setFields.has(key) && Array.isArray(o[key]) && Array.isArray(t[key])) put(value, key, [])
    else value[key] = NEITHER
  }
  return value
}

/**
 * A stand-in ancestor for two copies that share no revision: merging against it makes every
 * difference between them a conflict (a field both have differently is an `edit`, an item only
 * one has a `deleteEdit`), except that lists of ids such as `partnerIds` combine both copies'
 * ids, and ours' bookkeeping fields (`modifiedAt`, `revision`, `views` …) stand. Not a valid plan.
 */
export function twoWayBase(ours: Project, theirs: Project): Project {
  const o = indexProject(ours)
  const t = indexProject(theirs)
  const entities = new Map<string, Entity>()
  for (const [id, mine] of o.entities) {
    const other = t.entities.get(id)
    if (other && other.kind === mine.kind) entities.set(id, { kind: mine.kind, value: baseOfBoth(mine.kind, mine.value, other.value) })
    else entities.set(id, { kind: mine.kind, value: { ...mine.value, [ONLY_ONE]: true } })
  }
  for (const [id, other] of t.entities) if (!entities.has(id)) entities.set(id, { kind: other.kind, value: { ...other.value, [ONLY_ONE]: true } })
  const order = new Map<string, string[]>(o.order)
  for (const [key, ids] of t.order) {
    const mine = order.get(key) ?? []
    const have = new Set(mine)
    order.set(key, [...mine, ...ids.filter((id) => !have.has(id))])
  }
  const index: Indexed = { entities, order }
  if (!entities.has(ROOT)) entities.set(ROOT, o.entities.get(ROOT)!)
  return assemble(index)
}
