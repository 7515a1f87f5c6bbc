// The plan's own non-working days (FORMAT.md `nonWorkingDays`): pure, without the holiday rules,
// so the renderer's first load and the lane layout need not carry date-holidays.
import type { Project } from '../format'

/** A day the plan itself marks as not working (FORMAT.md `nonWorkingDays`). */
export interface NonWorkingDay {
  date: string
  name?: string | undefined
  nameLocal?: string | undefined
}

/** The plan's own non-working days, by date (entries that are not `{ date: "YYYY-MM-DD", … }` are skipped). */
export function nonWorkingDays(project: Pick<Project, 'nonWorkingDays'>): ReadonlyMap<string, NonWorkingDay> {
  const map = new Map<string, NonWorkingDay>()
  for (const day of project.nonWorkingDays ?? []) if (typeof day?.date === 'string') map.set(day.date, day)
  return map
}
