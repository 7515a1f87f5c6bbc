// Who uses an entity, and deleting it so that nothing points at it afterwards: the document never
// holds a dangling reference (FORMAT.md "References").
//
// What a delete removes with the entity:
// - a partner, channel, audience or strategy: its id from every event's and co-production's lists;
// - a venue: events' `venueId` (the event keeps its country, city and time zone: it still happens there);
// - a co-production: events' `coproductionId`, and dependencies on its phases;
// - an event: the dependencies from or to it;
// - a channel: also the co-production releases on that channel, since a release must go out on one;
// - a dependency: nothing refers to it.
// Saved view settings (`views`) may still name the entity; they are hints, not references.
import type { Project } from '../format'
import { collectionOf, entityName, findEntity, type EntityKind } from './entities'

/** One reference to an entity: where it is and whose it is. */
export interface Use {
  /** JSON path of the reference, e.g. `events[3].partnerIds[0]`. */
  path: string
  /** The field holding it: `partnerIds`, `venueId`, `from`, `releases.channelId` … */
  field: string
  /** The entity holding the reference. */
  ownerKind: EntityKind
  ownerId: string
  /** Its title or name, for "It is used by 3 events: …". */
  ownerTitle: string
}

const listFields = ['partnerIds', 'channelIds', 'audienceIds', 'strategyIds'] as const

/**
 * Every reference to `id` in the plan, in file order. `id` is an entity or a co-production phase;
 * for a co-production, references to its phases count too (they go when it goes).
 */
export function usesOf(project: Project, id: string): Use[] {
  const uses: Use[] = []
  const targets = new Set([id])
  for (const phase of project.coproductions.find((c) => c.id === id)?.phases ?? []) targets.add(phase.id)
  project.events.forEach((event, i) => {
    const owner = { ownerKind: 'event' as const, ownerId: event.id, ownerTitle: event.title }
    for (const field of listFields) {
      event[field].forEach((ref, j) => ref === id && uses.push({ path: `events[${i}].${field}[${j}]`, field, ...owner }))
    }
    if (event.venueId === id) uses.push({ path: `events[${i}].venueId`, field: 'venueId', ...owner })
    if (event.coproductionId === id) uses.push({ path: `events[${i}].coproductionId`, field: 'coproductionId', ...owner })
  })
  project.coproductions.forEach((coproduction, i) => {
    const owner = { ownerKind: 'coproduction' as const, ownerId: coproduction.id, ownerTitle: coproduction.title }
    for (const field of listFields) {
      coproduction[field].forEach((ref, j) => ref === id && uses.push({ path: `coproductions[${i}].${field}[${j}]`, field, ...owner }))
    }
    coproduction.releases.forEach((release, j) => {
      if (release.channelId === id) uses.push({ path: `coproductions[${i}].releases[${j}].channelId`, field: 'releases.channelId', ...owner })
    })
  })
  project.dependencies.forEach((dependency, i) => {
    const owner = { ownerKind: 'dependency' as const, ownerId: dependency.id, ownerTitle: entityName(project, dependency) }
    if (targets.has(dependency.from)) uses.push({ path: `dependencies[${i}].from`, field: 'from', ...owner })
    if (targets.has(dependency.to)) uses.push({ path: `dependencies[${i}].to`, field: 'to', ...owner })
  })
  return uses
}

/** The distinct entities that use `id`, each once, in file order. */
export function usersOf(project: Project, id: string): Use[] {
  const seen = new Set<string>()
  return usesOf(project, id).filter((use) => !seen.has(use.ownerId) && seen.add(use.ownerId))
}

/** How to delete: `removeReferences: false` refuses (the same project) when anything uses the entity. */
export interface DeleteOptions {
  removeReferences: boolean
}

function without<T>(list: readonly T[], drop: (item: T) => boolean): readonly T[] {
  const kept = list.filter((item) => !drop(item))
  return kept.length === list.length ? list : kept
}

/** `project` with every reference to the ids in `gone` removed (see the module comment). */
function removeReferences(project: Project, gone: ReadonlySet<string>, goneChannels: boolean): Project {
  let changed = false
  const cleanLists = <T extends Record<(typeof listFields)[number], string[]>>(owner: T): T => {
    let next = owner
    for (const field of listFields) {
      const kept = without(owner[field], (ref) => gone.has(ref))
      if (kept !== owner[field]) next = { ...next, [field]: kept }
    }
    return next
  }
  const events = project.events.map((event) => {
    let next = cleanLists(event)
    for (const field of ['venueId', 'coproductionId'] as const) {
      const ref = next[field]
      if (ref !== undefined && gone.has(ref)) {
        const { [field]: _dropped, ...rest } = next
        next = rest as typeof next
      }
    }
    if (next !== event) changed = true
    return next
  })
  const coproductions = project.coproductions.map((coproduction) => {
    let next = cleanLists(coproduction)
    if (goneChannels) {
      const releases = without(next.releases, (r) => gone.has(r.channelId))
      if (releases !== next.releases) next = { ...next, releases: [...releases] }
    }
    if (next !== coproduction) changed = true
    return next
  })
  const dependencies = without(project.dependencies, (d) => gone.has(d.from) || gone.has(d.to))
  if (dependencies !== project.dependencies) changed = true
  if (!changed) return project
  return { ...project, events, coproductions, dependencies: [...dependencies] }
}

/**
 * Deletes the entity with `id` (of any kind). With `removeReferences` every reference to it goes
 * too (see the module comment), so the result always reads back; without, an entity in use is
 * not deleted. The same project when the id is unknown or the delete is refused.
 */
export function deleteEntity(project: Project, id: string, options: DeleteOptions): Project {
  const found = findEntity(project, id)
  if (!found) return project
  if (!options.removeReferences && usesOf(project, id).length > 0) return project
  const key = collectionOf[found.kind]
  const list = project[key] as readonly { id: string }[]
  const removed = { ...project, [key]: list.filter((e) => e.id !== id) } as Project
  const gone = new Set([id])
  if (found.kind === 'coproduction') for (const phase of project.coproductions[found.index]!.phases) gone.add(phase.id)
  return removeReferences(removed, gone, found.kind === 'channel')
}
