// The merged plan never refers to something that is gone. A reference to an entity one side
// deleted while the other newly used it is a conflict: when ours deleted it, the uses go (ours'
// choice: delete it and its uses); when theirs deleted it, ours' entity is kept.
import { PARENT, copyWithout, eachReference, put, referencesOf, type Entity, type Indexed } from './model'
import type { Chooser, Conflict } from './types'

interface Sides {
  base: Indexed
  ours: Indexed
  theirs: Indexed
  choose: Chooser
}

function withoutUse(entity: Entity, key: string, id: string): Entity {
  const value = copyWithout(entity.value, new Set())
  const current = value[key]
  put(value, key, Array.isArray(current) ? current.filter((x) => x !== id) : undefined)
  return { kind: entity.kind, value }
}

const parentKey: ReadonlySet<string> = new Set([PARENT])

/** Repairs every dangling reference in `merged` (in place), recording one `deleteUse` conflict per entity. */
export function fixReferences(merged: Map<string, Entity>, s: Sides, conflicts: Conflict[]): void {
  const dropped = new Set<string>()
  const reported = new Set(conflicts.filter((c) => c.field === undefined).map((c) => c.id))
  const report = (id: string, theirs: Entity | undefined, ours: Entity | undefined): void => {
    if (reported.has(id) || dropped.has(id)) return
    reported.add(id)
    const kind = (ours ?? theirs ?? s.base.entities.get(id))?.kind ?? 'event'
    const conflict: Conflict = { kind, id, reason: 'deleteUse' }
    if (ours) conflict.ours = copyWithout(ours.value, parentKey)
    if (theirs) conflict.theirs = copyWithout(theirs.value, parentKey)
    conflicts.push(conflict)
  }
  // Theirs' choice of a conflict may need something ours deleted: that is a choice as well (as it
  // is when the sides are swapped, where ours' choice keeps it).
  for (const c of [...conflicts]) {
    const edited = s.theirs.entities.get(c.id)
    if (!edited || c.reason === 'deleteUse') continue
    const keys = c.reason === 'deleteEdit' ? undefined : c.field === 'ends' ? ['from', 'to'] : [c.field]
    for (const ref of referencesOf(edited)) {
      if (keys && !keys.includes(ref.key)) continue
      if (!merged.has(ref.id) && !s.ours.entities.has(ref.id)) report(ref.id, s.theirs.entities.get(ref.id), undefined)
    }
  }
  // A worklist: every entity once, then what was brought back; a dropped entity may leave
  // dangling references behind it, so a drop means one more pass over everything.
  let queue = [...merged.keys()]
  while (queue.length > 0) {
    const next: string[] = []
    let again = false
    for (const id of queue) {
      const entity = merged.get(id)
      if (!entity) continue
      let missing: Array<{ id: string; key: string; required: boolean }> | undefined
      eachReference(entity, (target, key, required) => {
        if (!merged.has(target)) (missing ??= []).push({ id: target, key, required })
      })
      if (!missing) continue
      for (const ref of missing) {
        if (merged.has(ref.id)) continue
        const ours = s.ours.entities.get(ref.id)
        const kept = (s.choose(ref.id, undefined) === 'theirs' ? s.theirs : s.ours).entities.get(ref.id)
        if (kept && !dropped.has(ref.id)) {
          merged.set(ref.id, kept)
          report(ref.id, ours ? undefined : s.theirs.entities.get(ref.id), ours)
          next.push(ref.id)
          continue
        }
        report(ref.id, ours ? undefined : s.theirs.entities.get(ref.id), ours)
        if (ref.required) {
          merged.delete(id)
          dropped.add(id)
          again = true
          break
        }
        merged.set(id, withoutUse(merged.get(id)!, ref.key, ref.id))
      }
    }
    queue = again ? [...merged.keys()] : next
  }
}
