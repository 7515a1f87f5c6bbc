import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { acknowledgeConflict, isAcknowledged } from './conflicts'
import { findConflicts } from './findConflicts'
import { countryOfZone, hasHolidayRules, holidayOn, homeCountry, publicHolidays } from './holidays'
import { replaceItems } from './items'
import { deepFreeze, event, plan, samplePlan } from '../../../tests/support/timeline'

describe('public holidays', () => {
  it('know Nowruz in Uzbekistan on 21 March 2027, and no holiday the day before', () => {
    expect(holidayOn('UZ', '2027-03-21')).toMatchObject({ date: '2027-03-21', country: 'UZ' })
    expect(holidayOn('UZ', '2027-03-21', 'en')?.name).toBe('Nowruz')
    expect(holidayOn('UZ', '2027-03-20')).toBeUndefined()
  })

  it('list a year of a country in date order, one entry per day of a holiday of several days', () => {
    const china = publicHolidays('CN', 2027, 'zh')
    const dates = china.map((h) => h.date)
    expect(dates).toEqual([...dates].sort())
    expect(new Set(dates).size).toBe(dates.length)
    expect(china.filter((h) => h.name === '国庆节').map((h) => h.date)).toEqual(['2027-10-01', '2027-10-02', '2027-10-03'])
    expect(china.every((h) => h.date.startsWith('2027-'))).toBe(true)
  })

  it('are empty for a country without rules, and cached: the same list is returned again', () => {
    expect(publicHolidays('XX', 2027)).toEqual([])
    expect(hasHolidayRules('XX')).toBe(false)
    expect(hasHolidayRules('EG')).toBe(true)
    expect(publicHolidays('EG', 2027)).toBe(publicHolidays('EG', 2027))
  })

  it('find the home country of a plan from its home time zone', () => {
    expect(homeCountry({ homeTimeZone: 'Asia/Shanghai' })).toBe('CN')
    expect(countryOfZone('Asia/Samarkand')).toBe('UZ')
    expect(countryOfZone('UTC')).toBeNull()
  })

  it('agree with the list for every day of a year (property)', () => {
    const list = new Set(publicHolidays('KZ', 2027).map((h) => h.date))
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const date = new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10)
        expect(holidayOn('KZ', date) !== undefined).toBe(list.has(date))
      }),
    )
  })
})

describe('events on public holidays', () => {
  it('flag the Nowruz concert in the sample (21 Mar 2027, Samarkand) as on a public holiday of Uzbekistan', () => {
    const warning = findConflicts(samplePlan()).find((c) => c.itemIds[0] === 'e-nowruz-concert')
    expect(warning).toMatchObject({ code: 'on-public-holiday', values: { event: 'e-nowruz-concert', country: 'UZ', date: '2027-03-21' } })
  })

  it('use the venue’s country over the event’s, skip cancelled events, and check a long run only on its first and last day', () => {
    const project = deepFreeze(
      plan({
        venues: [{ id: 'reg', name: 'Registan', country: 'UZ', city: 'Samarkand', timeZone: 'Asia/Samarkand' }],
        events: [
          event({ id: 'at-venue', country: 'KZ', venueId: 'reg', start: '2027-03-21', end: '2027-03-21' }),
          event({ id: 'dropped', country: 'UZ', status: 'cancelled', start: '2027-03-21', end: '2027-03-21' }),
          event({ id: 'long-run', country: 'UZ', start: '2027-03-01', end: '2027-04-30' }),
          event({ id: 'week', country: 'UZ', start: '2027-03-18T10:00', end: '2027-03-24T18:00', timeZone: 'Asia/Tashkent' }),
        ],
      }),
    )
    expect(findConflicts(project).map((c) => [c.itemIds[0], c.values.date])).toEqual([
      ['at-venue', '2027-03-21'],
      ['week', '2027-03-21'],
    ])
  })

  it('can be acknowledged, and warn again when the event moves to another holiday', () => {
    const project = deepFreeze(plan({ events: [event({ id: 'gala', country: 'UZ', start: '2027-03-21', end: '2027-03-21' })] }))
    const warning = findConflicts(project)[0]!
    const quiet = acknowledgeConflict(project, warning)
    expect(isAcknowledged(quiet, findConflicts(quiet)[0]!)).toBe(true)
    const moved = replaceItems(quiet, new Map([['gala', { ...quiet.events[0]!, start: '2027-09-01', end: '2027-09-01' }]]))
    const again = findConflicts(moved)[0]!
    expect(again.values.date).toBe('2027-09-01')
    expect(isAcknowledged(moved, again)).toBe(false)
  })
})
