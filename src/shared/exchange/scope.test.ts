// A filtered export holds what the filter shows, and is still a plan that validates.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateProject } from '../format'
import { emptyFilter, filterEvents } from '../filters'
import { filteredPlan, parseCsv, planTable, planToIcs, tableToCsv } from '.'
import { englishTableWords as words } from '../../locales/exchange'
import { samplePlan } from '../../../tests/support/exchange'

const plan = samplePlan()

describe('exporting what the filter shows', () => {
  it('the whole plan when nothing is filtered', () => {
    expect(filteredPlan(plan, emptyFilter)).toBe(plan)
  })

  it('a CSV of events filtered to one country holds exactly the events the filter shows', () => {
    const filter = { ...emptyFilter, countries: ['KZ'] }
    const shown = filterEvents(plan, filter)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(plan.events.length)
    const rows = parseCsv(tableToCsv(planTable(filteredPlan(plan, filter), 'events'), words))
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.map((e) => e.id))
  })

  it('the partners and venues sheets hold those the shown events involve, and a calendar only their entries', () => {
    const filter = { ...emptyFilter, countries: ['EG'] }
    const part = filteredPlan(plan, filter)
    const used = new Set(part.events.flatMap((e) => e.partnerIds))
    for (const p of part.partners) expect(used.has(p.id) || part.coproductions.some((c) => c.partnerIds.includes(p.id))).toBe(true)
    expect(part.venues.every((v) => part.events.some((e) => e.venueId === v.id))).toBe(true)
    const ics = planToIcs(part, { countryName: (c) => c })
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(part.events.length + part.coproductions.reduce((n, c) => n + c.phases.length + c.releases.length, 0))
  })

  it('whatever the filter, the filtered plan is valid and holds just the events it shows', () => {
    const countries = [...new Set(plan.events.map((e) => e.country))]
    const statuses = [...new Set(plan.events.map((e) => e.status))]
    fc.assert(
      fc.property(fc.subarray(countries), fc.subarray(statuses), fc.subarray(plan.partners.map((p) => p.id), { maxLength: 3 }), (cs, ss, ps) => {
        const filter = { ...emptyFilter, countries: cs, statuses: ss, partnerIds: ps }
        const part = filteredPlan(plan, filter)
        expect(validateProject(part).ok).toBe(true)
        expect(part.events.map((e) => e.id)).toEqual(filterEvents(plan, filter).map((e) => e.id))
      }),
      { numRuns: 60 },
    )
  })
})
