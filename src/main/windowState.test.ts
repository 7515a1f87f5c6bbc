import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultWindowSize, readWindowState, restoreWindowState, type Bounds } from './windowState'

const laptop: Bounds = { x: 0, y: 0, width: 1440, height: 870 }
const monitor: Bounds = { x: 1440, y: -200, width: 2560, height: 1400 }
const inside = (w: Bounds, area: Bounds) => w.x >= area.x && w.y >= area.y && w.x + w.width <= area.x + area.width && w.y + w.height <= area.y + area.height

describe('where a window opens', () => {
  it('opens where it was closed when that display is still there, maximised again if it was', () => {
    const saved = { x: 1600, y: 0, width: 1800, height: 1000, maximized: true }
    expect(restoreWindowState(saved, [laptop, monitor])).toEqual(saved)
  })

  it('comes back onto the laptop, shrunk to fit, when the monitor it was on is unplugged', () => {
    const restored = restoreWindowState({ x: 1600, y: 0, width: 1800, height: 1000, maximized: false }, [laptop])
    expect(inside(restored, laptop)).toBe(true)
    expect(restored).toMatchObject({ width: laptop.width, height: laptop.height, maximized: false })
  })

  it('never leaves the title bar above the top of the screen', () => {
    expect(restoreWindowState({ x: 100, y: -300, width: 800, height: 600, maximized: false }, [laptop]).y).toBe(0)
  })

  it('opens a first window at the default size, centred on the primary display', () => {
    const first = restoreWindowState(undefined, [laptop, monitor])
    expect(first).toMatchObject(defaultWindowSize)
    expect(first.x * 2 + first.width).toBe(laptop.width)
  })

  it('whatever was remembered and whatever displays there are, the window is wholly on one of them', () => {
    const rect = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 1, max: 6000 }), height: fc.integer({ min: 1, max: 6000 }) })
    const display = fc.record({ x: fc.integer({ min: -4000, max: 4000 }), y: fc.integer({ min: -4000, max: 4000 }), width: fc.integer({ min: 800, max: 4000 }), height: fc.integer({ min: 600, max: 3000 }) })
    fc.assert(
      fc.property(rect, fc.boolean(), fc.array(display, { minLength: 1, maxLength: 3 }), (saved, maximized, displays) => {
        const restored = restoreWindowState({ ...saved, maximized }, displays)
        expect(displays.some((d) => inside(restored, d))).toBe(true)
        expect(restored.maximized).toBe(maximized)
      }),
    )
  })

  it('ignores a damaged remembered state', () => {
    expect(readWindowState({ x: 'left', y: 0, width: 800, height: 600 })).toBeUndefined()
    expect(readWindowState({ x: 0, y: 0, width: -1, height: 600 })).toBeUndefined()
    expect(readWindowState(null)).toBeUndefined()
    expect(readWindowState({ x: 10.4, y: 20, width: 800, height: 600, maximized: 'yes' })).toEqual({ x: 10, y: 20, width: 800, height: 600, maximized: false })
  })
})
