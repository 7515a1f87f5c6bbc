// What changed between two plans, entity by entity and field by field, in file order of `after`
// (then what `after` no longer has). Words are made at the edges.
import type { Project } from '../format'
import { changedFields, fileValue } from './merge'
import { PARENT, ROOT, indexProject, rootLists, childLists, orderKey, same, type Indexed } from './model'
import type { Difference } from './types'

function fileOrder(index: Indexed): string[] {
  const out: string[] = [ROOT]
  for (const [list] of rootLists) {
    for (const id of index.order.get(list) ?? []) {
      out.push(id)
      for (const [childList] of childLists) out.push(...(index.order.get(orderKey(childList, id)) ?? []))
    }
  }
  return out
}

/** The differences that turn `before` into `after`. */
export function diffProjects(before: Project, after: Project): Difference[] {
  const a = indexProject(before)
  const b = indexProject(after)
  const out: Difference[] = []
  const parentOf = (value: Record<string, unknown>): string | undefined => (typeof value[PARENT] === 'string' ? (value[PARENT] as string) : undefined)
  for (const id of fileOrder(b)) {
    const now = b.entities.get(id)!
    const was = a.entities.get(id)
    const parent = parentOf(now.value)
    const shownId = id === ROOT ? String(now.value.id) : id
    const where = parent === undefined ? {} : { parent }
    if (!was) {
      out.push({ op: 'add', kind: now.kind, id: shownId, ...where, fields: [], after: fileValue(now) })
      continue
    }
    if (same(was.value, now.value)) continue
    const fields = changedFields(was.value, now.value)
      .filter((f) => f !== 'modifiedAt')
      .map((field) => {
        const change: Difference['fields'][number] = { field: field === PARENT ? 'coproduction' : field }
        if (was.value[field] !== undefined) change.before = was.value[field]
        if (now.value[field] !== undefined) change.after = now.value[field]
        return change
      })
    if (fields.length > 0) out.push({ op: 'edit', kind: now.kind, id: shownId, ...where, fields, before: fileValue(was), after: fileValue(now) })
  }
  for (const id of fileOrder(a)) {
    if (b.entities.has(id)) continue
    const was = a.entities.get(id)!
    const parent = parentOf(was.value)
    out.push({ op: 'delete', kind: was.kind, id, ...(parent === undefined ? {} : { parent }), fields: [], before: fileValue(was) })
  }
  return out
}
