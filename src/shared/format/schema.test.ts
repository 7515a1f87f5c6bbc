import { describe, expect, it } from 'vitest'
import { eventSchema, generatePlan, keyOrder, partnerSchema, phaseSchema, projectSchema, releaseSchema, venueSchema } from './index'
import { sampleDoc } from '../../../tests/support/plans'

// The zod schemas serve forms and single entities; the file reader applies the same rules in
// bulk. These tests keep the two from drifting apart.
describe('entity schemas', () => {
  const plan = generatePlan({ events: 300, seed: 11 })

  it('accept every entity of a valid plan', () => {
    for (const e of plan.events) expect(eventSchema.safeParse(e).success).toBe(true)
    for (const p of plan.partners) expect(partnerSchema.safeParse(p).success).toBe(true)
    for (const v of plan.venues) expect(venueSchema.safeParse(v).success).toBe(true)
    for (const c of plan.coproductions) {
      for (const ph of c.phases) expect(phaseSchema.safeParse(ph).success).toBe(true)
      for (const r of c.releases) expect(releaseSchema.safeParse(r).success).toBe(true)
    }
    expect(projectSchema.safeParse(sampleDoc()).success).toBe(true)
  })

  it.each([
    ['start', '2027-02-30'],
    ['end', '2026-01-01'],
    ['kind', 'concert'],
    ['status', 'maybe'],
    ['country', 'kz'],
    ['timeZone', 'Mars/Base'],
    ['color', 'red'],
    ['budget', { amount: -1, currency: 'CNY' }],
    ['budget', { amount: 1, currency: 'yuan' }],
    ['title', ''],
    ['id', 'a b'],
  ])('refuse an event whose %s is %j, as the file reader does', (key, value) => {
    const event = { ...sampleDoc().events[1], [key]: value }
    expect(eventSchema.safeParse(event).success).toBe(false)
  })

  it('refuse a timed event without a zone and a phase with times', () => {
    const { timeZone: _zone, ...noZone } = sampleDoc().events[1]
    expect(eventSchema.safeParse(noZone).success).toBe(false)
    expect(phaseSchema.safeParse({ ...sampleDoc().coproductions[0].phases[0], start: '2027-01-11T10:00' }).success).toBe(false)
  })

  it('keep unknown fields', () => {
    const parsed = eventSchema.parse({ ...sampleDoc().events[0], ticketing: { seats: 10 } })
    expect(parsed.ticketing).toEqual({ seats: 10 })
  })

  it('list keys in the order of FORMAT.md', () => {
    expect(keyOrder.project).toEqual([
      'format', 'formatVersion', 'id', 'title', 'titleLocal', 'homeTimeZone', 'createdAt', 'modifiedAt', 'revision', 'lineage', 'partners', 'venues', 'events',
      'coproductions', 'dependencies', 'channels', 'audiences', 'strategies', 'nonWorkingDays', 'views', 'mergeConflicts',
    ])
    expect(keyOrder.event).toEqual([
      'id', 'title', 'titleLocal', 'kind', 'status', 'start', 'end', 'timeZone', 'country', 'city', 'venueId', 'partnerIds', 'channelIds',
      'audienceIds', 'strategyIds', 'coproductionId', 'budget', 'notes', 'color',
    ])
    expect(keyOrder.partner).toEqual(['id', 'name', 'nameLocal', 'kind', 'country', 'city', 'website', 'contacts', 'notes'])
    expect(keyOrder.venue).toEqual(['id', 'name', 'nameLocal', 'country', 'city', 'address', 'capacity', 'timeZone'])
    expect(keyOrder.coproduction).toEqual([
      'id', 'title', 'titleLocal', 'format', 'status', 'partnerIds', 'channelIds', 'audienceIds', 'strategyIds', 'phases', 'releases', 'notes',
    ])
    expect(keyOrder.phase).toEqual(['id', 'kind', 'title', 'start', 'end', 'status'])
    expect(keyOrder.release).toEqual(['id', 'channelId', 'start', 'timeZone', 'country', 'title'])
    expect(keyOrder.dependency).toEqual(['id', 'from', 'to', 'type'])
    expect(keyOrder.contact).toEqual(['name', 'role', 'email', 'phone'])
  })
})
