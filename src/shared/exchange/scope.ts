// What an export holds: the whole plan, or what the screen's filter shows. A filtered export is
// the events the filter lets through with the partners, venues and co-productions they involve
// (so every sheet of a workbook and every line of a calendar agrees), and still a valid plan.
import type { Project } from '../format'
import { filterEvents, isEmptyFilter, type EventFilter } from '../filters'

/** The plan as a filtered export sees it; the same plan when nothing is filtered. */
export function filteredPlan(project: Project, filter: EventFilter): Project {
  if (isEmptyFilter(filter)) return project
  const events = filterEvents(project, filter)
  const coproductionIds = new Set(events.flatMap((e) => (e.coproductionId ? [e.coproductionId] : [])))
  const coproductions = project.coproductions.filter((c) => coproductionIds.has(c.id))
  const partnerIds = new Set([...events.flatMap((e) => e.partnerIds), ...coproductions.flatMap((c) => c.partnerIds)])
  const venueIds = new Set(events.flatMap((e) => (e.venueId ? [e.venueId] : [])))
  const kept = new Set([...events.map((e) => e.id), ...coproductions.flatMap((c) => c.phases.map((p) => p.id))])
  return {
    ...project,
    events: [...events],
    coproductions,
    partners: project.partners.filter((p) => partnerIds.has(p.id)),
    venues: project.venues.filter((v) => venueIds.has(v.id)),
    dependencies: project.dependencies.filter((d) => kept.has(d.from) && kept.has(d.to)),
  }
}
