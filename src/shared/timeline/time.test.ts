import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { TZDate, tzOffset } from '@date-fns/tz'
import { parseProject } from '../format'
import { sampleText } from '../../../tests/support/plans'
import {
  axisToDate,
  axisToTimed,
  civilFromDays,
  convertWall,
  daysFromCivil,
  formatDate,
  formatWall,
  itemSpan,
  MINUTES_PER_DAY,
  nowOnAxis,
  valueToAxis,
  wallMinutes,
  wallToInstant,
  zoneOffset,
} from './time'

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16)

function sample() {
  const result = parseProject(sampleText)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.project
}

describe('calendar arithmetic', () => {
  it('counts days since 1970 exactly like Date.UTC, leap years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const days = daysFromCivil(y, m, d)
        expect(days).toBe(Date.UTC(y, m - 1, d) / 86_400_000)
        expect(civilFromDays(days)).toEqual([y, m, d])
      }),
    )
    expect(daysFromCivil(2028, 2, 29) - daysFromCivil(2028, 2, 28)).toBe(1)
  })

  it('reads and writes dates and wall times without any zone', () => {
    expect(wallMinutes('1970-01-02')).toBe(MINUTES_PER_DAY)
    expect(formatDate(wallMinutes('2027-05-12'))).toBe('2027-05-12')
    expect(formatWall(wallMinutes('2027-03-21T19:05'))).toBe('2027-03-21T19:05')
    expect(axisToDate(wallMinutes('2027-06-30T23:59'))).toBe('2027-06-30')
  })
})

describe('all-day items', () => {
  it('occupy whole home days from the first day to the start of the day after the inclusive end', () => {
    const span = itemSpan({ start: '2027-05-12', end: '2027-06-30' }, 'Asia/Shanghai')
    expect(span).toEqual({ start: wallMinutes('2027-05-12'), end: wallMinutes('2027-07-01'), allDay: true })
    expect((span.end - span.start) / MINUTES_PER_DAY).toBe(50)
  })

  it('are exactly 1440 units per day even across a DST change of the home zone', () => {
    const span = itemSpan({ start: '2027-03-27', end: '2027-03-29' }, 'Europe/Budapest')
    expect(span.end - span.start).toBe(3 * MINUTES_PER_DAY)
  })

  it('make all-day releases milestones at the start of their day', () => {
    expect(itemSpan({ start: '2027-10-02' }, 'Asia/Shanghai')).toEqual({ start: wallMinutes('2027-10-02'), end: wallMinutes('2027-10-02'), allDay: true })
  })
})

describe('zone offsets', () => {
  it('match the runtime time zone data at every minute, including half-hour and Ramadan changes', () => {
    const zones = ['Europe/Budapest', 'America/New_York', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Pacific/Chatham', 'Asia/Tehran', 'America/St_Johns']
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2029, 0, 1) / 60_000 }), (zone, minute) => {
        expect(zoneOffset(zone, minute * 60_000)).toBe(tzOffset(zone, new Date(minute * 60_000)))
      }),
      { numRuns: 3000 },
    )
  })

  it('change exactly at the minute of the DST switch', () => {
    const switchAt = Date.UTC(2027, 2, 28, 1, 0)
    expect(zoneOffset('Europe/Budapest', switchAt - 60_000)).toBe(60)
    expect(zoneOffset('Europe/Budapest', switchAt)).toBe(120)
    // Lord Howe Island moves by half an hour, at 02:00 local on 2027-04-04 (15:00Z the day before).
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2027, 3, 3, 14, 59))).toBe(660)
    expect(zoneOffset('Australia/Lord_Howe', Date.UTC(2027, 3, 3, 15, 0))).toBe(630)
  })
})

