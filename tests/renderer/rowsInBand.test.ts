// The sub-rows a lane renders for a band of canvas heights: exactly those whose row box touches it.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { barTop, ROW_METRICS, rowsInBand } from '../../src/renderer/timeline/layout'

describe('rowsInBand', () => {
  it('keeps exactly the rows that overlap the band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: -2000, max: 12000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(ROW_METRICS.comfortable, ROW_METRICS.compact),
        (laneTop, rowCount, bandTop, bandHeight, metrics) => {
          const box = { top: laneTop, height: rowCount * metrics.rowHeight + 2 * metrics.lanePadding, collapsed: false }
          const band = { top: bandTop, bottom: bandTop + bandHeight }
          const { first, last } = rowsInBand(box, rowCount, band, metrics)
          for (let row = 0; row < rowCount; row++) {
            const rowTop = barTop(laneTop, row, metrics) - (metrics.rowHeight - metrics.barHeight) / 2
            const touches = rowTop < band.bottom && rowTop + metrics.rowHeight > band.top
            expect(row >= first && row <= last).toBe(touches)
          }
        },
      ),
    )
  })

  it('shows all of a collapsed lane on screen and none of one off it', () => {
    const box = { top: 100, height: 30, collapsed: true }
    expect(rowsInBand(box, 40, { top: 0, bottom: 120 })).toEqual({ first: 0, last: 39 })
    expect(rowsInBand(box, 40, { top: 200, bottom: 900 }).last).toBeLessThan(0)
  })
})
