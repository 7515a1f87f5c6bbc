import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NOT_A_DATE, entryFormat, formatDay, formatTime, parseDay, parseTime } from './dateEntry'

const tags = ['en-GB', 'en-US', 'zh-CN']

describe('date and time fields in the locale’s own format', () => {
  it('write a day as the locale does', () => {
    expect(formatDay('2027-04-15', entryFormat('en-GB'))).toBe('15/04/2027')
    expect(formatDay('2027-04-15', entryFormat('en-US'))).toBe('04/15/2027')
    expect(formatDay('2027-04-15', entryFormat('zh-CN'))).toBe('2027/04/15')
  })

  it('use a 24-hour clock where the locale does, and 12 hours in the US', () => {
    expect(formatTime('20:00', entryFormat('en-GB'))).toBe('20:00')
    expect(formatTime('20:00', entryFormat('zh-CN'))).toBe('20:00')
    expect(formatTime('20:00', entryFormat('en-US'))).toMatch(/^8:00\sPM$/)
  })

  it('read back every day and time they write, in every locale', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.constantFrom(...tags), day, time, (tag, d, t) => {
        const format = entryFormat(tag)
        expect(parseDay(formatDay(d, format), format)).toBe(d)
        expect(parseTime(formatTime(t, format), format)).toBe(t)
      }),
    )
  })

  it('understand ISO dates, digits alone, and both clocks; say so when there is no such date', () => {
    const gb = entryFormat('en-GB')
    const us = entryFormat('en-US')
    expect(parseDay('2027-04-15', us)).toBe('2027-04-15')
    expect(parseDay('15042027', gb)).toBe('2027-04-15')
    expect(parseDay('15.4.2027', gb)).toBe('2027-04-15')
    expect(parseDay('2027年4月15日', entryFormat('zh-CN'))).toBe('2027-04-15')
    expect(parseDay('30/02/2027', gb)).toBe(NOT_A_DATE)
    expect(parseDay('02302027', gb)).toBe(NOT_A_DATE)
    expect(parseDay('soon', gb)).toBe(NOT_A_DATE)
    expect(parseDay('  ', gb)).toBe('')
    expect(parseTime('8pm', gb)).toBe('20:00')
    expect(parseTime('20.30', gb)).toBe('20:30')
    expect(parseTime('下午8:00', entryFormat('zh-CN'))).toBe('20:00')
    expect(parseTime('25:00', gb)).toBe(NOT_A_DATE)
    expect(parseTime('13 pm', us)).toBe(NOT_A_DATE)
  })
})
