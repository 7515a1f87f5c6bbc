// One printed page of the timeline: title and legend, the time header and lane labels repeated on
// every page, bars clipped to the page's days (a bar continued from the page before is labelled
// again, with ◂), dependency arrows and warnings. Sizes in points; colours come with a pattern per
// kind and an outline per status, so a black-and-white copy still tells them apart.
import { useTranslation } from 'react-i18next'
import { headerCells, MINUTES_PER_DAY, type HeaderCell, type HeaderUnit } from '../../shared/timeline'
import { DEFAULT_TIMELINE_METRICS as M, type TimelinePage } from '../../shared/print'
import { colorKey, legendSwatches } from '../timeline/colors'
import type { PrintBar, PrintModel } from './model'
import type { PrintText } from './printText'
import { PageHead, type SheetContext } from './PageParts'

type TimelineModel = Extract<PrintModel, { layout: 'timeline' }>

const pt = (n: number) => `${Math.round(n * 100) / 100}pt`

// A label only where its cell has room for it at 7 pt; a sliver of a week or month at a page edge stays blank.
function cellLabel(cell: HeaderCell, unit: HeaderUnit, top: boolean, widthPt: number, text: PrintText, t: SheetContext['t']): string {
  const day = cell.start / MINUTES_PER_DAY
  if (widthPt < (unit === 'day' ? 8 : unit === 'month' && top ? 30 : 15)) return ''
  switch (unit) {
    case 'day':
      return String(cell.value)
    case 'week':
      return t('print.weekShort', { week: cell.value })
    case 'month':
      return text.day(day, top ? (widthPt >= 60 ? 'MMMM yyyy' : 'MMM yyyy') : 'MMM')
    case 'quarter':
      return t('print.quarter', { quarter: cell.value })
    case 'year':
      return String(cell.value)
    case 'decade':
      return t('timeline.header.decade', { year: cell.value })
  }
}

function TimeRow({ unit, first, last, ptPerDay, top, text }: { unit: HeaderUnit; first: number; last: number; ptPerDay: number; top: boolean; text: PrintText }) {
  const { t } = useTranslation()
  const cells = headerCells(unit, { start: first * MINUTES_PER_DAY, end: (last + 1) * MINUTES_PER_DAY })
  return (
    <div className={top ? 'pt-time-row is-top' : 'pt-time-row'}>
      {cells.map((cell) => {
        const from = Math.max(first, cell.start / MINUTES_PER_DAY)
        const to = Math.min(last + 1, cell.end / MINUTES_PER_DAY)
        return (
          <span key={cell.start} className="pt-cell" style={{ left: pt((from - first) * ptPerDay), width: pt((to - from) * ptPerDay) }}>
            {cellLabel(cell, unit, top, (to - from) * ptPerDay, text, t)}
          </span>
        )
      })}
    </div>
  )
}

/** The page's legend: kinds (or statuses) as swatches with their patterns, and the marks. */
export function PrintLegend({ colorBy }: { colorBy: TimelineModel['view']['colorBy'] }) {
  const { t } = useTranslation()
  const { events, phases } = legendSwatches(colorBy)
  return (
    <ul className="pp-legend" aria-label={t('timeline.legend.label')}>
      {[...events, ...phases].map((swatch) => (
        <li key={swatch.color}>
          <span className="pt-swatch" data-color={swatch.color} />
          {t(swatch.label)}
        </li>
      ))}
      <li>
        <span className="pt-swatch is-warned" />
        {t('print.warning')}
      </li>
      <li>
        <span className="pt-arrow-key">→</span>
        {t('timeline.legend.dependency')}
      </li>
    </ul>
  )
}

interface Placed {
  bar: PrintBar
  x1: number
  x2: number
  y: number
  continued: boolean
  goesOn: boolean
  room: number
}

// The bars of a page, placed in points inside the chart body.
function placeBars(model: TimelineModel, page: TimelinePage): Placed[] {
  const { ptPerDay } = model.tiling
  const start = page.days.first * MINUTES_PER_DAY
  const end = (page.days.last + 1) * MINUTES_PER_DAY
  const width = (page.days.last - page.days.first + 1) * ptPerDay
  const x = (minutes: number) => ((minutes - start) / MINUTES_PER_DAY) * ptPerDay
  const out: Placed[] = []
  for (const slice of page.lanes) {
    const lane = model.lanes[slice.lane]!
    for (const bar of lane.bars) {
      if (bar.row < slice.fromRow || bar.row >= slice.toRow) continue
      const milestone = bar.span.end === bar.span.start
      if (bar.span.start >= end || (milestone ? bar.span.start < start : bar.span.end <= start)) continue
      const x1 = Math.max(0, x(bar.span.start))
      const x2 = Math.min(width, x(bar.span.end))
      out.push({ bar, x1, x2, y: slice.top + M.lanePadding + (bar.row - slice.fromRow) * M.rowHeight, continued: bar.span.start < start, goesOn: bar.span.end > end, room: Math.min(width, x(bar.occupiedEnd)) - x1 })
    }
  }
  return out
}

function Bar({ placed, label, colorBy }: { placed: Placed; label: string; colorBy: TimelineModel['view']['colorBy'] }) {
  const { bar, x1, x2, y, continued, goesOn, room } = placed
  const milestone = bar.span.end === bar.span.start
  const status = bar.located.type === 'release' ? 'release' : bar.located.item.status
  const className = `pt-bar${milestone ? ' is-milestone' : ''}${bar.warned ? ' is-warned' : ''}${continued ? ' is-continued' : ''}${goesOn ? ' goes-on' : ''}`
  return (
    <div className={className} data-color={colorKey(bar.located, colorBy)} data-status={status} style={{ left: pt(x1), top: pt(y), width: pt(milestone ? 0 : Math.max(1.5, x2 - x1)) }}>
      <span className="pt-label" dir="auto" style={{ maxWidth: pt(Math.max(room, milestone ? room : x2 - x1) - (milestone ? 8 : 2)) }}>
        {continued ? '◂ ' : ''}
        {bar.warned ? '⚠ ' : ''}
        {label}
      </span>
    </div>
  )
}

