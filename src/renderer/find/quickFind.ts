// What quick find searches: every named entity of the plan, by its name in either language.
import { entityKinds, listOf, type EntityKind } from '../../shared/commands'
import { foldText, matchesWords, searchWords } from '../../shared/filters'
import type { Project } from '../../shared/format'

/** One thing quick find can jump to. */
export interface FindEntry {
  kind: EntityKind
  id: string
  name: string
  local?: string | undefined
  search: string
}

const entries = new WeakMap<Project, FindEntry[]>()

/** Every entity except dependencies (which have no name of their own), memoized per plan. */
export function findEntries(project: Project): FindEntry[] {
  let list = entries.get(project)
  if (list) return list
  list = []
  for (const kind of entityKinds) {
    if (kind === 'dependency') continue
    for (const entity of listOf(project, kind)) {
      const named = entity as { id: string; title?: string; titleLocal?: string; name?: string; nameLocal?: string }
      const name = named.title ?? named.name ?? named.id
      const local = named.titleLocal ?? named.nameLocal
      list.push({ kind, id: entity.id, name, local, search: foldText(`${name} ${local ?? ''}`) })
    }
  }
  entries.set(project, list)
  return list
}

/** The entries matching `query` (every word), names that start with it first; at most `limit`. */
export function findMatches(project: Project, query: string, limit = 50): FindEntry[] {
  const words = searchWords(query)
  if (words.length === 0) return []
  const first = words[0]!
  const starts: FindEntry[] = []
  const rest: FindEntry[] = []
  for (const entry of findEntries(project)) {
    if (!matchesWords(entry.search, words)) continue
    const begins = foldText(entry.name).startsWith(first) || (entry.local !== undefined && foldText(entry.local).startsWith(first))
    ;(begins ? starts : rest).push(entry)
    if (starts.length >= limit) break
  }
  return [...starts, ...rest].slice(0, limit)
}
