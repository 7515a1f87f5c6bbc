import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { lengthInDays, moveItem, resizeItem, type Movable } from './move'
import { daysBetween, invertDelta, type Delta } from './snap'
import { dateOfDay, formatWall, itemSpan, wallMinutes } from './time'

const firstDay = wallMinutes('2020-01-01') / 1440
const lastDay = wallMinutes('2035-12-31') / 1440

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const allDayItem = fc.tuple(fc.integer({ min: firstDay, max: lastDay }), fc.integer({ min: 0, max: 400 })).map(([d, n]) => ({ start: dateOfDay(d), end: dateOfDay(d + n) }))
const timedItem = fc
  .tuple(fc.integer({ min: firstDay, max: lastDay }), time, fc.integer({ min: 0, max: 5 }), time)
  .map(([d, t1, n, t2]) => {
    const start = dateOfDay(d) + t1
    const end = dateOfDay(d + n) + t2
    return { start, end: end < start ? start : end, timeZone: 'Europe/Budapest' }
  })
const anyItem: fc.Arbitrary<Movable> = fc.oneof(allDayItem, timedItem, allDayItem.map(({ start }) => ({ start })))
const dayDelta = fc.integer({ min: -800, max: 800 }).map((amount): Delta => ({ unit: 'day', amount }))
const monthDelta = fc.integer({ min: -30, max: 30 }).map((amount): Delta => ({ unit: 'month', amount }))

const wallLength = (item: Movable) => (item.end === undefined ? 0 : wallMinutes(item.end) - wallMinutes(item.start))

describe('moving an item', () => {
  it('moves an all-day exhibition by whole days and keeps its inclusive end', () => {
    const exhibition = { id: 'e1', start: '2027-04-15', end: '2027-06-30' }
    expect(moveItem(exhibition, { unit: 'day', amount: 3 })).toEqual({ id: 'e1', start: '2027-04-18', end: '2027-07-03' })
  })

  it('keeps a concert at 19:00 local time when it moves across the DST change in Budapest', () => {
    const concert = { start: '2027-03-27T19:00', end: '2027-03-27T21:00', timeZone: 'Europe/Budapest' }
    const moved = moveItem(concert, { unit: 'day', amount: 1 })
    expect(moved).toEqual({ start: '2027-03-28T19:00', end: '2027-03-28T21:00', timeZone: 'Europe/Budapest' })
    // In Shanghai the concert is an hour earlier once Budapest is on summer time.
    expect(formatWall(itemSpan(concert, 'Asia/Shanghai').start)).toBe('2027-03-28T02:00')
    expect(formatWall(itemSpan(moved, 'Asia/Shanghai').start)).toBe('2027-03-29T01:00')
  })

  it('keeps a time written into a DST gap as written; the axis shows it after the jump', () => {
    const night = { start: '2027-03-27T02:30', end: '2027-03-27T04:00', timeZone: 'Europe/Budapest' }
    const moved = moveItem(night, { unit: 'day', amount: 1 })
    expect(moved).toMatchObject({ start: '2027-03-28T02:30', end: '2027-03-28T04:00' })
    expect(formatWall(itemSpan(moved, 'Europe/Budapest').start)).toBe('2027-03-28T03:30')
    expect(moveItem(moved, { unit: 'day', amount: -1 })).toEqual(night)
  })

  it('snaps by months like date-fns addMonths on the start and keeps the length in days', () => {
    const phase = { start: '2027-01-31', end: '2027-02-09' }
    expect(moveItem(phase, { unit: 'month', amount: 1 })).toEqual({ start: '2027-02-28', end: '2027-03-09' })
  })

  it('moves a release milestone without giving it an end', () => {
    expect(moveItem({ id: 'r', start: '2027-09-28T20:00', timeZone: 'Asia/Almaty' }, { unit: 'day', amount: -7 })).toEqual({
      id: 'r',
      start: '2027-09-21T20:00',
      timeZone: 'Asia/Almaty',
    })
  })

  it('returns the same item for a zero move', () => {
    const item = { start: '2027-01-01', end: '2027-01-02' }
    expect(moveItem(item, { unit: 'day', amount: 0 })).toBe(item)
  })

  it('always keeps the length in days and the wall-clock length', () => {
    fc.assert(
      fc.property(anyItem, fc.oneof(dayDelta, monthDelta), (item, delta) => {
        const moved = moveItem(item, delta)
        expect(lengthInDays(moved)).toBe(lengthInDays(item))
        expect(wallLength(moved)).toBe(wallLength(item))
        expect(moved.start.slice(10)).toBe(item.start.slice(10))
      }),
    )
  })

  it('comes back to the same dates after the inverse move', () => {
    fc.assert(
      fc.property(anyItem, dayDelta, (item, delta) => {
        expect(moveItem(moveItem(item, delta), invertDelta(delta))).toEqual(item)
      }),
    )
    // Month moves are exact whenever the day exists in the target month (addMonths clamps the 29th–31st).
    const early = anyItem.filter((item) => +item.start.slice(8, 10) <= 28)
    fc.assert(
      fc.property(early, monthDelta, (item, delta) => {
        expect(moveItem(moveItem(item, delta), invertDelta(delta))).toEqual(item)
      }),
    )
  })
})

