import { memo, useContext, useDeferredValue, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { findItem, widthOf, xFromTime, type AxisRange } from '../../shared/timeline'
import { colorKey } from './colors'
import { arrowDirections, SelectionContext, useActions, useModel } from './context'
import { barFacts, ItemBar } from './ItemBar'
import { itemsInRange, MIN_BAR_WIDTH, type PlacedItem } from './layout'
import { isDragging as dragInProgress } from './dragState'
import { gripFocusKey, laneFocusKey } from './navigation'
import { isolate } from '../bidi'

interface LaneRowProps {
  index: number
  /** The stretch of time on screen (plus a margin): items outside it are not in the DOM. */
  window: AxisRange
  /** The sub-rows on screen (plus a margin): bars in other rows are not in the DOM (see rowsInBand). */
  firstRow: number
  lastRow: number
  /** Keys of items being dragged: drawn as placeholders. */
  dragging: ReadonlySet<string>
  /** Keys kept in the DOM wherever they are: dragged items (dnd-kit follows their node) and the focused one. */
  pinned: ReadonlySet<string>
  /** Whether the view is being scrolled (asked once, as the lane comes on screen). */
  scrolling: () => boolean
}

// Memoized: a selection re-renders every lane row, and its header need not follow.
const LaneHeader = memo(function LaneHeader({ index, focusKey }: { index: number; focusKey: string | null }) {
  const { t } = useTranslation()
  const model = useModel()
  const actions = useActions()
  const lane = model.lanes[index]!.lane
  const box = model.boxes[index]!
  const title = model.itemText.laneTitle(lane)
  const id = `l|${lane.key}`
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging, isSorting } = useSortable({ id, data: { type: 'lane', laneKey: lane.key } })
  // A name wraps to a second line only where the lane is tall enough for it and the second-language name.
  const nameLines = !title.local || box.height > model.metrics.laneMinHeight ? 2 : 1
  const style = { transform: CSS.Translate.toString(transform), transition, '--name-lines': nameLines } as CSSProperties
  // Worded once per lane, name and count: a drag starting or ending re-renders every header on
  // screen (dnd-kit's sortable), and the translations were most of that.
  const words = useMemo(
    () => ({
      toggle: t(box.collapsed ? 'timeline.lane.expand' : 'timeline.lane.collapse', { lane: isolate(title.name) }),
      count: t('timeline.lane.count', { count: lane.count }),
      role: t('timeline.lane.role'),
      reorder: t('timeline.lane.reorder', { lane: isolate(title.name) }),
    }),
    [t, box.collapsed, title.name, lane.count],
  )
  const toggleKey = laneFocusKey(lane.key)
  const gripKey = gripFocusKey(lane.key)
  const navigate = (event: KeyboardEvent, from: string): boolean => {
    const direction = arrowDirections[event.key]
    if (!direction || dragInProgress(actions.dragStore) || isSorting) return false
    event.preventDefault()
    actions.navigate(from, direction)
    return true
  }
  return (
    <div ref={setNodeRef} className={isDragging ? 'tl-lane-header is-dragging' : 'tl-lane-header'} style={style} data-dnd-id={id} data-context="lane" data-focus-target={toggleKey}>
      <button
        type="button"
        className="tl-lane-toggle"
        data-focus-key={toggleKey}
        tabIndex={focusKey === toggleKey ? 0 : -1}
        onKeyDown={(event) => navigate(event, toggleKey)}
        onFocus={() => actions.focused(toggleKey)}
        aria-expanded={!box.collapsed}
        aria-label={words.toggle}
        onClick={() => actions.toggleLane(lane.key)}
      >
        <span className="tl-chevron" aria-hidden="true" />
      </button>
      <div className="tl-lane-names">
        <span className="tl-lane-name" dir="auto" title={title.name}>
          {title.name}
        </span>
        {title.local && !box.collapsed && (
          <span className="tl-lane-local" dir="auto" title={title.local}>
            {title.local}
          </span>
        )}
      </div>
      <span className="tl-lane-count" title={words.count}>
        <span aria-hidden="true">{lane.count}</span>
        <span className="sr-only">{words.count}</span>
      </span>
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="tl-lane-grip"
        {...attributes}
        {...listeners}
        data-focus-key={gripKey}
        tabIndex={focusKey === gripKey ? 0 : -1}
        onFocus={() => actions.focused(gripKey)}
        onKeyDown={(event) => {
          if (!navigate(event, gripKey)) listeners?.onKeyDown?.(event)
        }}
        aria-roledescription={words.role}
        aria-label={words.reorder}
      >
        <span aria-hidden="true" />
      </button>
    </div>
  )
})

