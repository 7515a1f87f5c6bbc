// The timeline's renderer-side rules without a browser: lanes are laid out without overlaps, only
// items near the screen are picked, and the arrow keys walk lanes and items in date order.
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '../../src/shared/format'
import { sampleText } from '../support/plans'
import { extentOf, MINUTES_PER_DAY, wallMinutes, type ItemRef } from '../../src/shared/timeline'
import { canvasRange } from '../../src/renderer/timeline/axis'
import { itemsInRange, laneAtY, laneBoxes, stackLanes } from '../../src/renderer/timeline/layout'
import { laneFocusKey, nextFocus } from '../../src/renderer/timeline/navigation'

function sample(): Project {
  const result = parseProject(sampleText)
  if (!result.ok) throw new Error('the sample plan does not parse')
  return result.project
}

const label = (ref: Pick<ItemRef, 'id'>) => ref.id

describe('lane layout', () => {
  const plan = sample()
  const lanes = stackLanes(plan, 'partner', [], 'month', label)

  it('items in one lane never overlap in the same sub-row', () => {
    for (const lane of lanes) {
      for (const a of lane.items) {
        for (const b of lane.items) {
          if (a === b || a.row !== b.row) continue
          expect(a.occEnd <= b.occStart || b.occEnd <= a.occStart).toBe(true)
        }
      }
    }
  })

  it('lanes stack from the top without gaps, and a height finds its lane', () => {
    const { boxes, total } = laneBoxes(lanes, new Set([lanes[0]!.lane.key]))
    expect(boxes[0]!.collapsed).toBe(true)
    boxes.forEach((box, i) => expect(box.top).toBe(i === 0 ? 0 : boxes[i - 1]!.top + boxes[i - 1]!.height))
    expect(total).toBe(boxes.at(-1)!.top + boxes.at(-1)!.height)
    expect(laneAtY(boxes, boxes[2]!.top + 1)).toBe(2)
    expect(laneAtY(boxes, -10)).toBe(0)
    expect(laneAtY(boxes, total + 100)).toBe(boxes.length - 1)
  })

  it('only the items touching the time on screen are picked', () => {
    const almaty = lanes.find((lane) => lane.lane.key === 'p-almaty-museum')!
    const may = { start: wallMinutes('2027-05-01'), end: wallMinutes('2027-05-31') }
    expect(itemsInRange(almaty, may).map((item) => item.ref.id)).toContain('e-silk-treasures-almaty')
    const winter = { start: wallMinutes('2026-12-01'), end: wallMinutes('2026-12-31') }
    expect(itemsInRange(almaty, winter)).toEqual([])
  })

  it('the canvas covers the plan with a margin, whole months, and at least the window, ending soon after the plan', () => {
    const range = canvasRange(extentOf([{ start: wallMinutes('2027-01-11'), end: wallMinutes('2028-03-01') }]), wallMinutes('2020-01-01'), 0)
    expect(range.start).toBe(wallMinutes('2026-10-01'))
    expect(range.end).toBe(wallMinutes('2028-04-01'))
    const wide = canvasRange(extentOf([{ start: wallMinutes('2027-01-11'), end: wallMinutes('2027-01-12') }]), wallMinutes('2020-01-01'), 5000 * MINUTES_PER_DAY)
    expect(wide.end - wide.start).toBeGreaterThanOrEqual(5000 * MINUTES_PER_DAY)
    expect(wide.end - wide.start).toBeLessThan(5062 * MINUTES_PER_DAY)
  })

  it('the canvas grows as far as the view has been scrolled', () => {
    const plan = [{ start: wallMinutes('2027-01-11'), end: wallMinutes('2028-03-01') }]
    const range = canvasRange(extentOf(plan), wallMinutes('2020-01-01'), 0, wallMinutes('2030-06-15'))
    expect(range.end).toBe(wallMinutes('2030-08-01'))
  })
})

describe('arrow keys on the timeline', () => {
  const plan = sample()
  const lanes = stackLanes(plan, 'partner', [], 'month', label)
  const { boxes } = laneBoxes(lanes, new Set())
  const placed = new Map(lanes.flatMap((lane, laneIndex) => lane.items.map((item) => [item.key, { laneIndex }] as const)))
  const first = lanes[0]!

  it('walk from a lane header through its items in date order', () => {
    let key = laneFocusKey(first.lane.key)
    key = nextFocus(lanes, boxes, placed, key, 'right')!
    expect(key).toBe(`grip:${first.lane.key}`)
    key = nextFocus(lanes, boxes, placed, key, 'right')!
    expect(key).toBe(first.items[0]!.key)
    expect(nextFocus(lanes, boxes, placed, key, 'right')).toBe(first.items[1]!.key)
    expect(nextFocus(lanes, boxes, placed, first.items.at(-1)!.key, 'right')).toBeNull()
  })

  it('go down to the nearest item in time of the next lane', () => {
    const from = first.items[0]!
    const down = nextFocus(lanes, boxes, placed, from.key, 'down')!
    const next = lanes[1]!.items
    const nearest = next.reduce((best, item) => (Math.abs(item.start - from.start) < Math.abs(best.start - from.start) ? item : best))
    expect(down).toBe(nearest.key)
  })
})
