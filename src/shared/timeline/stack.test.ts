import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { stackLane, type StackInput } from './stack'

const item = (id: string, start: number, end: number): StackInput => ({ id, start, end })

function occupied(x: StackInput, minWidth: number): [number, number] {
  return [x.start, Math.max(x.end, x.start + Math.max(1, minWidth))]
}

function maxDepth(items: StackInput[], minWidth: number): number {
  // Ends sort before starts at the same minute: touching items do not overlap.
  const points = items.flatMap((x) => {
    const [s, e] = occupied(x, minWidth)
    return [
      [s, 1],
      [e, -1],
    ]
  })
  points.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
  let depth = 0
  let max = 0
  for (const [, change] of points) max = Math.max(max, (depth += change!))
  return max
}

describe('stacking a lane', () => {
  it('puts overlapping items on separate rows and reuses a row once it is free', () => {
    const { rows, rowCount } = stackLane([item('a', 0, 100), item('b', 50, 150), item('c', 100, 200), item('d', 160, 170)])
    expect(rows).toEqual([0, 1, 0, 1])
    expect(rowCount).toBe(2)
  })

  it('orders equal starts by id, whatever the input order', () => {
    expect(stackLane([item('z', 0, 10), item('a', 0, 10)]).rows).toEqual([1, 0])
  })

  it('keeps room for milestone diamonds with the minimum width', () => {
    const milestones = [item('r1', 100, 100), item('r2', 100, 100), item('r3', 130, 130)]
    expect(stackLane(milestones, 60).rows).toEqual([0, 1, 2])
    expect(stackLane(milestones, 20).rows).toEqual([0, 1, 0])
    expect(stackLane([]).rowCount).toBe(0)
  })

  it('never lets two items of one row overlap and uses exactly the maximum overlap depth of rows', () => {
    const arbitraryItems = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 })), { maxLength: 80 })
      .map((list) => list.map(([s, n], i) => item(`i${i}`, s, s + (n < 30 ? 0 : n))))
    fc.assert(
      fc.property(arbitraryItems, fc.integer({ min: 0, max: 60 }), (items, minWidth) => {
        const { rows, rowCount } = stackLane(items, minWidth)
        expect(rowCount).toBe(maxDepth(items, minWidth))
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (rows[i] !== rows[j]) continue
            const [s1, e1] = occupied(items[i]!, minWidth)
            const [s2, e2] = occupied(items[j]!, minWidth)
            expect(s1 < e2 && s2 < e1).toBe(false)
          }
        }
      }),
    )
  })
})
