// The merge's view of a plan: every entity by its id (ids are unique across the whole file), the
// order of each list, and the fields that refer to other entities. Values are compared by their
// JSON content with keys sorted, so key order is never an edit.
import type { Project } from '../format'

/** What an entity is; `project` is the plan's own root fields. */
export type EntityKind = 'project' | 'partner' | 'venue' | 'event' | 'coproduction' | 'phase' | 'release' | 'dependency' | 'channel' | 'audience' | 'strategy'

export type Obj = Record<string, unknown>

/** The root lists in file order and the kind each holds. */
export const rootLists = [
  ['partners', 'partner'],
  ['venues', 'venue'],
  ['events', 'event'],
  ['coproductions', 'coproduction'],
  ['dependencies', 'dependency'],
  ['channels', 'channel'],
  ['audiences', 'audience'],
  ['strategies', 'strategy'],
] as const satisfies ReadonlyArray<readonly [string, EntityKind]>

export type RootList = (typeof rootLists)[number][0]
export const childLists = [
  ['phases', 'phase'],
  ['releases', 'release'],
] as const
export type ChildList = (typeof childLists)[number][0]

/** The key of the plan's root fields in an entity index (never a valid id). */
export const ROOT = ':project'
/** The pseudo-field holding the co-production a phase or release belongs to. */
export const PARENT = ':parent'

/** Root fields that are not root-entity fields: the lists. */
export const listKeys: ReadonlySet<string> = new Set<string>(rootLists.map(([key]) => key))

/** Fields whose arrays hold ids in no meaningful order: merged as sets. */
export const setFields: ReadonlySet<string> = new Set(['partnerIds', 'channelIds', 'audienceIds', 'strategyIds'])

/** Fields that hold one id, by kind; `required` ones cannot be left out. */
export const refFields: Readonly<Partial<Record<EntityKind, ReadonlyArray<{ key: string; required: boolean; many: boolean }>>>> = {
  event: [
    { key: 'venueId', required: false, many: false },
    { key: 'partnerIds', required: false, many: true },
    { key: 'channelIds', required: false, many: true },
    { key: 'audienceIds', required: false, many: true },
    { key: 'strategyIds', required: false, many: true },
    { key: 'coproductionId', required: false, many: false },
  ],
  coproduction: [
    { key: 'partnerIds', required: false, many: true },
    { key: 'channelIds', required: false, many: true },
    { key: 'audienceIds', required: false, many: true },
    { key: 'strategyIds', required: false, many: true },
  ],
  phase: [{ key: PARENT, required: true, many: false }],
  release: [
    { key: PARENT, required: true, many: false },
    { key: 'channelId', required: true, many: false },
  ],
  dependency: [
    { key: 'from', required: true, many: false },
    { key: 'to', required: true, many: false },
  ],
}

/** One entity of a plan as the merge sees it; a phase or release carries `:parent`. */
export interface Entity {
  kind: EntityKind
  value: Obj
}

/** A plan taken apart: entities by id and the order of every list (child lists by co-production id). */
export interface Indexed {
  entities: Map<string, Entity>
  order: Map<string, string[]>
}

/** The order key of a root list, or of a co-production's phases or releases. */
export function orderKey(list: string, parent?: string): string {
  return parent === undefined ? list : `${parent}/${list}`
}

/** Sets `key` on `o` as plain data (a `__proto__` key stays a key); `undefined` removes it. */
export function put(o: Obj, key: string, value: unknown): void {
  if (value === undefined) delete o[key]
  else if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
  else o[key] = value
}

/** A shallow copy that keeps `__proto__` keys as data, without the given keys. */
export function copyWithout(o: Obj, drop: ReadonlySet<string>): Obj {
  const out: Obj = {}
  for (const key of Object.keys(o)) if (!drop.has(key)) put(out, key, o[key])
  return out
}

