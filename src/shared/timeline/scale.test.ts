import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { getISOWeek, getISOWeekYear, getWeek, getWeekYear } from 'date-fns'
import {
  fitRange,
  headerCells,
  headerRows,
  PIXELS_PER_DAY,
  stepZoom,
  timeFromX,
  weekday,
  weekendRanges,
  widthOf,
  xFromTime,
  zoomLevels,
} from './scale'
import { dayOf, formatDate, formatWall, MINUTES_PER_DAY, wallMinutes } from './time'

const day = (date: string) => wallMinutes(date)
const range = (from: string, to: string) => ({ start: day(from), end: day(to) })

describe('zoom levels', () => {
  it('go from the most detailed to the widest and stop at both ends', () => {
    expect(zoomLevels.map((z) => PIXELS_PER_DAY[z])).toEqual([...zoomLevels.map((z) => PIXELS_PER_DAY[z])].sort((a, b) => b - a))
    expect(stepZoom('day', -1)).toBe('day')
    expect(stepZoom('day', 1)).toBe('week')
    expect(stepZoom('year', 1)).toBe('year')
  })

  it('convert between pixels and axis minutes both ways', () => {
    const origin = day('2027-01-01')
    expect(xFromTime(day('2027-01-03'), origin, 'day')).toBe(2 * PIXELS_PER_DAY.day)
    expect(timeFromX(2 * PIXELS_PER_DAY.week, origin, 'week')).toBe(day('2027-01-03'))
    expect(widthOf(7 * MINUTES_PER_DAY, 'week')).toBe(7 * PIXELS_PER_DAY.week)
  })
})

describe('header rows', () => {
  it('show months over days at day zoom, covering the visible range', () => {
    const { top, bottom } = headerRows(range('2027-03-30', '2027-04-03'), 'day')
    expect(top.map((c) => [c.date, c.value])).toEqual([
      ['2027-03-01', 3],
      ['2027-04-01', 4],
    ])
    expect(bottom.map((c) => c.value)).toEqual([30, 31, 1, 2])
    expect(bottom.every((c) => c.end - c.start === MINUTES_PER_DAY)).toBe(true)
  })

  it('show ISO weeks at week zoom, numbered like date-fns, with the week-numbering year', () => {
    const weeks = headerRows(range('2026-12-28', '2027-01-12'), 'week').bottom
    expect(weeks.map((c) => [c.date, c.year, c.value])).toEqual([
      ['2026-12-28', 2026, 53],
      ['2027-01-04', 2027, 1],
      ['2027-01-11', 2027, 2],
    ])
    fc.assert(
      fc.property(fc.integer({ min: day('2000-01-01') / MINUTES_PER_DAY, max: day('2060-01-01') / MINUTES_PER_DAY }), (d) => {
        const [cell] = headerCells('week', { start: d * MINUTES_PER_DAY, end: d * MINUTES_PER_DAY + 1 })
        const date = new Date(d * 86_400_000 + 12 * 3_600_000)
        expect(cell!.value).toBe(getISOWeek(date))
        expect(cell!.year).toBe(getISOWeekYear(date))
        expect(weekday(dayOf(cell!.start))).toBe(1)
      }),
    )
  })

  it('count weeks as the locale does: a US week starts on Sunday and week 1 holds 1 January', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2000-01-01') / MINUTES_PER_DAY, max: day('2060-01-01') / MINUTES_PER_DAY }),
        fc.constantFrom({ weekStartsOn: 0, firstWeekContainsDate: 1 }, { weekStartsOn: 1, firstWeekContainsDate: 4 }, { weekStartsOn: 6, firstWeekContainsDate: 1 }),
        (d, rule) => {
          const [cell] = headerCells('week', { start: d * MINUTES_PER_DAY, end: d * MINUTES_PER_DAY + 1 }, 10, rule)
          const date = new Date(d * 86_400_000 + 12 * 3_600_000)
          const options = rule as { weekStartsOn: 0 | 1 | 6; firstWeekContainsDate: 1 | 4 }
          expect(cell!.value).toBe(getWeek(date, options))
          expect(cell!.year).toBe(getWeekYear(date, options))
          expect(weekday(dayOf(cell!.start))).toBe(rule.weekStartsOn)
        },
      ),
    )
  })

  it('show years over months, quarters over months, and years over quarters at the wider zooms', () => {
    const visible = range('2027-11-15', '2028-02-01')
    const month = headerRows(visible, 'month')
    expect(month.top.map((c) => c.value)).toEqual([2027, 2028])
    expect(month.bottom.map((c) => c.date)).toEqual(['2027-11-01', '2027-12-01', '2028-01-01'])
    const quarter = headerRows(visible, 'quarter')
    expect(quarter.top.map((c) => [c.year, c.value, formatDate(c.end)])).toEqual([
      [2027, 4, '2028-01-01'],
      [2028, 1, '2028-04-01'],
    ])
    const year = headerRows(range('2027-01-01', '2029-01-01'), 'year')
    expect(year.top.map((c) => c.value)).toEqual([2027, 2028])
    expect(year.bottom).toHaveLength(8)
  })

  it('tile the range without gaps or overlaps', () => {
    for (const zoom of zoomLevels) {
      const { top, bottom } = headerRows(range('2027-01-17', '2028-03-09'), zoom)
      for (const row of [top, bottom]) {
        for (let i = 1; i < row.length; i++) expect(row[i]!.start).toBe(row[i - 1]!.end)
        expect(row[0]!.start).toBeLessThanOrEqual(day('2027-01-17'))
        expect(row.at(-1)!.end).toBeGreaterThanOrEqual(day('2028-03-09'))
      }
    }
  })
})

describe('weekends', () => {
  it('shade Saturday and Sunday as one range per weekend', () => {
    // 2027-03-27 is a Saturday.
    const ranges = weekendRanges(range('2027-03-24', '2027-04-05'))
    expect(ranges.map((r) => [formatWall(r.start), formatWall(r.end)])).toEqual([
      ['2027-03-27T00:00', '2027-03-29T00:00'],
      ['2027-04-03T00:00', '2027-04-05T00:00'],
    ])
  })

  it('follow other weekend days when given (Friday and Saturday)', () => {
    const ranges = weekendRanges(range('2027-03-24', '2027-03-30'), [5, 6])
    expect(ranges.map((r) => formatDate(r.start))).toEqual(['2027-03-26'])
    expect(ranges[0]!.end - ranges[0]!.start).toBe(2 * MINUTES_PER_DAY)
  })
})

describe('fit whole plan', () => {
  it('picks the most detailed zoom that shows every item with a margin', () => {
    const spans = [range('2027-01-11', '2027-03-01'), range('2027-11-20', '2028-03-01')]
    const fit = fitRange(spans, 1200)
    expect(fit?.zoom).toBe('quarter')
    expect(fit!.start).toBeLessThan(day('2027-01-11'))
    expect(widthOf(day('2028-03-01') - fit!.start, fit!.zoom)).toBeLessThanOrEqual(1200)
  })

  it('zooms to days for a short plan and has nothing to fit for an empty one', () => {
    expect(fitRange([range('2027-05-01', '2027-05-08')], 1200)?.zoom).toBe('day')
    expect(fitRange([], 1200)).toBeNull()
  })
})
