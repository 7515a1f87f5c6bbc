import { describe, expect, it } from 'vitest'
import { arrowPoints, roundedPath } from './arrows'

describe('dependency arrows', () => {
  it('run straight along a row when the next item starts just after, else along the gap under the row (not under the titles between)', () => {
    expect(arrowPoints({ from: { x: 10, y: 20 }, to: { x: 50, y: 20 }, gapY: 34 })).toEqual([
      { x: 10, y: 20 },
      { x: 50, y: 20 },
    ])
    const long = arrowPoints({ from: { x: 10, y: 20 }, to: { x: 300, y: 20 }, gapY: 34 })
    expect(long.filter((p) => p.y === 34)).toHaveLength(2)
  })

  it('turn down beside the end of the first bar and into the start of the next one, only in right angles', () => {
    const points = arrowPoints({ from: { x: 10, y: 20 }, to: { x: 80, y: 78 }, gapY: 64 })
    for (let i = 1; i < points.length; i++) expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y).toBe(true)
    expect(points.at(-1)).toEqual({ x: 80, y: 78 })
  })

  it('loop back along the gap between rows when the next item starts too early (a broken dependency)', () => {
    const points = arrowPoints({ from: { x: 100, y: 20 }, to: { x: 40, y: 20 }, gapY: 34 })
    expect(points.some((p) => p.y === 34)).toBe(true)
    expect(Math.min(...points.map((p) => p.x))).toBe(32)
  })

  it('round the corners', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 20 }])).toBe('M0,0 L16,0 Q20,0 20,4 L20,20')
  })
})
