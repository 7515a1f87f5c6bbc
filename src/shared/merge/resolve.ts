// Deciding the choices a merge left open in a file (`mergeConflicts`, left by `caravan merge`):
// the plan holds ours' value for each; taking theirs puts the recorded value in its place.
import type { Project } from '../format'
import { ROOT, assemble, copyWithout, eachReference, indexProject, put, rootLists, type Entity, type Indexed, type Obj } from './model'
import type { Choice } from './types'

/** One open choice as the file records it (docs/FORMAT.md `mergeConflicts`). */
export interface OpenConflict {
  kind: string
  id: string
  field?: string
  reason: string
  theirs?: unknown
}

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The file's open choices, as far as they are well formed. */
export function openConflicts(project: Project): OpenConflict[] {
  const list = (project as unknown as Obj).mergeConflicts
  if (!Array.isArray(list)) return []
  return list.filter((c): c is OpenConflict => isObj(c) && typeof c.kind === 'string' && typeof c.id === 'string' && typeof c.reason === 'string')
}

const spanKeys: Readonly<Record<string, readonly string[]>> = { event: ['start', 'end', 'timeZone'], phase: ['start', 'end'], release: ['start', 'timeZone'] }
const childKinds: ReadonlySet<string> = new Set(['phase', 'release'])

/** Whether taking theirs can be done: a whole phase or release ours deleted has lost its co-production. */
export function theirsPlaceable(project: Project, c: OpenConflict): boolean {
  if (c.field !== undefined || c.theirs === undefined) return true
  if (!childKinds.has(c.kind)) return true
  return indexProject(project).entities.has(c.id)
}

function takeTheirs(index: Indexed, projectId: string, c: OpenConflict): void {
  const id = c.kind === 'project' || c.id === projectId ? ROOT : c.id
  const entity = index.entities.get(id)
  if (c.field !== undefined) {
    if (!entity) return
    const value = copyWithout(entity.value, new Set())
    const keys = c.field === 'dates' ? spanKeys[entity.kind] : c.field === 'ends' ? ['from', 'to'] : undefined
    if (keys) for (const key of keys) put(value, key, isObj(c.theirs) ? c.theirs[key] : undefined)
    else put(value, c.field, c.theirs)
    index.entities.set(id, { kind: entity.kind, value })
    return
  }
  if (c.theirs === undefined) {
    // They deleted it: so does the plan (with a co-production's phases and releases).
    index.entities.delete(id)
    return
  }
  if (!isObj(c.theirs)) return
  if (entity) {
    const parent = entity.value[':parent']
    const value = copyWithout(c.theirs, new Set(['phases', 'releases']))
    if (parent !== undefined) put(value, ':parent', parent)
    index.entities.set(id, { kind: entity.kind, value })
    return
  }
  const list = rootLists.find(([, kind]) => kind === c.kind)?.[0]
  if (list === undefined) return
  index.entities.set(id, { kind: c.kind as Entity['kind'], value: copyWithout(c.theirs, new Set(['phases', 'releases'])) })
  index.order.set(list, [...(index.order.get(list) ?? []), id])
}

/** Drops what refers to something gone: an optional reference is left out, an item that needs it goes too. */
function dropDangling(index: Indexed): void {
  for (let changed = true; changed; ) {
    changed = false
    for (const [id, entity] of index.entities) {
      let value: Obj | undefined
      let gone = false
      eachReference(entity, (ref, key, required) => {
        if (index.entities.has(ref)) return
        if (required) gone = true
        value ??= copyWithout(entity.value, new Set())
        const current = value[key]
        put(value, key, Array.isArray(current) ? current.filter((x) => x !== ref) : undefined)
      })
      if (gone) index.entities.delete(id)
      else if (value) index.entities.set(id, { kind: entity.kind, value })
      changed ||= gone
    }
  }
}

/**
 * The plan with the open choices decided: `choices[i]` for `mergeConflicts[i]` (ours when left
 * out), theirs' recorded value put in where chosen, and `mergeConflicts` gone. The same plan when it has none.
 */
export function resolveOpenConflicts(project: Project, choices: readonly Choice[]): Project {
  const open = openConflicts(project)
  if (!Array.isArray((project as unknown as Obj).mergeConflicts)) return project
  const index = indexProject(project)
  open.forEach((c, i) => {
    if (choices[i] === 'theirs' && theirsPlaceable(project, c)) takeTheirs(index, project.id, c)
  })
  dropDangling(index)
  const root = index.entities.get(ROOT)!
  index.entities.set(ROOT, { kind: 'project', value: copyWithout(root.value, new Set(['mergeConflicts'])) })
  return assemble(index)
}
