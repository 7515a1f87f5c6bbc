// The timeline's words filled from templates say exactly what i18next says, in both languages,
// for every wording the bars, tooltips and warnings use, and i18next still decides plurals.
import { describe, expect, it } from 'vitest'
import i18n from '../../src/renderer/i18n'
import { templatedT } from '../../src/renderer/templated'

const wordings: [string, Record<string, string>][] = [
  ['timeline.item.name', { title: 'Guqin night', dates: '6 Oct 2027', lane: 'Cairo Opera House' }],
  ['timeline.item.ofCoproduction', { name: 'Filming', coproduction: 'Along the Steppe' }],
  ['timeline.item.release', { channel: 'Khabar TV' }],
  ['conflicts.warning', { reason: 'Two events at one venue' }],
  ['conflicts.reason.venue-double-booked', { venue: 'Almaty Museum of Arts', first: 'Opening', second: 'Lecture' }],
  ['conflicts.reason.dependency-violated', { from: 'Rehearsal', to: 'Premiere' }],
  ['conflicts.reason.phases-out-of-order', { coproduction: 'Along the Steppe', earlier: 'Filming', later: 'Editing' }],
  ['conflicts.reason.release-before-post-production', { coproduction: 'Along the Steppe', release: 'Broadcast' }],
  ['conflicts.reason.event-outside-coproduction', { event: 'Press day', coproduction: 'Along the Steppe' }],
  ['conflicts.reason.on-public-holiday', { event: 'Concert', date: '2027-03-21', holiday: 'Nowruz', country: 'Uzbekistan' }],
  // The dates of every bar: ranges that leave out the start's year (English) or the end's (Chinese).
  ['dates.dayTime', { day: '21 Mar 2027', time: '19:00' }],
  ['dates.range', { start: '30 Dec 2027', end: '2 Jan 2028' }],
  ['dates.rangeTight', { start: '21 Mar 2027, 19:00', end: '21:30' }],
  ['dates.rangeSameMonth', { startDay: '15 Apr 2027', startDayMonth: '15 Apr', startDayOfMonth: '15', endDay: '30 Apr 2027', endDayMonth: '30 Apr', endDayOfMonth: '30' }],
  ['dates.rangeSameYear', { startDay: '15 Apr 2027', startDayMonth: '15 Apr', startDayOfMonth: '15', endDay: '30 Jun 2027', endDayMonth: '30 Jun', endDayOfMonth: '30' }],
  ['dates.rangeTimedSameYear', { startDayTime: '21 Mar 2027, 22:00', startDayMonthTime: '21 Mar, 22:00', endDayTime: '22 Mar 2027, 00:30', endDayMonthTime: '22 Mar, 00:30' }],
  ['timeZones.zoneTime', { time: '19:00–21:30', zone: 'Samarkand' }],
  ['timeZones.both', { first: '19:00–21:30 Samarkand', second: '22:00 – 22 Mar, 00:30 Shanghai' }],
]

describe('words filled from templates', () => {
  for (const language of ['en', 'zh-CN']) {
    it(`are i18next's own, twice over, in ${language}`, async () => {
      await i18n.changeLanguage(language)
      const t = i18n.getFixedT(language)
      const said = templatedT(t)
      for (const [key, values] of wordings) {
        const expected = (t as unknown as (k: string, v: Record<string, string>) => string)(key, values)
        expect(expected).not.toBe(key)
        expect(said(key, values)).toBe(expected)
        const other = Object.fromEntries(Object.keys(values).map((name) => [name, `${name} 二`]))
        expect(said(key, other)).toBe((t as unknown as (k: string, v: Record<string, string>) => string)(key, other))
      }
    })
  }
  it('leave counting to i18next', async () => {
    await i18n.changeLanguage('en')
    const t = i18n.getFixedT('en')
    const said = templatedT(t)
    const words = (count: string) => (t as unknown as (k: string, v: Record<string, string>) => string)('conflicts.headingCount', { count })
    expect(said('conflicts.headingCount', { count: '1' })).toBe(words('1'))
    expect(said('conflicts.headingCount', { count: '3' })).toBe(words('3'))
  })
})
