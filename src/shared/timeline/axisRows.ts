// The header rows of the timeline for any scale: the finest calendar unit whose cells are wide
// enough for a label at the bottom, the next coarser one on top, and whether labels are written
// long ("Thu 15", "April") or short ("15", "Apr").
import type { HeaderUnit } from './scale'

/** The two header rows at a scale, and how the bottom and top rows' labels are written. */
export interface AxisRows {
  top: HeaderUnit
  bottom: HeaderUnit
  /** Bottom labels in full ("Thu 15", "Week 16 · 12 Apr", "April") or short ("15", "W16", "Apr"). */
  bottomLong: boolean
  /** Top labels in full ("April 2027") or short ("Apr 2027"). */
  topLong: boolean
}

/** Days in one unit, on average. */
export const UNIT_DAYS: Readonly<Record<HeaderUnit, number>> = { day: 1, week: 7, month: 365.2425 / 12, quarter: 365.2425 / 4, year: 365.2425, decade: 3652.425 }

// The narrowest cell (px) that holds a unit's short and long label at the header's 12px type.
const SHORT_PX: Readonly<Record<HeaderUnit, number>> = { day: 22, week: 34, month: 30, quarter: 26, year: 34, decade: 46 }
const LONG_PX: Readonly<Record<HeaderUnit, number>> = { day: 44, week: 104, month: 72, quarter: 64, year: 34, decade: 46 }
const TOP_OF: Readonly<Record<HeaderUnit, HeaderUnit>> = { day: 'month', week: 'month', month: 'year', quarter: 'year', year: 'decade', decade: 'decade' }
const TOP_LONG_PX: Readonly<Record<HeaderUnit, number>> = { day: 110, week: 110, month: 110, quarter: 80, year: 38, decade: 46 }
const BOTTOM_UNITS: readonly HeaderUnit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade']

/** The header rows for `pxPerDay` (CSS pixels per day): every bottom cell wide enough for its label. */
export function adaptiveAxis(pxPerDay: number): AxisRows {
  const bottom = BOTTOM_UNITS.find((unit) => UNIT_DAYS[unit] * pxPerDay >= SHORT_PX[unit]) ?? 'decade'
  const top = TOP_OF[bottom]
  return {
    top,
    bottom,
    bottomLong: UNIT_DAYS[bottom] * pxPerDay >= LONG_PX[bottom],
    topLong: UNIT_DAYS[top] * pxPerDay >= TOP_LONG_PX[top],
  }
}
