import type { Locale } from 'date-fns'
import type { TFunction } from 'i18next'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { adaptiveAxis, headerCells, weekendRanges, widthOf, xFromTime, type AxisRange, type HeaderCell } from '../../shared/timeline'
import { currentDateLocale, weekRuleOf } from '../i18n'
import { headerLabel } from './axis'

function clip(cells: HeaderCell[], canvas: AxisRange): HeaderCell[] {
  return cells.map((cell) => ({ ...cell, start: Math.max(cell.start, canvas.start), end: Math.min(cell.end, canvas.end) }))
}

// A header label is left out of a cell too narrow to hold it (the axis's first or last sliver of a
// year or month), rather than shown cut to "26". About 7 px a Latin character at the header's type,
// 12 px a Chinese one.
const fits = (text: string, width: number) => [...text].reduce((px, ch) => px + (ch.codePointAt(0)! >= 0x2e80 ? 12 : 7), 6) <= width

/** The cell's label in its long form where that fits, else its short form ("8" for "8日 周一"), else none. */
function fittedLabel(cell: HeaderCell, row: 'top' | 'bottom', long: boolean, width: number, t: TFunction, locale: Locale): string | null {
  const text = headerLabel(cell, row, long, t, locale)
  if (fits(text, width)) return text
  const short = long ? headerLabel(cell, row, false, t, locale) : text
  return short !== text && fits(short, width) ? short : null
}

/**
 * What the header and the grid draw from: the canvas's first and last moment, its scale and width,
 * today, and the lane-name column. Given as one prop, not read from the model, so an edit (a new
 * model, the same axis) does not draw them again.
 */
export interface CanvasAxis {
  origin: number
  end: number
  scale: number
  width: number
  today: number
  laneHeaderWidth: number
}

// Weekends are shaded once a day is this wide (px): from a little wider than month zoom.
const WEEKEND_MIN_PX = 8

/** The two header rows (e.g. months over days, adapted to the scale) for the time on screen, and the corner above the lane names. */
export const TimelineHeader = memo(function TimelineHeader({ window, cornerLabel, model }: { window: AxisRange; cornerLabel: string; model: CanvasAxis }) {
  const { t } = useTranslation()
  const scale = model.scale
  const locale = currentDateLocale()
  const canvas = { start: model.origin, end: model.end }
  const range = { start: Math.max(window.start, canvas.start), end: Math.min(window.end, canvas.end) }
  const axis = adaptiveAxis(scale)
  const rule = weekRuleOf(locale)
  const rows = { top: headerCells(axis.top, range, 5000, rule), bottom: headerCells(axis.bottom, range, 5000, rule) }
  const today = model.today
  const place = (cell: HeaderCell) => ({ left: xFromTime(cell.start, model.origin, scale), width: widthOf(cell.end - cell.start, scale) })

  return (
    <div className="tl-header" style={{ width: model.width + model.laneHeaderWidth }} aria-hidden="true">
      <div className="tl-corner">{cornerLabel}</div>
      <div className="tl-header-rows">
        <div className="tl-header-row tl-header-top">
          {clip(rows.top, canvas).map((cell) => {
            const at = place(cell)
            const text = fittedLabel(cell, 'top', axis.topLong, at.width, t, locale)
            return (
              <div key={cell.date} className="tl-header-cell" style={at}>
                {text !== null && <span className="tl-header-text">{text}</span>}
              </div>
            )
          })}
        </div>
        <div className="tl-header-row tl-header-bottom">
          {clip(rows.bottom, canvas).map((cell) => {
            const isToday = cell.unit === 'day' && today >= cell.start && today < cell.end
            const weekend = cell.unit === 'day' && weekendRanges(cell).some((w) => w.start === cell.start)
            const classes = ['tl-header-cell', isToday && 'is-today', weekend && 'is-weekend'].filter(Boolean).join(' ')
            const at = place(cell)
            const text = fittedLabel(cell, 'bottom', axis.bottomLong, at.width, t, locale)
            return (
              <div key={cell.date} className={classes} style={at}>
                {text !== null && <span className="tl-header-text">{text}</span>}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
})

/** Behind the lanes: a line per header cell, weekend shading at day and week zoom, and the today line. */
export const TimelineGrid = memo(function TimelineGrid({ window, height, model }: { window: AxisRange; height: number; model: CanvasAxis }) {
  const scale = model.scale
  const range = { start: Math.max(window.start, model.origin), end: Math.min(window.end, model.end) }
  const lines = headerCells(adaptiveAxis(scale).bottom, range, 5000, weekRuleOf(currentDateLocale()))
  const weekends = scale >= WEEKEND_MIN_PX ? weekendRanges(range) : []
  const x = (time: number) => xFromTime(time, model.origin, scale)
  const todayVisible = model.today >= range.start && model.today < range.end
  return (
    <div className="tl-grid" style={{ height, width: model.width }} aria-hidden="true">
      {weekends.map((w) => (
        <div key={w.start} className="tl-weekend" style={{ left: x(w.start), width: widthOf(w.end - w.start, scale) }} />
      ))}
      {lines.map((cell) => (
        <div key={cell.date} className="tl-gridline" style={{ left: x(cell.start) }} />
      ))}
      {todayVisible && <div className="tl-today" style={{ left: x(model.today) }} />}
    </div>
  )
})
