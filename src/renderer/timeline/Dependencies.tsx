import { memo, useContext } from 'react'
import { arrowPoints, PIXELS_PER_DAY, projectSpans, roundedPath, timeFromX, xFromTime, type AxisRange, type Point } from '../../shared/timeline'
import { SelectionContext, useModel } from './context'
import type { Dependency } from '../../shared/format'
import { barTop, itemsInRange, MILESTONE_SIZE } from './layout'
import type { TimelineModel } from './useTimelineModel'

// From month zoom outwards, an arrow wider than this (px) or reaching off screen is counted at
// its end on screen instead of drawn, unless one of its items is selected.
const FAR_PX = 480
// … or one crossing more than about two lanes' height (px).
const FAR_Y_PX = 160
const MARKER_GAP = 9

interface Anchor extends Point {
  laneIndex: number
  /** Top and bottom of the item's bar (px), for the gap between rows an arrow runs along. */
  top: number
  bottom: number
}

const byItemOf = new WeakMap<readonly Dependency[], Map<string, Dependency[]>>()

/** The plan's dependencies by the items at either end (memoized per list: moving items leaves it). */
function dependenciesByItem(dependencies: readonly Dependency[]): Map<string, Dependency[]> {
  let byItem = byItemOf.get(dependencies)
  if (!byItem) {
    byItem = new Map()
    for (const dependency of dependencies) {
      for (const id of new Set([dependency.from, dependency.to])) {
        const list = byItem.get(id)
        if (list) list.push(dependency)
        else byItem.set(id, [dependency])
      }
    }
    byItemOf.set(dependencies, byItem)
  }
  return byItem
}

/**
 * The dependencies that can show in the window, before their items' lanes are looked up (at
 * 100,000 events, looking up all 5,000 arrows' items took 40–80 ms a render). Summarised, only
 * those of the items drawn there and of the selection can; else those whose items' times reach it.
 */
function candidates(model: TimelineModel, window: AxisRange, firstLane: number, lastLane: number, summarise: boolean, selected: ReadonlySet<string>): Iterable<Dependency> {
  const { dependencies } = model.content
  if (summarise) {
    const byItem = dependenciesByItem(dependencies)
    const found = new Set<Dependency>()
    const add = (id: string) => byItem.get(id)?.forEach((dependency) => found.add(dependency))
    for (let index = Math.max(0, firstLane); index <= lastLane && index < model.lanes.length; index++) {
      if (model.boxes[index]?.collapsed) continue
      for (const item of itemsInRange(model.lanes[index]!, window)) add(item.ref.id)
    }
    selected.forEach(add)
    return found
  }
  const spans = projectSpans(model.content)
  const early = timeFromX(xFromTime(window.start, model.origin, model.scale) - MILESTONE_SIZE, model.origin, model.scale)
  const late = timeFromX(xFromTime(window.end, model.origin, model.scale) + MILESTONE_SIZE, model.origin, model.scale)
  return dependencies.filter((dependency) => {
    const fromTime = spans.get(dependency.from)?.end
    const toTime = spans.get(dependency.to)?.start
    return fromTime !== undefined && toTime !== undefined && Math.max(fromTime, toTime) >= early && Math.min(fromTime, toTime) <= late
  })
}

/**
 * Finish-to-start dependencies as arrows between the items on screen, behind the bars (SVG, not
 * focusable: the conflicts panel lists violations). Wide views summarise far ones as a count.
 */
export const Dependencies = memo(function Dependencies({ window, firstLane, lastLane }: { window: AxisRange; firstLane: number; lastLane: number }) {
  const model = useModel()
  const { ids: selected } = useContext(SelectionContext)
  const scale = model.scale
  const metrics = model.metrics
  const rowGap = (metrics.rowHeight - metrics.barHeight) / 2
  const violated = model.conflicts.violated
  const anchor = (id: string, side: 'start' | 'end'): Anchor | null => {
    const found = model.placed.first(id)
    if (!found) return null
    const box = model.boxes[found.laneIndex]
    if (!box || box.collapsed) return null
    const { item } = found
    const half = item.milestone ? MILESTONE_SIZE / 2 : 0
    const time = side === 'end' ? item.end : item.start
    const x = xFromTime(time, model.origin, scale) + (side === 'end' ? half : -half)
    const top = barTop(box.top, item.row, metrics)
    return { x, y: top + metrics.barHeight / 2, top, bottom: top + metrics.barHeight, laneIndex: found.laneIndex }
  }
  const left = xFromTime(window.start, model.origin, scale)
  const right = xFromTime(window.end, model.origin, scale)
  const summarise = scale <= PIXELS_PER_DAY.month
  const onScreen = (p: Anchor) => p.x >= left && p.x <= right
  // Only the lanes rendered (the virtualizer's range) get arrows and counts.
  const rendered = (p: Anchor) => p.laneIndex >= firstLane && p.laneIndex <= lastLane
  const arrows: { id: string; d: string; bad: boolean }[] = []
  const counts = new Map<string, { x: number; y: number; count: number }>()
  const count = (p: Anchor, side: 'start' | 'end') => {
    const key = `${Math.round(p.x)}:${Math.round(p.y)}:${side}`
    const marker = counts.get(key) ?? { x: p.x + (side === 'end' ? MARKER_GAP : -MARKER_GAP), y: p.y, count: 0 }
    marker.count++
    counts.set(key, marker)
  }
  for (const dependency of candidates(model, window, firstLane, lastLane, summarise, selected)) {
    const from = anchor(dependency.from, 'end')
    const to = anchor(dependency.to, 'start')
    if (!from || !to || Math.max(from.x, to.x) < left || Math.min(from.x, to.x) > right) continue
    if (!rendered(from) && !rendered(to) && Math.max(from.laneIndex, to.laneIndex) < firstLane) continue
    if (!rendered(from) && !rendered(to) && Math.min(from.laneIndex, to.laneIndex) > lastLane) continue
    const mine = selected.has(dependency.from) || selected.has(dependency.to)
    if (summarise && !mine && (!onScreen(from) || !onScreen(to) || Math.abs(to.x - from.x) > FAR_PX || Math.abs(to.y - from.y) > FAR_Y_PX)) {
      if (onScreen(from) && rendered(from)) count(from, 'end')
      if (onScreen(to) && rendered(to)) count(to, 'start')
      continue
    }
    const gapY = to.y > from.y ? to.top - rowGap : to.bottom + rowGap
    arrows.push({ id: dependency.id, d: roundedPath(arrowPoints({ from, to, gapY })), bad: violated.has(dependency.id) })
  }
  if (arrows.length === 0 && counts.size === 0) return null
  return (
    <svg className="tl-arrows" style={{ left }} width={right - left} height={model.height} viewBox={`${left} 0 ${right - left} ${model.height}`} aria-hidden="true">
      <defs>
        <marker id="tl-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="tl-arrowhead" />
        </marker>
        <marker id="tl-arrow-bad" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="tl-arrowhead is-violated" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <path key={arrow.id} d={arrow.d} className={arrow.bad ? 'tl-arrow is-violated' : 'tl-arrow'} markerEnd={arrow.bad ? 'url(#tl-arrow-bad)' : 'url(#tl-arrow)'} />
      ))}
      {[...counts].map(([key, marker]) => (
        // One element a count (a plan has thousands of them): a number with a halo, its meaning in the legend.
        <text key={key} className="tl-arrow-count" x={marker.x} y={marker.y} dy="0.35em" textAnchor="middle">
          {Math.min(marker.count, 99)}
        </text>
      ))}
    </svg>
  )
})
