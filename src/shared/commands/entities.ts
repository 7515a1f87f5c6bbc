// Create, edit and duplicate the plan's entities: pure `(project, args) → project` commands that
// return the same project when nothing changes and never mutate their input. Deleting, with the
// clean-up of references, lives in references.ts; checking a draft in entitiesCheck.ts.
import { newId, type Audience, type Channel, type Coproduction, type Dependency, type Event, type Partner, type Project, type Strategy, type Venue } from '../format'
import { entityIssues } from './entitiesCheck'

/** The kinds of entity a planner creates and edits, each kept in one list of the plan. */
export const entityKinds = ['event', 'partner', 'venue', 'coproduction', 'dependency', 'channel', 'audience', 'strategy'] as const
/** One kind of plan entity. */
export type EntityKind = (typeof entityKinds)[number]

/** The entity type of each kind. */
export interface EntityOf {
  event: Event
  partner: Partner
  venue: Venue
  coproduction: Coproduction
  dependency: Dependency
  channel: Channel
  audience: Audience
  strategy: Strategy
}
/** Any plan entity. */
export type AnyEntity = EntityOf[EntityKind]

/** The plan's list that holds each kind. */
export const collectionOf = {
  event: 'events',
  partner: 'partners',
  venue: 'venues',
  coproduction: 'coproductions',
  dependency: 'dependencies',
  channel: 'channels',
  audience: 'audiences',
  strategy: 'strategies',
} as const satisfies Record<EntityKind, keyof Project>

/** The prefix of new ids of each kind, as in the sample plan (`e-…`, `p-…`). */
export const idPrefixOf: Record<EntityKind, string> = {
  event: 'e-',
  partner: 'p-',
  venue: 'v-',
  coproduction: 'cp-',
  dependency: 'd-',
  channel: 'ch-',
  audience: 'au-',
  strategy: 'st-',
}

/** The verbs of an entity edit, for undo labels. */
export type EntityAction = 'add' | 'edit' | 'duplicate' | 'delete'
type Capitalized<K extends string> = K extends `${infer F}${infer R}` ? `${Uppercase<F>}${R}` : K
/** An undo label: a key of `undoLabels` (`addEvent`, `editPartner`, `deleteVenue` …) and the entity's name. */
export interface EntityLabel {
  key: `${EntityAction}${Capitalized<EntityKind>}`
  values: { name: string }
}