const noKeys: ReadonlySet<string> = new Set()
const childKeys: ReadonlySet<string> = new Set(['phases', 'releases'])

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Takes a (valid) plan apart. The root fields are the entity ROOT; co-productions lose their child lists. */
export function indexProject(project: Project): Indexed {
  const entities = new Map<string, Entity>()
  const order = new Map<string, string[]>()
  const root = project as unknown as Obj
  entities.set(ROOT, { kind: 'project', value: copyWithout(root, listKeys) })
  for (const [list, kind] of rootLists) {
    const items = Array.isArray(root[list]) ? (root[list] as unknown[]) : []
    const ids: string[] = []
    for (const item of items) {
      if (!isObj(item) || typeof item.id !== 'string') continue
      ids.push(item.id)
      // Values are never changed in place, so most entities are the file's own objects.
      entities.set(item.id, { kind, value: kind === 'coproduction' ? copyWithout(item, childKeys) : item })
      if (kind !== 'coproduction') continue
      for (const [childList, childKind] of childLists) {
        const children = Array.isArray(item[childList]) ? (item[childList] as unknown[]) : []
        const childIds: string[] = []
        for (const child of children) {
          if (!isObj(child) || typeof child.id !== 'string') continue
          childIds.push(child.id)
          const value = copyWithout(child, noKeys)
          put(value, PARENT, item.id)
          entities.set(child.id, { kind: childKind, value })
        }
        order.set(orderKey(childList, item.id), childIds)
      }
    }
    order.set(list, ids)
  }
  return { entities, order }
}

/** JSON text of a value with object keys sorted: equal content, equal text. */
export function canon(value: unknown): string {
  if (value === undefined) return '~'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`
  const o = value as Obj
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canon(o[k])}`).join(',')}}`
}

const own = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined)

/** Whether two values hold the same content (object key order and left-out fields do not count). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false
    return true
  }
  const x = a as Obj
  const y = b as Obj
  let count = 0
  for (const key of Object.keys(x)) {
    const value = x[key]
    if (value === undefined) continue
    count++
    if (!same(value, own(y, key))) return false
  }
  for (const key of Object.keys(y)) if (y[key] !== undefined) count--
  return count === 0
}

/** Calls `visit` for every id an entity refers to, with the field it sits in. */
export function eachReference(entity: Entity, visit: (id: string, key: string, required: boolean) => void): void {
  const refs = refFields[entity.kind]
  if (refs === undefined) return
  for (const ref of refs) {
    const value = entity.value[ref.key]
    if (ref.many && Array.isArray(value)) {
      for (const id of value) if (typeof id === 'string') visit(id, ref.key, ref.required)
    } else if (typeof value === 'string') visit(value, ref.key, ref.required)
  }
}

/** Every id an entity refers to, with the field it sits in. */
export function referencesOf(entity: Entity): Array<{ key: string; id: string; required: boolean }> {
  const out: Array<{ key: string; id: string; required: boolean }> = []
  eachReference(entity, (id, key, required) => out.push({ id, key, required }))
  return out
}

/** Puts an index back together as a plan, in the given list orders. */
export function assemble(index: Indexed): Project {
  const rootEntity = index.entities.get(ROOT)
  const root = copyWithout(rootEntity?.value ?? {}, noKeys)
  const parentKey: ReadonlySet<string> = new Set([PARENT])
  for (const [list] of rootLists) {
    const items: Obj[] = []
    for (const id of index.order.get(list) ?? []) {
      const entity = index.entities.get(id)
      if (!entity) continue
      if (entity.kind !== 'coproduction') {
        items.push(entity.value)
        continue
      }
      const value = copyWithout(entity.value, noKeys)
      {
        for (const [childList] of childLists) {
          const children: Obj[] = []
          for (const childId of index.order.get(orderKey(childList, id)) ?? []) {
            const child = index.entities.get(childId)
            if (child && child.value[PARENT] === id) children.push(copyWithout(child.value, parentKey))
          }
          put(value, childList, children)
        }
      }
      items.push(value)
    }
    put(root, list, items)
  }
  return root as unknown as Project
}
