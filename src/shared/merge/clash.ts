// Two copies that each added a different entity under the same id: theirs' one gets a new id, and
// every reference to it in theirs is rewritten, before the merge proper sees them.
import { canon, orderKey, put, refFields, type Entity, type Indexed } from './model'
import type { Rename } from './types'

const MAX_ID = 64

function freshId(id: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${id.slice(0, MAX_ID - suffix.length)}${suffix}`
    if (!taken(candidate)) return candidate
  }
}

function rewrite(entity: Entity, renames: ReadonlyMap<string, string>): Entity {
  const refs = refFields[entity.kind]
  const oldId = entity.value.id
  const newId = typeof oldId === 'string' ? renames.get(oldId) : undefined
  let value = entity.value
  const edit = (key: string, next: unknown): void => {
    if (value === entity.value) {
      value = {}
      for (const k of Object.keys(entity.value)) put(value, k, entity.value[k])
    }
    put(value, key, next)
  }
  if (newId !== undefined) edit('id', newId)
  for (const ref of refs ?? []) {
    const current = value[ref.key]
    if (ref.many && Array.isArray(current)) {
      if (current.some((id) => typeof id === 'string' && renames.has(id))) edit(ref.key, current.map((id) => (typeof id === 'string' ? (renames.get(id) ?? id) : id)))
    } else if (typeof current === 'string' && renames.has(current)) edit(ref.key, renames.get(current))
  }
  return value === entity.value ? entity : { kind: entity.kind, value }
}

/**
 * Finds ids both sides added for different content and gives theirs' entity a new id (`id-2`, …),
 * rewriting theirs' references, list orders and child lists. Returns theirs unchanged when nothing clashes.
 */
export function renameClashes(base: Indexed, ours: Indexed, theirs: Indexed): { theirs: Indexed; renamed: Rename[] } {
  const renames = new Map<string, string>()
  const renamed: Rename[] = []
  const taken = (id: string): boolean => base.entities.has(id) || ours.entities.has(id) || theirs.entities.has(id) || [...renames.values()].includes(id)
  for (const [id, entity] of theirs.entities) {
    if (base.entities.has(id)) continue
    const mine = ours.entities.get(id)
    if (!mine) continue
    if (mine.kind === entity.kind && canon(mine.value) === canon(entity.value)) continue
    const to = freshId(id, taken)
    renames.set(id, to)
    renamed.push({ kind: entity.kind, from: id, to })
  }
  if (renames.size === 0) return { theirs, renamed }
  const entities = new Map<string, Entity>()
  for (const [id, entity] of theirs.entities) entities.set(renames.get(id) ?? id, rewrite(entity, renames))
  // Children keep their PARENT through `rewrite` (refFields lists it); the orders follow the ids.
  const order = new Map<string, string[]>()
  for (const [key, ids] of theirs.order) {
    const slash = key.indexOf('/')
    const parent = slash < 0 ? undefined : key.slice(0, slash)
    const list = slash < 0 ? key : key.slice(slash + 1)
    const newKey = parent === undefined ? key : orderKey(list, renames.get(parent) ?? parent)
    order.set(newKey, ids.map((id) => renames.get(id) ?? id))
  }
  return { theirs: { entities, order }, renamed }
}