describe('timed items', () => {
  it('put the Nowruz concert at 19:00 Samarkand at 22:00 on the Shanghai axis', () => {
    const concert = sample().events.find((e) => e.id === 'e-nowruz-concert')!
    const span = itemSpan(concert, 'Asia/Shanghai')
    expect(formatWall(span.start)).toBe('2027-03-21T22:00')
    expect(formatWall(span.end)).toBe('2027-03-22T00:30')
    expect(span.allDay).toBe(false)
  })

  it('convert with the offset of the day itself (Cairo and Budapest in summer and winter)', () => {
    // Europe/Budapest is UTC+1 until 2027-03-28 01:00Z, then UTC+2 until 2027-10-31 01:00Z.
    expect(formatWall(valueToAxis('2027-03-27T12:00', 'Europe/Budapest', 'Asia/Shanghai'))).toBe('2027-03-27T19:00')
    expect(formatWall(valueToAxis('2027-03-29T12:00', 'Europe/Budapest', 'Asia/Shanghai'))).toBe('2027-03-29T18:00')
    expect(formatWall(valueToAxis('2027-10-30T12:00', 'Europe/Athens', 'Asia/Shanghai'))).toBe('2027-10-30T17:00')
    expect(formatWall(valueToAxis('2027-11-01T12:00', 'Europe/Athens', 'Asia/Shanghai'))).toBe('2027-11-01T18:00')
  })

  it('read a spring-forward gap time as the time after the jump: 02:30 Budapest on 2027-03-28 is 03:30 CEST', () => {
    expect(iso(wallToInstant(wallMinutes('2027-03-28T02:30'), 'Europe/Budapest'))).toBe('2027-03-28T01:30')
    expect(iso(wallToInstant(wallMinutes('2027-03-28T03:30'), 'Europe/Budapest'))).toBe('2027-03-28T01:30')
    expect(iso(wallToInstant(wallMinutes('2027-03-28T01:59'), 'Europe/Budapest'))).toBe('2027-03-28T00:59')
    // Athens jumps 03:00 → 04:00 the same morning.
    expect(iso(wallToInstant(wallMinutes('2027-03-28T03:15'), 'Europe/Athens'))).toBe('2027-03-28T01:15')
    // New York jumps 02:00 → 03:00 on 2027-03-14.
    expect(iso(wallToInstant(wallMinutes('2027-03-14T02:30'), 'America/New_York'))).toBe('2027-03-14T07:30')
  })

  it('read a repeated fall-back time as its first (summer-time) occurrence', () => {
    expect(iso(wallToInstant(wallMinutes('2027-10-31T02:30'), 'Europe/Budapest'))).toBe('2027-10-31T00:30')
    expect(iso(wallToInstant(wallMinutes('2027-10-31T03:30'), 'Europe/Athens'))).toBe('2027-10-31T00:30')
    expect(iso(wallToInstant(wallMinutes('2027-11-07T01:30'), 'America/New_York'))).toBe('2027-11-07T05:30')
  })

  it('agree with TZDate on every real wall time outside gaps and overlaps', () => {
    const zones = ['Europe/Budapest', 'Europe/Athens', 'America/New_York', 'Asia/Samarkand', 'Australia/Lord_Howe']
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 2 * 365 * 24 * 4 }), (zone, quarter) => {
        const wall = wallMinutes('2027-01-01') + quarter * 15
        const instant = wallToInstant(wall, zone)
        const back = convertWall(wall, zone, zone)
        if (back !== wall) return // in a gap: checked above
        const [y, m, d] = civilFromDays(Math.floor(wall / MINUTES_PER_DAY))
        const minutes = wall % MINUTES_PER_DAY
        const tz = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, zone)
        const overlap = convertWall(wall, zone, 'UTC') !== convertWall(wall + 60, zone, 'UTC') - 60
        if (!overlap) expect(instant).toBe(tz.getTime())
      }),
      { numRuns: 500 },
    )
  })

  it('keep a zero-length timed event and clamp an end that a gap pushes before the start', () => {
    const zero = itemSpan({ start: '2027-04-01T10:00', end: '2027-04-01T10:00', timeZone: 'Asia/Almaty' }, 'Asia/Shanghai')
    expect(zero.end).toBe(zero.start)
    // 02:30 is read as 03:30, after the end 03:00.
    const gap = itemSpan({ start: '2027-03-28T02:30', end: '2027-03-28T03:00', timeZone: 'Europe/Budapest' }, 'Europe/Budapest')
    expect(gap.end).toBe(gap.start)
  })

  it('place timed releases in the home zone too', () => {
    const steppe = sample().coproductions.find((c) => c.id === 'c-steppe-doc')!
    const premiere = steppe.releases.find((r) => r.id === 'c-steppe-rel-kz')!
    // Asia/Almaty is UTC+5 in 2027, three hours behind Shanghai.
    const span = itemSpan(premiere, 'Asia/Shanghai')
    expect(formatWall(span.start)).toBe('2027-09-28T23:00')
    expect(span.end).toBe(span.start)
  })
})

describe('back from the axis after a drop', () => {
  it('names the wall time in the item zone of a home-axis minute', () => {
    expect(axisToTimed(wallMinutes('2027-03-21T22:00'), 'Asia/Shanghai', 'Asia/Samarkand')).toBe('2027-03-21T19:00')
    expect(axisToTimed(wallMinutes('2027-03-28T09:30'), 'Asia/Shanghai', 'Europe/Budapest')).toBe('2027-03-28T03:30')
  })

  it('round-trips every timed value that exists in its zone', () => {
    fc.assert(
      fc.property(fc.constantFrom('Europe/Budapest', 'Europe/Athens', 'America/New_York', 'Asia/Samarkand'), fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }), (zone, offset) => {
        const wall = wallMinutes('2027-01-01') + offset
        if (convertWall(wall, zone, zone) !== wall) return
        const value = formatWall(wall)
        const axis = valueToAxis(value, zone, 'Asia/Shanghai')
        expect(axisToTimed(axis, 'Asia/Shanghai', zone)).toBe(value)
      }),
      { numRuns: 500 },
    )
  })

  it('puts "now" on the home wall clock', () => {
    expect(formatWall(nowOnAxis(new Date('2027-03-28T01:30:00Z'), 'Europe/Budapest'))).toBe('2027-03-28T03:30')
  })
})
