import type { Project } from '../format'
import { issue, type Issue } from '../messages'

/** The plan-wide properties edited in "Plan properties…": title (1–200 chars), optional second-language title, IANA home zone. */
export interface PlanProperties {
  title: string
  /** Empty or missing removes the second-language title. */
  titleLocal?: string
  homeTimeZone: string
}

/** Why a plan property cannot be used: a coded issue at the property (`plan.*` codes); the renderer words it. */
export type PlanPropertiesIssue = Issue & { path: 'title' | 'titleLocal' | 'homeTimeZone' }

/** The longest plan title the format allows (FORMAT.md, Root). */
export const TITLE_MAX_LENGTH = 200

/** True when `zone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function normalize(properties: PlanProperties): { title: string; titleLocal: string | undefined; homeTimeZone: string } {
  const titleLocal = properties.titleLocal?.trim() ?? ''
  return {
    title: properties.title.trim(),
    titleLocal: titleLocal === '' ? undefined : titleLocal,
    homeTimeZone: properties.homeTimeZone.trim(),
  }
}

/** What is wrong with `properties` (after trimming spaces); empty when renamePlan would accept them. */
export function planPropertiesIssues(properties: PlanProperties): PlanPropertiesIssue[] {
  const { title, titleLocal, homeTimeZone } = normalize(properties)
  const issues: Issue[] = []
  if (title === '') issues.push(issue('title', 'plan.titleRequired'))
  else if ([...title].length > TITLE_MAX_LENGTH) issues.push(issue('title', 'plan.tooLong', { max: TITLE_MAX_LENGTH }))
  if (titleLocal !== undefined && [...titleLocal].length > TITLE_MAX_LENGTH) issues.push(issue('titleLocal', 'plan.tooLong', { max: TITLE_MAX_LENGTH }))
  if (!isKnownTimeZone(homeTimeZone)) issues.push(issue('homeTimeZone', 'plan.unknownTimeZone'))
  return issues as PlanPropertiesIssue[]
}

/**
 * Sets the plan's title, second-language title and home time zone (spaces trimmed; an empty
 * `titleLocal` removes it). Returns the same project when nothing changes or the properties are
 * not usable (see planPropertiesIssues), so an invalid dialog never reaches the document.
 */
export function renamePlan(project: Project, properties: PlanProperties): Project {
  if (planPropertiesIssues(properties).length > 0) return project
  const { title, titleLocal, homeTimeZone } = normalize(properties)
  if (project.title === title && project.titleLocal === titleLocal && project.homeTimeZone === homeTimeZone) return project

  // Rebuilt key by key so a new titleLocal sits right after title and unknown fields keep their
  // place; fromEntries defines keys as data, so a `__proto__` key in the file stays plain data.
  const entries: [string, unknown][] = []
  for (const [key, value] of Object.entries(project)) {
    if (key === 'titleLocal') continue
    entries.push([key, key === 'title' ? title : key === 'homeTimeZone' ? homeTimeZone : value])
    if (key === 'title' && titleLocal !== undefined) entries.push(['titleLocal', titleLocal])
  }
  return Object.fromEntries(entries) as Project
}
