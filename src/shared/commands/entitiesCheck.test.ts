import { describe, expect, it } from 'vitest'
import { entityIssues } from './entitiesCheck'
import { frozenSample, newEvent } from '../../../tests/support/entities'

const fields = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code.replace(/^entity\./, '')}`)

describe('checking a draft as the planner types', () => {
  it('a complete event has no issues', () => {
    expect(entityIssues(frozenSample(), 'event', newEvent())).toEqual([])
  })

  it('says which field is empty, and that an impossible date is not a date', () => {
    const issues = entityIssues(frozenSample(), 'event', newEvent({ title: '', start: '2027-02-30' }))
    expect(fields(issues)).toEqual(['start:invalidDate', 'title:required'])
  })

  it('says an event ends before it starts, with both dates, even while other fields are wrong', () => {
    const issues = entityIssues(frozenSample(), 'event', newEvent({ title: '', start: '2027-10-09', end: '2027-10-01' }))
    expect(issues.find((i) => i.path === 'end')).toMatchObject({ code: 'entity.endBeforeStart', values: { start: '2027-10-09', end: '2027-10-01' } })
  })

  it('a timed event needs a time zone, and both ends must be timed', () => {
    expect(fields(entityIssues(frozenSample(), 'event', newEvent({ start: '2027-10-09T19:30', end: '2027-10-09T21:00' })))).toEqual(['timeZone:needsTimeZone'])
    expect(fields(entityIssues(frozenSample(), 'event', newEvent({ start: '2027-10-09T19:30', end: '2027-10-10', timeZone: 'Asia/Almaty' })))).toEqual(['end:mixedDates'])
  })

  it('names unknown countries, zones, currencies and colours', () => {
    const issues = entityIssues(
      frozenSample(),
      'event',
      newEvent({ country: 'XX', timeZone: 'Mars/Base', budget: { amount: -1, currency: 'ABC' }, color: 'red' }),
    )
    expect(fields(issues).sort()).toEqual(['budget.amount:invalidNumber', 'budget.currency:unknownCurrency', 'color:invalidColor', 'country:unknownCountry', 'timeZone:unknownTimeZone'])
  })

  it('references must name things that exist in the plan', () => {
    const issues = entityIssues(frozenSample(), 'event', newEvent({ venueId: 'v-gone', partnerIds: ['p-khabar', 'p-gone'] }))
    expect(fields(issues)).toEqual(['partnerIds[1]:unknownReference', 'venueId:unknownReference'])
    expect(fields(entityIssues(frozenSample(), 'dependency', { id: 'd-9', from: 'c-steppe-dev', to: 'c-steppe-dev', type: 'finish-to-start' }))).toEqual(['to:sameItem'])
  })

  it('a new entity may not take an id already used in the plan; an edited one keeps its own', () => {
    const plan = frozenSample()
    expect(fields(entityIssues(plan, 'venue', { ...plan.venues[0]!, id: 'p-khabar' }))).toEqual(['id:idInUse'])
    expect(entityIssues(plan, 'venue', plan.venues[0]!)).toEqual([])
  })

  it('checks contacts, phases and releases row by row', () => {
    const plan = frozenSample()
    const partner = { ...plan.partners[0]!, contacts: [{ name: 'A' }, { name: '', email: 'not an address' }] }
    expect(fields(entityIssues(plan, 'partner', partner))).toEqual(['contacts[1].name:required', 'contacts[1].email:invalidEmail'])
    const steppe = plan.coproductions[0]!
    const broken = {
      ...steppe,
      phases: steppe.phases.map((p, i) => (i === 1 ? { ...p, end: '2027-01-01' } : p)),
      releases: [{ id: 'r-x', channelId: 'ch-gone', start: '2027-10-01T20:00' }],
    }
    expect(fields(entityIssues(plan, 'coproduction', broken))).toEqual(['phases[1].end:endBeforeStart', 'releases[0].timeZone:needsTimeZone', 'releases[0].channelId:unknownReference'])
  })
})
