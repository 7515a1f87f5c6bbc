import { memo } from 'react'
import { xFromTime, type AxisRange } from '../../shared/timeline'
import { useModel } from './context'
import { barTop, BAR_HEIGHT, MILESTONE_SIZE } from './layout'

interface Point {
  x: number
  y: number
}

// An elbow from the end of one bar to the start of the next; when the next starts too early the
// line loops back between the rows, so a violated dependency is visible at a glance.
function path(from: Point, to: Point): string {
  const out = from.x + 8
  if (to.x - 8 >= out) return `M${from.x},${from.y} H${out} V${to.y} H${to.x - 1}`
  const middle = from.y + (to.y - from.y) / 2 || from.y + BAR_HEIGHT
  return `M${from.x},${from.y} H${out} V${middle} H${to.x - 10} V${to.y} H${to.x - 1}`
}

/** Finish-to-start dependencies as arrows between the items on screen (SVG, not focusable: the conflicts panel lists violations). */
export const Dependencies = memo(function Dependencies({ window }: { window: AxisRange }) {
  const model = useModel()
  const zoom = model.view.zoom
  const violated = new Set(model.conflicts.filter((c) => c.code === 'dependency-violated').map((c) => c.values.dependencyId))
  const anchor = (id: string, side: 'start' | 'end'): Point | null => {
    const key = model.firstKeyOf.get(id)
    const found = key === undefined ? undefined : model.placed.get(key)
    if (!found) return null
    const box = model.boxes[found.laneIndex]
    if (!box || box.collapsed) return null
    const { item } = found
    const half = item.milestone ? MILESTONE_SIZE / 2 : 0
    const time = side === 'end' ? item.end : item.start
    const x = xFromTime(time, model.origin, zoom) + (side === 'end' ? half : -half)
    return { x, y: barTop(box.top, item.row) + BAR_HEIGHT / 2 }
  }
  const left = xFromTime(window.start, model.origin, zoom)
  const right = xFromTime(window.end, model.origin, zoom)
  const arrows: { id: string; d: string; bad: boolean }[] = []
  for (const dependency of model.content.dependencies) {
    const from = anchor(dependency.from, 'end')
    const to = anchor(dependency.to, 'start')
    if (!from || !to || Math.max(from.x, to.x) < left || Math.min(from.x, to.x) > right) continue
    arrows.push({ id: dependency.id, d: path(from, to), bad: violated.has(dependency.id) })
  }
  if (arrows.length === 0) return null
  return (
    <svg
      className="tl-arrows"
      style={{ left }}
      width={right - left}
      height={model.height}
      viewBox={`${left} 0 ${right - left} ${model.height}`}
      aria-hidden="true"
    >
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
    </svg>
  )
})
