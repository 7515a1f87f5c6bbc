// The plan's own non-working days (FORMAT.md `nonWorkingDays`): the office's closures beside the
// host countries' public holidays. One call marks or unmarks one day; the list stays in date order.
import type { PlanNonWorkingDay, Project } from '../format'

/** Marks `date` (`YYYY-MM-DD`) as a non-working day with an optional name, or unmarks it (`off: false`). */
export interface NonWorkingDayArgs {
  date: string
  off: boolean
  name?: string | undefined
  nameLocal?: string | undefined
}

const trimmed = (text: string | undefined) => text?.trim() || undefined

/** The plan with the day marked or unmarked; the same plan when nothing changes. */
export function setNonWorkingDay(doc: Project, args: NonWorkingDayArgs): Project {
  const days = doc.nonWorkingDays ?? []
  const index = days.findIndex((day) => day.date === args.date)
  if (!args.off) {
    if (index < 0) return doc
    const rest = days.filter((_, i) => i !== index)
    const next: Project = { ...doc, nonWorkingDays: rest }
    if (rest.length === 0) delete next.nonWorkingDays
    return next
  }
  const name = trimmed(args.name)
  const nameLocal = trimmed(args.nameLocal)
  const existing = index >= 0 ? days[index]! : undefined
  if (existing && existing.name === name && existing.nameLocal === nameLocal) return doc
  const day: PlanNonWorkingDay = { ...(existing ?? {}), date: args.date }
  if (name === undefined) delete day.name
  else day.name = name
  if (nameLocal === undefined) delete day.nameLocal
  else day.nameLocal = nameLocal
  const list = existing ? days.map((d, i) => (i === index ? day : d)) : [...days, day].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { ...doc, nonWorkingDays: list }
}
