// Names of the plan's own lists (channels, audiences, strategies, partners) in the interface
// language: a Chinese interface shows the Chinese second name where the plan has one.
import type { Project } from '../../shared/format'

interface Named {
  id: string
  name: string
  nameLocal?: string | undefined
}

const han = /\p{Script=Han}/u

/** The name of `entity` as the interface language reads it best. */
export function nameIn(entity: Named, language: string): string {
  if (language.startsWith('zh') && entity.nameLocal && han.test(entity.nameLocal)) return entity.nameLocal
  return entity.name
}

/** A lookup of names by id over the plan's channels, audiences, strategies and partners. */
export function planNames(project: Project, language: string): (id: string) => string {
  const names = new Map<string, string>()
  for (const list of [project.channels, project.audiences, project.strategies, project.partners]) for (const e of list) names.set(e.id, nameIn(e, language))
  return (id) => names.get(id) ?? id
}

/** The shade step (0 for none, 1–5) of a count against the largest count of its figure. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0
  return Math.max(1, Math.min(5, Math.ceil((count / max) * 5)))
}
