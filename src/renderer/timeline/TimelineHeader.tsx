import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { headerRows, weekendRanges, widthOf, xFromTime, type AxisRange, type HeaderCell } from '../../shared/timeline'
import { currentDateLocale, weekRuleOf } from '../i18n'
import { headerLabel } from './axis'
import { useModel } from './context'
import { LANE_HEADER_WIDTH } from './layout'

function clip(cells: HeaderCell[], canvas: AxisRange): HeaderCell[] {
  return cells.map((cell) => ({ ...cell, start: Math.max(cell.start, canvas.start), end: Math.min(cell.end, canvas.end) }))
}

/** The two header rows (e.g. months over days) for the time on screen, and the corner above the lane names. */
export const TimelineHeader = memo(function TimelineHeader({ window, cornerLabel }: { window: AxisRange; cornerLabel: string }) {
  const { t } = useTranslation()
  const model = useModel()
  const zoom = model.view.zoom
  const locale = currentDateLocale()
  const canvas = { start: model.origin, end: model.end }
  const range = { start: Math.max(window.start, canvas.start), end: Math.min(window.end, canvas.end) }
  const rows = headerRows(range, zoom, weekRuleOf(locale))
  const today = model.today
  const place = (cell: HeaderCell) => ({ left: xFromTime(cell.start, model.origin, zoom), width: widthOf(cell.end - cell.start, zoom) })

  return (
    <div className="tl-header" style={{ width: model.width + LANE_HEADER_WIDTH }} aria-hidden="true">
      <div className="tl-corner">{cornerLabel}</div>
      <div className="tl-header-rows">
        <div className="tl-header-row tl-header-top">
          {clip(rows.top, canvas).map((cell) => (
            <div key={cell.date} className="tl-header-cell" style={place(cell)}>
              <span className="tl-header-text">{headerLabel(cell, zoom, 'top', t, locale)}</span>
            </div>
          ))}
        </div>
        <div className="tl-header-row tl-header-bottom">
          {clip(rows.bottom, canvas).map((cell) => {
            const isToday = cell.unit === 'day' && today >= cell.start && today < cell.end
            const weekend = cell.unit === 'day' && weekendRanges(cell).some((w) => w.start === cell.start)
            const classes = ['tl-header-cell', isToday && 'is-today', weekend && 'is-weekend'].filter(Boolean).join(' ')
            return (
              <div key={cell.date} className={classes} style={place(cell)}>
                <span className="tl-header-text">{headerLabel(cell, zoom, 'bottom', t, locale)}</span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
})

/** Behind the lanes: a line per header cell, weekend shading at day and week zoom, and the today line. */
export const TimelineGrid = memo(function TimelineGrid({ window, height }: { window: AxisRange; height: number }) {
  const model = useModel()
  const zoom = model.view.zoom
  const range = { start: Math.max(window.start, model.origin), end: Math.min(window.end, model.end) }
  const lines = headerRows(range, zoom, weekRuleOf(currentDateLocale())).bottom
  const weekends = zoom === 'day' || zoom === 'week' ? weekendRanges(range) : []
  const x = (time: number) => xFromTime(time, model.origin, zoom)
  const todayVisible = model.today >= range.start && model.today < range.end
  return (
    <div className="tl-grid" style={{ height, width: model.width }} aria-hidden="true">
      {weekends.map((w) => (
        <div key={w.start} className="tl-weekend" style={{ left: x(w.start), width: widthOf(w.end - w.start, zoom) }} />
      ))}
      {lines.map((cell) => (
        <div key={cell.date} className="tl-gridline" style={{ left: x(cell.start) }} />
      ))}
      {todayVisible && <div className="tl-today" style={{ left: x(model.today) }} />}
    </div>
  )
})