describe('resizing an item', () => {
  it('moves only the dragged edge', () => {
    const item = { start: '2027-05-12', end: '2027-06-30' }
    expect(resizeItem(item, 'end', { unit: 'day', amount: 2 })).toEqual({ start: '2027-05-12', end: '2027-07-02' })
    expect(resizeItem(item, 'start', { unit: 'day', amount: -2 })).toEqual({ start: '2027-05-10', end: '2027-06-30' })
  })

  it('keeps an all-day item at least one day long', () => {
    const item = { start: '2027-05-12', end: '2027-05-14' }
    expect(resizeItem(item, 'end', { unit: 'day', amount: -10 })).toEqual({ start: '2027-05-12', end: '2027-05-12' })
    expect(resizeItem(item, 'start', { unit: 'day', amount: 10 })).toEqual({ start: '2027-05-14', end: '2027-05-14' })
  })

  it('shrinks a timed item to zero length at most and keeps its times of day', () => {
    const talk = { start: '2027-10-06T20:00', end: '2027-10-07T01:00', timeZone: 'Africa/Cairo' }
    expect(resizeItem(talk, 'end', { unit: 'day', amount: -1 })).toEqual({ ...talk, end: '2027-10-06T20:00' })
    expect(resizeItem(talk, 'end', { unit: 'day', amount: 2 })).toEqual({ ...talk, end: '2027-10-09T01:00' })
  })

  it('keeps a month end on a month end when the end moves by months', () => {
    expect(resizeItem({ start: '2027-05-12', end: '2027-06-30' }, 'end', { unit: 'month', amount: 1 }).end).toBe('2027-07-31')
    expect(resizeItem({ start: '2027-01-12', end: '2027-01-31' }, 'end', { unit: 'month', amount: 1 }).end).toBe('2027-02-28')
  })

  it('leaves milestones and no-op resizes untouched', () => {
    const release = { start: '2027-10-02' }
    expect(resizeItem(release, 'end', { unit: 'day', amount: 3 })).toBe(release)
    const one = { start: '2027-05-12', end: '2027-05-12' }
    expect(resizeItem(one, 'end', { unit: 'day', amount: -1 })).toBe(one)
  })

  it('never makes the end earlier than the start, and keeps all-day items in whole days', () => {
    fc.assert(
      fc.property(anyItem, fc.constantFrom<'start' | 'end'>('start', 'end'), fc.oneof(dayDelta, monthDelta), (item, edge, delta) => {
        const resized = resizeItem(item, edge, delta)
        if (resized.end === undefined) return
        expect(resized.end >= resized.start).toBe(true)
        expect(resized.start.length).toBe(item.start.length)
        expect(resized.end.length).toBe(item.end!.length)
        expect(edge === 'start' ? resized.end : resized.start).toBe(edge === 'start' ? item.end : item.start)
        expect(daysBetween(resized.start, resized.end)).toBeGreaterThanOrEqual(0)
      }),
    )
  })
})
