// Where a Caravan window opens: the size, position and maximised state it had when it was last
// closed, put back on a display that is still there. A display unplugged since (a laptop off its
// dock) never leaves the window out of reach: it moves onto the nearest display and shrinks to fit.

/** A rectangle in screen pixels (Electron's `Rectangle`). */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** A window as remembered in main's settings: its normal (not maximised) bounds and whether it was maximised. */
export interface WindowState extends Bounds {
  maximized: boolean
}

/** The smallest window Caravan opens (BrowserWindow minWidth/minHeight). */
export const minWindowSize = { width: 720, height: 480 } as const
/** The size of a first window, before anything is remembered. */
export const defaultWindowSize = { width: 1280, height: 820 } as const

const isFiniteInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6

/** A remembered window state read back from settings, or undefined when it is damaged. */
export function readWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  if (![v.x, v.y, v.width, v.height].every(isFiniteInt)) return undefined
  if ((v.width as number) <= 0 || (v.height as number) <= 0) return undefined
  return { x: Math.round(v.x as number), y: Math.round(v.y as number), width: Math.round(v.width as number), height: Math.round(v.height as number), maximized: v.maximized === true }
}

const overlap = (a: Bounds, b: Bounds): number => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
const distance = (a: Bounds, b: Bounds): number => {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0)
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0)
  return dx * dx + dy * dy
}
const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), Math.max(lo, hi))

/**
 * The bounds to open a window with, given what was remembered and the work areas of the displays
 * there are now (first: the primary). Without a remembered state: the default size, centred on the
 * primary display. Otherwise the remembered bounds, moved onto the display they overlap most (or
 * the nearest) and shrunk to fit it, so the whole window is on screen.
 */
export function restoreWindowState(saved: WindowState | undefined, displays: readonly Bounds[]): WindowState {
  const primary = displays[0]
  if (!primary) return { x: 0, y: 0, ...(saved ?? defaultWindowSize), maximized: saved?.maximized ?? false }
  if (!saved) {
    const width = Math.min(defaultWindowSize.width, primary.width)
    const height = Math.min(defaultWindowSize.height, primary.height)
    return { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height, maximized: false }
  }
  const ranked = [...displays].sort((a, b) => overlap(saved, b) - overlap(saved, a) || distance(saved, a) - distance(saved, b))
  const area = ranked[0]!
  const width = clamp(saved.width, Math.min(minWindowSize.width, area.width), area.width)
  const height = clamp(saved.height, Math.min(minWindowSize.height, area.height), area.height)
  const x = clamp(saved.x, area.x, area.x + area.width - width)
  const y = clamp(saved.y, area.y, area.y + area.height - height)
  return { x, y, width, height, maximized: saved.maximized }
}
