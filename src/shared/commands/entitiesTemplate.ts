// The standard phases of a new co-production: development → pre-production → production →
// post-production → release, back to back from a start date, each a whole number of weeks.
import { addDays, format } from 'date-fns'
import { isAllDayDate, newId, type EventStatus, type Phase, type PhaseKind } from '../format'

/** The phase kinds of the template, in order, with their default length in weeks. */
export const phaseTemplate: readonly { kind: PhaseKind; weeks: number }[] = [
  { kind: 'development', weeks: 6 },
  { kind: 'pre-production', weeks: 4 },
  { kind: 'production', weeks: 10 },
  { kind: 'post-production', weeks: 8 },
  { kind: 'release', weeks: 2 },
]

function dayOf(value: string): Date {
  const [y, m, d] = value.split('-').map(Number)
  return new Date(y!, m! - 1, d!)
}

/**
 * The template's phases laid out back to back from `start` (`YYYY-MM-DD`): each starts the day
 * after the previous one ends (ends are inclusive). `weeks` overrides the default lengths by
 * position. Empty when `start` is not a real date.
 */
export function templatePhases(start: string, options: { weeks?: readonly number[]; status?: EventStatus; ids?: () => string } = {}): Phase[] {
  if (!isAllDayDate(start)) return []
  const makeId = options.ids ?? (() => newId('ph-'))
  let from = dayOf(start)
  return phaseTemplate.map((step, i) => {
    const days = Math.max(1, Math.round((options.weeks?.[i] ?? step.weeks) * 7))
    const to = addDays(from, days - 1)
    const phase: Phase = { id: makeId(), kind: step.kind, start: format(from, 'yyyy-MM-dd'), end: format(to, 'yyyy-MM-dd'), status: options.status ?? 'planned' }
    from = addDays(to, 1)
    return phase
  })
}
