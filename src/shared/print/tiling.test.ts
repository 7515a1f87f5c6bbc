import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysFromCivil } from '../timeline'
import { dayOfDate, printDays } from './range'
import { pageBox } from './settings'
import { DEFAULT_TIMELINE_METRICS, MIN_LABEL_PT, tileTimeline, type LaneRows } from './tiling'

const year2027 = { first: daysFromCivil(2027, 1, 1), last: daysFromCivil(2027, 12, 31) }
const lanes = (n: number, rows = 1): LaneRows[] => Array.from({ length: n }, (_, i) => ({ key: `p${i}`, rows }))
const a4Landscape = pageBox({ paper: 'A4', orientation: 'landscape', margins: 'normal' })

describe('timeline tiling', () => {
  it('prints a year at three months per page as four pages across, each starting on the first of a month', () => {
    const tiling = tileTimeline({ days: year2027, lanes: lanes(5), ...a4Landscape, scale: { mode: 'unit', unit: 'month', count: 3 } })
    expect(tiling.columns.map((c) => c.first)).toEqual([1, 4, 7, 10].map((m) => daysFromCivil(2027, m, 1)))
    expect(tiling.pages).toHaveLength(4)
    expect(tiling.pages.map((p) => p.number)).toEqual([1, 2, 3, 4])
  })

  it('puts thirty lanes on more than one row of pages and repeats every column on each row', () => {
    const tiling = tileTimeline({ days: year2027, lanes: lanes(30, 2), ...a4Landscape, scale: { mode: 'fit', pagesWide: 2 } })
    expect(tiling.rows.length).toBeGreaterThan(1)
    expect(tiling.pages).toHaveLength(tiling.rows.length * 2)
    // Numbered across, then down.
    expect(tiling.pages.slice(0, 3).map((p) => [p.row, p.column])).toEqual([[0, 0], [0, 1], [1, 0]])
  })

  it('cuts a lane taller than a page between its stacked rows, never losing a row', () => {
    const tiling = tileTimeline({ days: year2027, lanes: [{ key: 'big', rows: 80 }], ...a4Landscape, scale: { mode: 'fit', pagesWide: 1 } })
    const slices = tiling.rows.flat()
    expect(slices.length).toBeGreaterThan(1)
    expect(slices.map((s) => [s.fromRow, s.toRow]).flat()).toEqual(slices.flatMap((s, i) => [i === 0 ? 0 : slices[i - 1]!.toRow, s.toRow]))
    expect(slices.at(-1)!.toRow).toBe(80)
  })

  it('takes more pages rather than printing month names below 7 pt when asked to fit ten years on one page', () => {
    const tenYears = { first: daysFromCivil(2020, 1, 1), last: daysFromCivil(2029, 12, 31) }
    const tiling = tileTimeline({ days: tenYears, lanes: lanes(3), ...pageBox({ paper: 'A4', orientation: 'portrait', margins: 'wide' }), scale: { mode: 'fit', pagesWide: 1 } })
    expect(tiling.columns.length).toBeGreaterThan(1)
    expect(tiling.ptPerDay * 31).toBeGreaterThanOrEqual(22)
    expect(DEFAULT_TIMELINE_METRICS.labelPt).toBeGreaterThanOrEqual(MIN_LABEL_PT)
  })

  it('covers every day of the range exactly once, and every lane row once per column (any paper, scale, lanes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.constantFrom('A4', 'A3', 'Letter', 'Legal' as const),
        fc.constantFrom('portrait', 'landscape' as const),
        fc.oneof(
          fc.record({ mode: fc.constant('unit' as const), unit: fc.constantFrom('day', 'week', 'month' as const), count: fc.integer({ min: 1, max: 40 }) }),
          fc.record({ mode: fc.constant('fit' as const), pagesWide: fc.integer({ min: 1, max: 6 }) }),
        ),
        (start, length, rows, paper, orientation, scale) => {
          const days = { first: year2027.first + start, last: year2027.first + start + length }
          const box = pageBox({ paper, orientation, margins: 'normal' })
          const tiling = tileTimeline({ days, lanes: rows.map((r, i) => ({ key: `l${i}`, rows: r })), ...box, scale })
          let next = days.first
          for (const column of tiling.columns) {
            expect(column.first).toBe(next)
            expect(column.last).toBeGreaterThanOrEqual(column.first)
            expect((column.last - column.first + 1) * tiling.ptPerDay).toBeLessThanOrEqual(tiling.bodyWidth + 1e-6)
            next = column.last + 1
          }
          expect(next).toBe(days.last + 1)
          const printedRows = tiling.rows.flat().reduce((sum, s) => sum + s.toRow - s.fromRow, 0)
          expect(printedRows).toBe(rows.reduce((sum, r) => sum + Math.max(1, r), 0))
          for (const slices of tiling.rows) {
            const height = slices.reduce((sum, s) => sum + s.height, 0)
            expect(slices.length === 1 || height <= tiling.bodyHeight).toBe(true)
          }
          expect(tiling.pages).toHaveLength(tiling.columns.length * tiling.rows.length)
        },
      ),
    )
  })
})

describe('print range', () => {
  it('finds this month, quarter and year around today, and a custom range in either order', () => {
    const today = '2027-05-14'
    expect(printDays({ range: 'month', from: '', to: '' }, today, null)).toEqual({ first: dayOfDate('2027-05-01'), last: dayOfDate('2027-05-31') })
    expect(printDays({ range: 'quarter', from: '', to: '' }, today, null)).toEqual({ first: dayOfDate('2027-04-01'), last: dayOfDate('2027-06-30') })
    expect(printDays({ range: 'year', from: '', to: '' }, '2027-12-31', null)).toEqual(year2027)
    expect(printDays({ range: 'custom', from: '2027-09-10', to: '2027-09-01' }, today, null)).toEqual({ first: dayOfDate('2027-09-01'), last: dayOfDate('2027-09-10') })
  })
})
