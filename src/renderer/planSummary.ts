import type { Project } from '../shared/format'
import type { DateFormatter } from './dates'

/** The first and last calendar day (home zone, `YYYY-MM-DD`) of anything dated in the plan, or null when nothing is. */
export function planDaySpan(project: Project, dates: DateFormatter): { start: string; end: string } | null {
  let start: string | null = null
  let end: string | null = null
  const add = (value: string, timeZone?: string) => {
    const day = dates.homeDay(value, timeZone)
    if (!day) return
    if (start === null || day < start) start = day
    if (end === null || day > end) end = day
  }
  for (const event of project.events) {
    add(event.start, event.timeZone)
    add(event.end, event.timeZone)
  }
  for (const coproduction of project.coproductions) {
    for (const phase of coproduction.phases) {
      add(phase.start)
      add(phase.end)
    }
    for (const release of coproduction.releases) add(release.start, release.timeZone)
  }
  return start !== null && end !== null ? { start, end } : null
}
