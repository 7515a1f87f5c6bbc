import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { adaptiveAxis, UNIT_DAYS } from './axisRows'
import { PIXELS_PER_DAY, xFromTime, zoomLevels } from './scale'
import { wallMinutes } from './time'
import { clampScale, fitView, MAX_SCALE, MIN_SCALE, nearestZoom, stepScale, wheelScale } from './zoom'

const day = (date: string) => wallMinutes(date)

describe('continuous zoom', () => {
  it('names each preset as the nearest zoom of its own scale', () => {
    for (const zoom of zoomLevels) expect(nearestZoom(PIXELS_PER_DAY[zoom])).toBe(zoom)
    expect(nearestZoom(3)).toBe('month')
    expect(nearestZoom(0.2)).toBe('year')
  })

  it('zooms by steps and by the wheel between a day and several decades, never past the ends', () => {
    expect(stepScale(4, -1)).toBeCloseTo(6)
    expect(stepScale(4, 1)).toBeCloseTo(4 / 1.5)
    expect(stepScale(MAX_SCALE, -1)).toBe(MAX_SCALE)
    expect(stepScale(MIN_SCALE, 1)).toBe(MIN_SCALE)
    expect(wheelScale(4, 100)).toBeLessThan(4)
    expect(wheelScale(4, -100)).toBeGreaterThan(4)
    expect(clampScale(Number.NaN)).toBe(PIXELS_PER_DAY.month)
  })
})

describe('fit', () => {
  it('shows a plan of three weeks to eight years edge to edge with under 10 % of the width empty (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 }), fc.integer({ min: 20, max: 8 * 365 }), fc.integer({ min: 300, max: 3000 }), (offset, days, width) => {
        const start = day('2026-01-01') + offset * 1440
        const spans = [{ start, end: start + days * 1440 }]
        const fitted = fitView(spans, width)!
        const left = xFromTime(start, fitted.start, fitted.pxPerDay)
        const right = xFromTime(start + days * 1440, fitted.start, fitted.pxPerDay)
        expect(left).toBeGreaterThanOrEqual(0)
        expect(right).toBeLessThanOrEqual(width + 1e-6)
        expect((left + (width - right)) / width).toBeLessThan(0.1)
      }),
    )
  })

  it('fits the sample-sized year and a selection of a few days, and says nothing for an empty plan', () => {
    const year = fitView([{ start: day('2027-01-10'), end: day('2027-03-01') }, { start: day('2027-06-01'), end: day('2027-12-20') }], 1000)!
    expect(year.start).toBeLessThan(day('2027-01-10'))
    expect(xFromTime(day('2027-12-20'), year.start, year.pxPerDay)).toBeGreaterThan(940)
    const days = fitView([{ start: day('2027-05-12'), end: day('2027-05-15') }], 1000)!
    expect(days.pxPerDay).toBeGreaterThan(PIXELS_PER_DAY.day)
    expect(fitView([], 1000)).toBeNull()
  })
})

describe('adaptive axis', () => {
  it('keeps the five presets reading as before: days, weeks, months, months, quarters', () => {
    expect(adaptiveAxis(PIXELS_PER_DAY.day)).toMatchObject({ top: 'month', bottom: 'day', bottomLong: true })
    expect(adaptiveAxis(PIXELS_PER_DAY.week)).toMatchObject({ top: 'month', bottom: 'week', bottomLong: true })
    expect(adaptiveAxis(PIXELS_PER_DAY.month)).toMatchObject({ top: 'year', bottom: 'month', bottomLong: true })
    expect(adaptiveAxis(PIXELS_PER_DAY.quarter)).toMatchObject({ top: 'year', bottom: 'month', bottomLong: false })
    expect(adaptiveAxis(PIXELS_PER_DAY.year)).toMatchObject({ top: 'year', bottom: 'quarter' })
  })

  it('shows years under decades when zoomed out to several decades', () => {
    expect(adaptiveAxis(MIN_SCALE)).toMatchObject({ top: 'decade', bottom: 'year' })
  })

  it('always has bottom cells wide enough for a label and a top row coarser than the bottom (property)', () => {
    const order = ['day', 'week', 'month', 'quarter', 'year', 'decade']
    fc.assert(
      fc.property(fc.double({ min: MIN_SCALE, max: MAX_SCALE, noNaN: true }), (scale) => {
        const rows = adaptiveAxis(scale)
        expect(UNIT_DAYS[rows.bottom] * scale).toBeGreaterThanOrEqual(22)
        expect(order.indexOf(rows.top)).toBeGreaterThanOrEqual(Math.min(order.indexOf(rows.bottom) + 1, 5))
        // Zooming out never makes the bottom unit finer.
        expect(order.indexOf(adaptiveAxis(scale / 2).bottom)).toBeGreaterThanOrEqual(order.indexOf(rows.bottom))
      }),
    )
  })
})
