import { describe, expect, it } from 'vitest'
import { frozenSample } from '../../tests/support/entities'
import { activeFacetCount, emptyFilter, filterCoproductions, filterEvents, isEmptyFilter } from './filters'

const titles = (filter: Partial<typeof emptyFilter>) => filterEvents(frozenSample(), { ...emptyFilter, ...filter }).map((e) => e.title)

describe('filtering events', () => {
  it('an empty filter shows the plan’s own list', () => {
    const plan = frozenSample()
    expect(filterEvents(plan, emptyFilter)).toBe(plan.events)
    expect(isEmptyFilter(emptyFilter)).toBe(true)
  })

  it('finds events by words in either language, ignoring case and accents', () => {
    expect(titles({ text: 'bronzes' })).toEqual(['Treasures of the Silk Road: Liaoning Bronzes'])
    expect(titles({ text: '青铜' })).toEqual(['Treasures of the Silk Road: Liaoning Bronzes'])
  })

  it('finds events by their partners’ and venues’ names', () => {
    expect(titles({ text: 'almaty museum' })).toContain('Treasures of the Silk Road: Liaoning Bronzes')
  })

  it('combines facets: every facet must match, any value within a facet', () => {
    const plan = frozenSample()
    const confirmedInKz = titles({ statuses: ['confirmed'], countries: ['KZ'] })
    expect(confirmedInKz.length).toBeGreaterThan(0)
    for (const title of confirmedInKz) {
      const event = plan.events.find((e) => e.title === title)!
      expect(event.status).toBe('confirmed')
      expect(event.country).toBe('KZ')
    }
    expect(titles({ partnerIds: ['p-almaty-museum', 'p-cairo-opera'] }).length).toBe(
      plan.events.filter((e) => e.partnerIds.includes('p-almaty-museum') || e.partnerIds.includes('p-cairo-opera')).length,
    )
  })

  it('a date range keeps the events that overlap it, both ends inclusive', () => {
    const plan = frozenSample()
    const shown = titles({ from: '2027-06-30', to: '2027-06-30' })
    expect(shown).toContain('Treasures of the Silk Road: Liaoning Bronzes')
    expect(shown.length).toBe(plan.events.filter((e) => e.start.slice(0, 10) <= '2027-06-30' && e.end.slice(0, 10) >= '2027-06-30').length)
  })

  it('counts the facets in use', () => {
    expect(activeFacetCount({ ...emptyFilter, text: 'x', kinds: ['forum'], from: '2027-01-01' })).toBe(3)
  })
})

describe('a slice of items picked in the Coverage view', () => {
  const origin = { figure: 'country', country: 'KZ' } as const

  it('shows exactly the items it names, and none when it names none', () => {
    const plan = frozenSample()
    const ids = [plan.events[0]!.id, plan.events[2]!.id, plan.coproductions[0]!.id]
    const filter = { ...emptyFilter, items: { ids, origin } }
    expect(filterEvents(plan, filter).map((e) => e.id)).toEqual([ids[0], ids[1]])
    expect(filterCoproductions(plan, filter).map((c) => c.id)).toEqual([ids[2]])
    const none = { ...emptyFilter, items: { ids: [], origin } }
    expect(isEmptyFilter(none)).toBe(false)
    expect(filterEvents(plan, none)).toEqual([])
    expect(filterCoproductions(plan, none)).toEqual([])
    expect(activeFacetCount(none)).toBe(1)
  })

  it('co-productions pass the facets the way events do: status, released countries, release channels, dates', () => {
    const plan = frozenSample()
    expect(filterCoproductions(plan, emptyFilter)).toBe(plan.coproductions)
    for (const c of filterCoproductions(plan, { ...emptyFilter, statuses: ['confirmed'] })) expect(c.status).toBe('confirmed')
    for (const c of filterCoproductions(plan, { ...emptyFilter, countries: ['EG'] })) expect(c.releases.some((r) => r.country === 'EG')).toBe(true)
    expect(filterCoproductions(plan, { ...emptyFilter, kinds: ['exhibition'] })).toEqual([])
    const far = filterCoproductions(plan, { ...emptyFilter, from: '2099-01-01' })
    expect(far).toEqual([])
    const all = filterCoproductions(plan, { ...emptyFilter, from: '1900-01-01', to: '2999-12-31' })
    expect(all.length).toBe(plan.coproductions.filter((c) => c.phases.length + c.releases.length > 0).length)
  })
})
