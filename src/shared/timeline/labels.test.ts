import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_LABEL_METRICS, placeLabels, type LabelInput } from './labels'

const bar = (left: number, width: number, textWidth: number): LabelInput => ({ left, width, textWidth })

describe('label placement', () => {
  it('puts a title that fits inside its bar', () => {
    expect(placeLabels([bar(100, 200, 120)])).toEqual([{ mode: 'inside', x: 106, width: 120 }])
  })

  it('puts a title after a short bar when the row is free until the next item', () => {
    const [first] = placeLabels([bar(0, 40, 150), bar(300, 100, 50)])
    expect(first).toEqual({ mode: 'after', x: 46, width: 150 })
  })

  it('cuts a title short inside its bar when the next item is too close for it', () => {
    const [first] = placeLabels([bar(0, 120, 300), bar(140, 100, 50)])
    expect(first).toEqual({ mode: 'clipped', x: 6, width: 108 })
  })

  it('uses the wider free space after a tiny bar for a cut title, and none when there is no room at all', () => {
    const [wide, none] = placeLabels([bar(0, 8, 300), bar(100, 8, 300), bar(112, 8, 10)])
    expect(wide).toEqual({ mode: 'clipped', x: 14, width: 80 })
    expect(none!.mode).toBe('none')
  })

  it('stops a title after the last bar at the end of the canvas', () => {
    const [last] = placeLabels([bar(900, 20, 200)], 1000)
    expect(last).toEqual({ mode: 'clipped', x: 926, width: 74 })
  })

  it('never draws a title over another item of its row or past its bar when inside (property)', () => {
    const rows = fc
      .array(fc.record({ gap: fc.integer({ min: 6, max: 400 }), width: fc.integer({ min: 1, max: 500 }), textWidth: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 30 })
      .map((specs) => {
        let x = 0
        return specs.map((s) => {
          const item = bar(x + s.gap, s.width, s.textWidth)
          x = item.left + item.width
          return item
        })
      })
    fc.assert(
      fc.property(rows, (row) => {
        const placed = placeLabels(row)
        placed.forEach((p, i) => {
          const item = row[i]!
          if (p.mode === 'none') return
          expect(p.width).toBeGreaterThan(0)
          expect(p.width).toBeLessThanOrEqual(item.textWidth)
          const end = p.x + p.width
          for (const [j, other] of row.entries()) {
            if (j === i) continue
            // No overlap with another bar.
            expect(end <= other.left || p.x >= other.left + other.width).toBe(true)
          }
          if (p.mode === 'inside') expect(end).toBeLessThanOrEqual(item.left + item.width)
          if (p.mode !== 'clipped') expect(p.width).toBe(item.textWidth)
          // A title that fits inside is always inside.
          if (item.textWidth <= item.width - 2 * DEFAULT_LABEL_METRICS.padding) expect(p.mode).toBe('inside')
        })
      }),
    )
  })
})
