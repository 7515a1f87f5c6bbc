import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import i18n, { currentDateLocale } from './i18n'
import { DateFormatter } from './dates'
import { wallMinutes, wallToInstant, zoneOffset } from '../shared/timeline'

const shanghai = new DateFormatter(i18n.t, currentDateLocale(), 'Asia/Shanghai')

describe('DateFormatter', () => {
  it('writes all-day spans with an inclusive end, shortest form first', () => {
    expect(shanghai.span('2027-04-15', '2027-06-30').text).toBe('15 Apr – 30 Jun 2027')
    expect(shanghai.span('2027-08-25', '2027-08-30').text).toBe('25–30 Aug 2027')
    expect(shanghai.span('2027-11-20', '2028-02-28').text).toBe('20 Nov 2027 – 28 Feb 2028')
    expect(shanghai.span('2027-10-02', '2027-10-02').text).toBe('2 Oct 2027')
  })

  it('shows timed items in the home zone and notes their own local time', () => {
    const concert = shanghai.span('2027-03-21T19:00', '2027-03-21T21:30', 'Asia/Samarkand')
    expect(concert.text).toBe('21 Mar, 22:00 – 22 Mar 2027, 00:30')
    expect(concert.note).toBe('19:00–21:30 Samarkand · 22:00 – 22 Mar, 00:30 Shanghai')
  })

  it('shows timed items on their own clock when the view asks, with both clocks in the note', () => {
    const own = new DateFormatter(i18n.t, currentDateLocale(), 'Asia/Shanghai', 'item')
    const concert = own.span('2027-03-21T20:00', '2027-03-21T20:00', 'Asia/Samarkand')
    expect(concert.text).toBe('21 Mar 2027, 20:00')
    expect(concert.note).toBe('20:00 Samarkand · 23:00 Shanghai')
    expect(own.span('2027-10-01T09:00', '2027-10-01T11:30', 'Asia/Shanghai')).toEqual({ text: '1 Oct 2027, 09:00–11:30' })
  })

  it('names the clocks in Chinese with the zone names Chinese uses', async () => {
    const zh = i18n.cloneInstance({ lng: 'zh-CN' })
    await zh.changeLanguage('zh-CN')
    const { zhCN } = await import('date-fns/locale')
    const concert = new DateFormatter(zh.t, zhCN, 'Asia/Shanghai').span('2027-03-21T20:00', '2027-03-21T20:00', 'Asia/Samarkand')
    expect(concert.note).toBe('撒马尔罕时间 20:00 · 中国时间 23:00')
  })

  it('a timed span across New Year writes both years', () => {
    expect(shanghai.span('2027-12-31T22:00', '2028-01-01T01:00', 'Asia/Shanghai').text).toBe('31 Dec 2027, 22:00 – 1 Jan 2028, 01:00')
  })

  it('a timed item in the home zone has no note', () => {
    const release = shanghai.moment('2027-10-01T20:00', 'Asia/Shanghai')
    expect(release).toEqual({ text: '1 Oct 2027, 20:00' })
    expect(shanghai.span('2027-10-01T09:00', '2027-10-01T11:30', 'Asia/Shanghai')).toEqual({ text: '1 Oct 2027, 09:00–11:30' })
  })

  it('a timed item abroad on the same home day keeps one date', () => {
    const opening = shanghai.span('2027-04-15T11:00', '2027-04-15T13:00', 'Asia/Almaty')
    expect(opening.text).toBe('15 Apr 2027, 14:00–16:00')
    expect(opening.note).toBe('11:00–13:00 Almaty · 14:00–16:00 Shanghai')
  })

  it('gives the home-zone calendar day of a timed value', () => {
    expect(shanghai.homeDay('2027-03-21T21:30', 'Asia/Samarkand')).toBe('2027-03-22')
    expect(shanghai.homeDay('2027-03-21')).toBe('2027-03-21')
  })

  it('shows text it cannot read as it is rather than failing', () => {
    expect(shanghai.span('soon', 'later').text).toBe('soon – later')
  })

  it('spanText is the text of span, on either clock', () => {
    const own = new DateFormatter(i18n.t, currentDateLocale(), 'Asia/Shanghai', 'item')
    const day = fc.date({ min: new Date('1990-01-01T00:00Z'), max: new Date('2060-12-31T00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    const value = fc.oneof(day, fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`))
    // And with a home zone that keeps summer time, for items in zones that do or did.
    const athens = new DateFormatter(i18n.t, currentDateLocale(), 'Europe/Athens')
    const zones = fc.constantFrom(undefined, 'Asia/Shanghai', 'Asia/Samarkand', 'Europe/Istanbul', 'Europe/Budapest', 'America/New_York', 'Australia/Sydney', 'Africa/Casablanca')
    // Within hours of a change of the clocks the two differ on purpose (below).
    const nearChange = (v: string, zone: string | undefined) => {
      if (zone === undefined || v.length !== 16) return false
      const at = wallToInstant(wallMinutes(v), zone)
      return [zone, 'Europe/Athens'].some((z) => zoneOffset(z, at - 4 * 3_600_000) !== zoneOffset(z, at + 4 * 3_600_000))
    }
    fc.assert(
      fc.property(value, value, zones, (a, b, zone) => {
        fc.pre(!nearChange(a, zone) && !nearChange(b, zone))
        const [start, end] = a <= b ? [a, b] : [b, a]
        for (const formatter of [shanghai, own, athens]) expect(formatter.spanText(start, end, zone)).toBe(formatter.span(start, end, zone).text)
      }),
      { numRuns: 2000 },
    )
  })

  it('spanText reads a time the clocks show twice as the timeline draws it, at the earlier instant', () => {
    // Budapest's clocks go back from 03:00 to 02:00 on 31 Oct 2027: 02:30 CEST is 00:30 UTC, 08:30 in Shanghai.
    expect(shanghai.spanText('2027-10-31T02:30', '2027-10-31T02:30', 'Europe/Budapest')).toBe('31 Oct 2027, 08:30')
    expect(shanghai.spanText('2036-10-26T02:30', '2036-10-26T02:30', 'Europe/Budapest')).toBe('26 Oct 2036, 08:30')
    // A time the clocks skip (02:30 on 28 Mar 2027) moves on by the gap, to 03:30 CEST: 09:30 in Shanghai.
    expect(shanghai.spanText('2027-03-28T02:30', '2027-03-28T02:30', 'Europe/Budapest')).toBe('28 Mar 2027, 09:30')
  })
})
