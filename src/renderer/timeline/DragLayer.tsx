import { useLayoutEffect, useRef, useSyncExternalStore, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { DragOverlay, useDndContext, type Modifier } from '@dnd-kit/core'
import { findItem, formatDate, widthOf, xFromTime } from '../../shared/timeline'
import { colorKey } from './colors'
import { useModel } from './context'
import type { DragStore } from './dragState'
import { itemDates } from './itemText'
import { barTop, DRAG_OVERLAY_Z_INDEX, MILESTONE_SIZE, MIN_BAR_WIDTH } from './layout'
import './timelineItems.css'

// The overlay stays where the dragged node was; its content is placed on the canvas by the preview.
const stayPut: Modifier = () => ({ x: 0, y: 0, scaleX: 1, scaleY: 1 })

interface Box {
  key: string
  left: number
  top: number
  width: number
  milestone: boolean
  color: string
  label: string
}

function Overlay({ store, scrollerRef }: { store: DragStore; scrollerRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation()
  const model = useModel()
  const value = useSyncExternalStore(store.subscribe, store.get)
  const root = useRef<HTMLDivElement>(null)
  const session = value?.session

  // Scrolling (auto-scroll near the edges, or the wheel) moves the canvas under the overlay.
  // Placed before the first paint: the overlay that settles after a drop is mounted anew.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current
    if (!session || !scroller) return
    const place = () => {
      if (!root.current) return
      const dx = -session.node.x - (scroller.scrollLeft - session.scroll.left)
      const dy = -session.node.y - (scroller.scrollTop - session.scroll.top)
      root.current.style.transform = `translate(${dx}px, ${dy}px)`
    }
    place()
    scroller.addEventListener('scroll', place, { passive: true })
    return () => scroller.removeEventListener('scroll', place)
  }, [session, scrollerRef])

  if (!value || !session) return null
  const { preview } = value
  const zoom = model.scale
  const metrics = model.metrics
  const x = (time: number) => xFromTime(time, model.origin, zoom)
  const laneBox = model.boxes[preview.laneIndex]
  const boxes: Box[] = []
  let tip = ''

  if (session.mode === 'select' && preview.rect) {
    const r = preview.rect
    return (
      <div ref={root} className="tl-overlay">
        <div className="tl-rubber-band" style={{ left: r.left, top: r.top, width: r.width, height: r.height }} />
      </div>
    )
  }
  if (session.mode === 'create' && preview.range && laneBox) {
    boxes.push({ key: 'new', left: x(preview.range.start), top: barTop(laneBox.top, 0, metrics), width: widthOf(preview.range.end - preview.range.start, zoom), milestone: false, color: 'kind-other', label: t('timeline.newEvent') })
    tip = model.text.dates.daySpanOf(formatDate(preview.range.start), formatDate(preview.range.end - 1))
  }
  const active = session.placed
  const located = active && findItem(model.content, active.ref.id)
  if (active && located && preview.span && laneBox) {
    const sameLane = preview.laneIndex === session.laneIndex
    const top = barTop(laneBox.top, sameLane ? active.row : 0, metrics)
    const startBox = model.boxes[session.laneIndex]
    const dy = top - barTop(startBox?.top ?? 0, active.row, metrics)
    const left = active.milestone ? x(preview.span.start) - MILESTONE_SIZE / 2 : x(preview.span.start)
    const width = active.milestone ? MILESTONE_SIZE : Math.max(MIN_BAR_WIDTH, widthOf(preview.span.end - preview.span.start, zoom))
    const dx = left - (active.milestone ? x(active.start) - MILESTONE_SIZE / 2 : x(active.start))
    for (const other of session.moving) {
      if (other === active) continue
      const found = model.placed.get(other.key)
      const otherLocated = findItem(model.content, other.ref.id)
      const otherBox = found && model.boxes[found.laneIndex]
      if (!otherLocated || !otherBox) continue
      const otherLeft = other.milestone ? x(other.start) - MILESTONE_SIZE / 2 : x(other.start)
      const otherWidth = other.milestone ? MILESTONE_SIZE : Math.max(MIN_BAR_WIDTH, widthOf(other.end - other.start, zoom))
      boxes.push({ key: other.key, left: otherLeft + dx, top: barTop(otherBox.top, other.row, metrics) + dy, width: otherWidth, milestone: other.milestone, color: colorKey(otherLocated, model.view.colorBy), label: other.label })
    }
    boxes.push({ key: active.key, left, top, width, milestone: active.milestone, color: colorKey(located, model.view.colorBy), label: active.label })
    const dates = itemDates({ ...located, item: preview.item ?? located.item } as typeof located, model.text).text
    const lane = model.lanes[preview.laneIndex]
    tip = sameLane || !lane ? dates : t('timeline.dragTipLane', { dates, lane: model.itemText.laneTitle(lane.lane).name })
    if (session.moving.length > 1) tip = t('timeline.dragTipMany', { tip, count: session.moving.length })
  }
  const main = boxes.at(-1)
  return (
    <div ref={root} className="tl-overlay">
      {boxes.map((box) => (
        <div
          key={box.key}
          className={`tl-item tl-drag-item ${box.milestone ? 'is-milestone' : 'is-bar'}`}
          data-color={box.color}
          style={{ left: box.left, top: box.top, width: box.width }}
        >
          <span className="tl-label">{box.label}</span>
        </div>
      ))}
      {main && tip && (
        <div className="tl-drag-tip" style={{ left: main.left, top: main.top - metrics.barHeight - 10 }}>
          {tip}
        </div>
      )}
    </div>
  )
}

/** The drag overlay: the dragged bars at their snapped landing place, with the new dates above. */
export function DragLayer({ store, scrollerRef }: { store: DragStore; scrollerRef: RefObject<HTMLDivElement | null> }) {
  // A lane being re-ordered moves itself (dnd-kit sortable); an overlay would hide it.
  const { active } = useDndContext()
  const isLane = (active?.data.current as { type?: string } | undefined)?.type === 'lane'
  // dnd-kit's overlay ends with the drag; after a drop the bars settle in one placed the same way
  // (fixed where the dragged node was at pick-up), until the lanes show the edit.
  const settling = useSyncExternalStore(store.subscribe, () => (store.get()?.settling ? store.get()!.session.nodeClient : null))
  if (settling && !active) {
    return (
      <div className="tl-settling" style={{ left: settling.x, top: settling.y, zIndex: DRAG_OVERLAY_Z_INDEX }}>
        <Overlay store={store} scrollerRef={scrollerRef} />
      </div>
    )
  }
  return (
    <DragOverlay dropAnimation={null} modifiers={[stayPut]} zIndex={DRAG_OVERLAY_Z_INDEX}>
      {isLane ? null : <Overlay store={store} scrollerRef={scrollerRef} />}
    </DragOverlay>
  )
}