// A collapsed lane still shows when it is busy: each item as a thin tick, not focusable.
function CollapsedStrip({ items }: { items: PlacedItem[] }) {
  const model = useModel()
  const zoom = model.scale
  return (
    <>
      {items.map((item) => {
        const located = findItem(model.content, item.ref.id)
        if (!located) return null
        const left = xFromTime(item.start, model.origin, zoom)
        return (
          <span
            key={item.key}
            className="tl-tick"
            data-color={colorKey(located, model.view.colorBy)}
            style={{ left, width: Math.max(MIN_BAR_WIDTH / 2, widthOf(item.end - item.start, zoom)) }}
          />
        )
      })}
    </>
  )
}

/** One lane: its sticky header on the left and its track with the items on screen. */
export const LaneRow = memo(function LaneRow({ index, window, firstRow, lastRow, dragging, pinned, scrolling }: LaneRowProps) {
  const { t } = useTranslation()
  const model = useModel()
  const actions = useActions()
  const { ids, focusKey } = useContext(SelectionContext)
  const stacked = model.lanes[index]!
  const box = model.boxes[index]!
  const lane = stacked.lane

  // A lane scrolled onto the screen draws its name and track in that frame and its bars in a render
  // that yields to the next scroll: a scrollbar dragged at 10,000 events brought a screen of new
  // lanes every frame, and drawing all their bars took 80–130 ms a frame.
  const [scrolledIn] = useState(scrolling)
  // (No initial value otherwise: with one, React renders every new lane a second time.)
  const barsShown = useDeferredValue(true, scrolledIn ? false : undefined)
  const inWindow = barsShown ? itemsInRange(stacked, window) : []
  const visible = firstRow === 0 && lastRow >= stacked.rowCount - 1 ? inWindow : inWindow.filter((item) => item.row >= firstRow && item.row <= lastRow)
  if (pinned.size > 0) {
    const shown = new Set(visible.map((item) => item.key))
    for (const key of pinned) {
      const found = model.placed.get(key)
      if (found?.laneIndex === index && !shown.has(key)) visible.push(found.item)
    }
  }
  const title = model.itemText.laneTitle(lane)

  return (
    <div
      className={box.collapsed ? 'tl-lane is-collapsed' : 'tl-lane'}
      style={{ top: box.top, height: box.height, width: model.laneHeaderWidth + model.width }}
      data-lane-key={lane.key}
      role="group"
      aria-label={t('timeline.lane.label', { lane: isolate(title.name), count: lane.count })}
    >
      <LaneHeader index={index} focusKey={focusKey} />
      {/* A drag on the empty track draws an event, with Shift selects (DragSurface). */}
      <div
        className="tl-track"
        onClick={(event) => {
          if (event.target === event.currentTarget) actions.clearSelection()
        }}
      >
        {box.collapsed ? (
          <CollapsedStrip items={visible} />
        ) : (
          visible.map((item) => {
            const facts = barFacts(model, item, title.name)
            return (
              facts && (
                <ItemBar
                  key={item.key}
                  item={item}
                  laneTop={box.top}
                  facts={facts}
                  selected={ids.has(item.ref.id)}
                  tabbable={focusKey === item.key}
                  ghost={dragging.has(item.key)}
                />
              )
            )
          })
        )}
      </div>
    </div>
  )
})
