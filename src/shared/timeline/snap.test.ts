import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addMonths } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { PIXELS_PER_DAY } from './scale'
import { addDaysTo, addMonthsTo, daysBetween, deltaFromPixels, snapDelta } from './snap'

describe('snapping a drag', () => {
  it('rounds to whole days at day and week zoom', () => {
    expect(deltaFromPixels(3 * PIXELS_PER_DAY.day + 10, 'day')).toEqual({ unit: 'day', amount: 3 })
    expect(deltaFromPixels(-2.6 * PIXELS_PER_DAY.week, 'week')).toEqual({ unit: 'day', amount: -3 })
    expect(deltaFromPixels(0.4 * PIXELS_PER_DAY.day, 'day')).toEqual({ unit: 'day', amount: 0 })
  })

  it('rounds to whole weeks at month zoom and whole months beyond', () => {
    expect(deltaFromPixels(11 * PIXELS_PER_DAY.month, 'month')).toEqual({ unit: 'day', amount: 14 })
    expect(deltaFromPixels(3 * PIXELS_PER_DAY.month, 'month')).toEqual({ unit: 'day', amount: 0 })
    expect(deltaFromPixels(50 * PIXELS_PER_DAY.quarter, 'quarter')).toEqual({ unit: 'month', amount: 2 })
    expect(deltaFromPixels(-100 * PIXELS_PER_DAY.year, 'year')).toEqual({ unit: 'month', amount: -3 })
  })

  it('steps by one snap unit for an arrow key', () => {
    expect(snapDelta('week')).toEqual({ unit: 'day', amount: 1 })
    expect(snapDelta('month', -1)).toEqual({ unit: 'day', amount: -7 })
    expect(snapDelta('year', 2)).toEqual({ unit: 'month', amount: 2 })
  })
})

describe('calendar steps on file dates', () => {
  it('move dates by days across months, years and leap days, keeping the time of day', () => {
    expect(addDaysTo('2027-12-30', 3)).toBe('2028-01-02')
    expect(addDaysTo('2028-03-01T19:30', -1)).toBe('2028-02-29T19:30')
    expect(daysBetween('2027-04-15', '2027-06-30T10:00')).toBe(76)
  })

  it('move dates by months exactly like date-fns addMonths', () => {
    expect(addMonthsTo('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonthsTo('2027-03-21T19:00', -14)).toBe('2026-01-21T19:00')
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -40, max: 40 }), (y, m, d, n) => {
        const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())
        const value = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        const expected = addMonths(new TZDate(y, m - 1, day, 'UTC'), n)
        const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`
        expect(addMonthsTo(value, n)).toBe(iso)
      }),
    )
  })
})