/** The undo label of an edit, e.g. `{ key: 'deleteVenue', values: { name: 'Cairo Opera House' } }` → "Delete venue ‘Cairo Opera House’". */
export function entityLabel(action: EntityAction, kind: EntityKind, name: string): EntityLabel {
  const key = `${action}${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as EntityLabel['key']
  return { key, values: { name } }
}

/** The list of one kind in the plan. */
export function listOf<K extends EntityKind>(project: Project, kind: K): readonly EntityOf[K][] {
  return project[collectionOf[kind]] as unknown as readonly EntityOf[K][]
}

/** The entity of `kind` with `id`, if the plan has one. */
export function getEntity<K extends EntityKind>(project: Project, kind: K, id: string): EntityOf[K] | undefined {
  return listOf(project, kind).find((entity) => entity.id === id)
}

/** Finds any entity by id: its kind, the entity and its index in its list. */
export function findEntity(project: Project, id: string): { kind: EntityKind; entity: AnyEntity; index: number } | undefined {
  for (const kind of entityKinds) {
    const index = listOf(project, kind).findIndex((entity) => entity.id === id)
    if (index >= 0) return { kind, entity: listOf(project, kind)[index]!, index }
  }
  return undefined
}

/** The name people know an entity by: its title or name; a dependency reads "A → B". */
export function entityName(project: Project, entity: AnyEntity): string {
  if ('title' in entity && typeof entity.title === 'string') return entity.title
  if ('name' in entity && typeof entity.name === 'string') return entity.name
  const dependency = entity as Dependency
  return `${itemName(project, dependency.from)} → ${itemName(project, dependency.to)}`
}

/** The name of an event or co-production phase by id (a phase reads "Co-production: Production"), or the id itself. */
export function itemName(project: Project, id: string): string {
  const event = project.events.find((e) => e.id === id)
  if (event) return event.title
  for (const coproduction of project.coproductions) {
    const phase = coproduction.phases.find((p) => p.id === id)
    if (phase) return `${coproduction.title}: ${phase.title ?? phase.kind}`
  }
  return id
}

/** Structural equality of plain JSON data, ignoring key order (the writer orders keys anyway). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((value, i) => sameData(value, other[i]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left).filter((k) => left[k] !== undefined)
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && sameData(left[key], right[key]))
}

function withList<K extends EntityKind>(project: Project, kind: K, list: readonly EntityOf[K][]): Project {
  return { ...project, [collectionOf[kind]]: list }
}

/** True when any entity, phase or release of the plan already uses `id` (ids are unique across the file). */
export function idInUse(project: Project, id: string): boolean {
  if (project.id === id || findEntity(project, id)) return true
  return project.coproductions.some((c) => c.phases.some((p) => p.id === id) || c.releases.some((r) => r.id === id))
}

/**
 * Adds an entity at the end of its list. Returns the same project when the entity would make
 * the file invalid (see entityIssues: bad fields, unknown references, an id already in use).
 */
export function addEntity<K extends EntityKind>(project: Project, kind: K, entity: EntityOf[K]): Project {
  if (getEntity(project, kind, entity.id)) return project
  if (entityIssues(project, kind, entity).length > 0) return project
  return withList(project, kind, [...listOf(project, kind), entity])
}

/**
 * Replaces the entity with the same id by `entity`, in place in its list. Returns the same
 * project when nothing changed, the id is unknown, or the entity would make the file invalid.
 * Dependencies on co-production phases that an edit removed are removed with them.
 */
export function updateEntity<K extends EntityKind>(project: Project, kind: K, entity: EntityOf[K]): Project {
  const list = listOf(project, kind)
  const index = list.findIndex((e) => e.id === entity.id)
  const before = list[index]
  if (!before || sameData(before, entity)) return project
  if (entityIssues(project, kind, entity).length > 0) return project
  const next = withList(project, kind, list.map((e, i) => (i === index ? entity : e)))
  if (kind !== 'coproduction') return next
  const kept = new Set((entity as Coproduction).phases.map((p) => p.id))
  const gone = new Set((before as Coproduction).phases.map((p) => p.id).filter((id) => !kept.has(id)))
  if (gone.size === 0) return next
  const dependencies = next.dependencies.filter((d) => !gone.has(d.from) && !gone.has(d.to))
  return dependencies.length === next.dependencies.length ? next : { ...next, dependencies }
}

/** What to call and number a copy. */
export interface DuplicateArgs {
  /** The id of the entity to copy. */
  id: string
  /** The copy's id; a fresh one when left out. */
  newId?: string
  /** The copy's title or name, e.g. the translated "Opening concert (copy)"; the original's when left out. */
  name?: string
}

/**
 * Adds a copy of an entity right after it, with a new id (and new ids for a co-production's
 * phases and releases). References the original holds are copied; nothing that points at the
 * original is redirected. The same project when the id is unknown.
 */
export function duplicateEntity(project: Project, kind: EntityKind, args: DuplicateArgs): Project {
  // A second identical dependency would say nothing new.
  if (kind === 'dependency') return project
  const list = listOf(project, kind)
  const index = list.findIndex((e) => e.id === args.id)
  const original = list[index]
  if (!original) return project
  const id = args.newId ?? newId(idPrefixOf[kind])
  if (idInUse(project, id)) return project
  const copy: Record<string, unknown> = { ...original, id }
  if (args.name !== undefined) {
    if ('title' in original) copy.title = args.name
    else if ('name' in original) copy.name = args.name
  }
  if (kind === 'coproduction') {
    const coproduction = original as Coproduction
    // Derived from the copy's id, so replaying the same duplicate gives the same ids.
    copy.phases = coproduction.phases.map((p, i) => ({ ...p, id: args.newId === undefined ? newId('ph-') : `${id}-ph${i + 1}` }))
    copy.releases = coproduction.releases.map((r, i) => ({ ...r, id: args.newId === undefined ? newId('r-') : `${id}-r${i + 1}` }))
  }
  return withList(project, kind, [...list.slice(0, index + 1), copy as unknown as EntityOf[typeof kind], ...list.slice(index + 1)])
}