function Arrows({ model, placed, width, height }: { model: TimelineModel; placed: Placed[]; width: number; height: number }) {
  const byId = new Map<string, Placed>()
  for (const p of placed) if (!byId.has(p.bar.id)) byId.set(p.bar.id, p)
  const mid = M.rowHeight / 2 - 1
  return (
    <svg className="pt-arrows" aria-hidden="true" viewBox={`0 0 ${width} ${height}`} style={{ width: pt(width), height: pt(height) }}>
      <defs>
        <marker id="pt-head" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="5" markerHeight="5" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" />
        </marker>
      </defs>
      {model.dependencies.flatMap((dep) => {
        const from = byId.get(dep.from)
        const to = byId.get(dep.to)
        if (!from || !to || from.goesOn || to.continued) return []
        const x1 = from.x2
        const x2 = to.x1
        const y1 = from.y + mid
        const y2 = to.y + mid
        const bend = Math.max(x1 + 4, Math.min(x2 - 4, (x1 + x2) / 2))
        return [<path key={dep.id} className={dep.violated ? 'is-violated' : undefined} d={`M${x1},${y1} H${bend} V${y2} H${x2}`} markerEnd="url(#pt-head)" />]
      })}
    </svg>
  )
}

/** A page of the timeline layout. */
export function TimelineSheet({ model, page, context }: { model: TimelineModel; page: TimelinePage; context: SheetContext }) {
  const { text, t } = context
  const { ptPerDay, header } = model.tiling
  const width = (page.days.last - page.days.first + 1) * ptPerDay
  const placed = placeBars(model, page)
  const first = page.lanes[0]
  const last = page.lanes.at(-1)
  const wholeMonths = text.day(page.days.first, 'd') === '1' && text.day(page.days.last + 1, 'd') === '1'
  const from = text.day(page.days.first, wholeMonths ? 'MMMM yyyy' : 'd MMM yyyy')
  const to = text.day(page.days.last, wholeMonths ? 'MMMM yyyy' : 'd MMM yyyy')
  const position =
    first && last && first.lane !== last.lane
      ? t('print.position', { first: first.lane + 1, last: last.lane + 1, from, to })
      : t('print.positionOne', { first: (first?.lane ?? 0) + 1, from, to })
  const chartTop = M.pageHeaderHeight
  // The chart ends below its last lane: a page with few lanes is not a page of empty grid.
  const bodyHeight = last ? last.top + last.height : M.rowHeight
  return (
    <>
      <PageHead context={context} position={position} height={M.pageHeaderHeight}>
        <PrintLegend colorBy={model.view.colorBy} />
      </PageHead>
      <div className="pt-chart" style={{ top: pt(chartTop), height: pt(M.timeHeaderHeight + bodyHeight), width: pt(M.laneLabelWidth + width) }}>
        <div className="pt-time" style={{ left: pt(M.laneLabelWidth), width: pt(width), height: pt(M.timeHeaderHeight) }}>
          <TimeRow unit={header.top} first={page.days.first} last={page.days.last} ptPerDay={ptPerDay} top text={text} />
          <TimeRow unit={header.bottom} first={page.days.first} last={page.days.last} ptPerDay={ptPerDay} top={false} text={text} />
        </div>
        <div className="pt-lanes" style={{ top: pt(M.timeHeaderHeight), width: pt(M.laneLabelWidth) }}>
          {page.lanes.map((slice) => {
            const title = context.laneTitle(model.lanes[slice.lane]!.lane)
            return (
              <div key={`${slice.key}:${slice.fromRow}`} className="pt-lane-label" style={{ top: pt(slice.top), height: pt(slice.height) }}>
                <span className="pt-lane-name" dir="auto">
                  {slice.fromRow > 0 ? t('print.continued', { name: title.primary }) : title.primary}
                </span>
                {title.secondary && (
                  <span className="pt-lane-local" dir="auto">
                    {title.secondary}
                  </span>
                )}
              </div>
            )
          })}
        </div>
        <div className="pt-body" style={{ top: pt(M.timeHeaderHeight), left: pt(M.laneLabelWidth), width: pt(width), height: pt(bodyHeight) }}>
          {headerCells(header.bottom, { start: page.days.first * MINUTES_PER_DAY, end: (page.days.last + 1) * MINUTES_PER_DAY }).map((cell) =>
            cell.start / MINUTES_PER_DAY > page.days.first ? <span key={cell.start} className="pt-grid" style={{ left: pt((cell.start / MINUTES_PER_DAY - page.days.first) * ptPerDay) }} /> : null,
          )}
          {page.lanes.map((slice) => (
            <span key={`${slice.key}:${slice.fromRow}`} className="pt-lane-line" style={{ top: pt(slice.top + slice.height) }} />
          ))}
          {placed.map((p) => (
            <Bar key={`${p.bar.id}:${p.y}`} placed={p} label={context.barLabel(p.bar.located)} colorBy={model.view.colorBy} />
          ))}
          <Arrows model={model} placed={placed} width={width} height={bodyHeight} />
        </div>
      </div>
    </>
  )
}
