import { memo, useContext, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import type { EventStatus } from '../../shared/format'
import { findItem, widthOf, xFromTime, type Edge, type ItemType } from '../../shared/timeline'
import { colorKey } from './colors'
import { arrowDirections, DragInstructionsContext, useActions, useBarLook } from './context'
import { barTop, MILESTONE_SIZE, MIN_BAR_WIDTH, type PlacedItem } from './layout'
import { isDragging } from './dragState'
import type { TimelineModel } from './useTimelineModel'
import './timelineItems.css'

/** What LaneRow works out for a bar from the model: plain values, so a bar an edit left alone is not drawn again. */
export interface BarFacts {
  type: ItemType
  status: EventStatus | undefined
  color: string
  /** The accessible name (title, dates, lane). */
  name: string
  /** The item's conflict warnings, read out with it; undefined without conflicts. */
  warnings: string | undefined
}

interface ItemBarProps {
  item: PlacedItem
  laneTop: number
  facts: BarFacts
  selected: boolean
  tabbable: boolean
  /** The item is being dragged: the overlay shows it, this stays behind as a faint placeholder. */
  ghost: boolean
}

// Facts by model and placed item: a selection or a scroll re-renders the lanes on screen with the
// same model, and their bars' facts are not worked out again.
const factsByModel = new WeakMap<TimelineModel, WeakMap<PlacedItem, BarFacts | null>>()

/** The facts of one placed item, for its bar. */
export function barFacts(model: TimelineModel, item: PlacedItem, laneName: string): BarFacts | null {
  let known = factsByModel.get(model)
  if (!known) factsByModel.set(model, (known = new WeakMap()))
  let facts = known.get(item)
  if (facts === undefined) known.set(item, (facts = factsOf(model, item, laneName)))
  return facts
}

function factsOf(model: TimelineModel, item: PlacedItem, laneName: string): BarFacts | null {
  const located = findItem(model.content, item.ref.id)
  if (!located) return null
  const conflicts = model.conflicts.get(item.ref.id)
  return {
    type: located.type,
    status: located.type === 'release' ? undefined : located.item.status,
    color: colorKey(located, model.view.colorBy),
    name: model.itemText.accessibleName(item.ref, laneName),
    warnings: conflicts ? model.itemText.conflictWarnings(conflicts) : undefined,
  }
}

// Facts equal field by field: each new model (an edit, new conflicts) works them out anew.
const sameFacts = (a: BarFacts, b: BarFacts) => a.type === b.type && a.status === b.status && a.color === b.color && a.name === b.name && a.warnings === b.warnings

// A grip at each end is drawn by the stylesheet (.is-resizable::before/::after: a bar is one
// element and its title, not four); a drag that starts on one resizes from that end. Its reach
// into the bar from each edge, as timelineItems.css places the grips (the start's border is 4 px).
const GRIP_INSIDE = { start: 7, end: 4 }

/** The end of a resizable bar (on screen at `rect`) whose grip is under a pointer at `clientX`, or null. */
export function gripAt(bar: Element | null, rect: DOMRect | undefined, clientX: number): Edge | null {
  if (!rect || !bar?.classList.contains('is-resizable')) return null
  if (clientX < rect.left + GRIP_INSIDE.start) return 'start'
  if (clientX > rect.right - GRIP_INSIDE.end) return 'end'
  return null
}

// The warning icon after a title inside the bar, when the bar has room for both.
const CONFLICT_ICON_ROOM = 22
// The bar's coloured start border: a title placed after the bar is positioned from inside it.
const BAR_START_BORDER = 4

/** An item's title where the layout placed it (layout.ts): inside the bar (sticky at the left edge of the lanes), or after it. */
function ItemLabel({ item, barWidth }: { item: PlacedItem; barWidth: number }) {
  if (item.labelMode === 'none') return null
  const outside = item.labelX >= barWidth
  const classes = ['tl-label', outside ? 'is-after' : 'is-inside', item.labelMode === 'clipped' && 'is-clipped'].filter(Boolean).join(' ')
  // After the bar, the title's place is given as custom properties: the stylesheet moves its start
  // out from under the lane names when the bar has scrolled past them (timelineItems.css).
  const labelX = item.labelX - (item.milestone ? 0 : BAR_START_BORDER)
  const style = outside ? ({ '--label-x': `${labelX}px`, '--label-end': `${labelX + item.labelWidth}px` } as CSSProperties) : { width: item.labelWidth }
  return (
    <span className={classes} dir="auto" style={style}>
      {item.label}
    </span>
  )
}

function ItemBarView({ item, laneTop, facts, selected, tabbable, ghost }: ItemBarProps) {
  const look = useBarLook()
  const actions = useActions()
  const instructions = useContext(DragInstructionsContext)
  const { scale, metrics } = look
  const x = xFromTime(item.start, look.origin, scale)
  const width = item.milestone ? MILESTONE_SIZE : Math.max(MIN_BAR_WIDTH, widthOf(item.end - item.start, scale))
  const left = item.milestone ? x - MILESTONE_SIZE / 2 : x
  const { status, warnings } = facts
  const conflicts = warnings !== undefined
  // A bar too short to hold its handles is moved, not resized, by mouse (the keyboard resizes any).
  const resizable = !item.milestone && facts.type !== 'release' && width >= 20

  const classes = ['tl-item', item.milestone ? 'is-milestone' : 'is-bar', `is-${facts.type}`]
  if (status === 'idea') classes.push('is-idea')
  if (status === 'cancelled') classes.push('is-cancelled')
  if (selected) classes.push('is-selected')
  if (ghost) classes.push('is-ghost')
  if (conflicts) classes.push('has-conflict')
  if (resizable) classes.push('is-resizable')

  const onClick = (event: MouseEvent) => {
    const mode = event.ctrlKey || event.metaKey ? 'toggle' : event.shiftKey ? 'add' : 'only'
    actions.select(item.ref.id, item.key, mode)
  }

  // Space and Enter go on to the lanes' container, which picks the bar up (DragSurface).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While picked up, the keys belong to dnd-kit's keyboard sensor.
    if (isDragging(actions.dragStore)) return
    const direction = arrowDirections[event.key]
    if (direction && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      actions.navigate(item.key, direction)
      return
    }
    if (event.key === 'Escape') actions.clearSelection()
  }

  // A bar with warnings says them, then how to pick it up, as its description: an attribute, not
  // a hidden element per bar (a dense Group by shows hundreds of them). Other bars point at
  // dnd-kit's one hidden copy of the instructions.
  const description = conflicts ? `${warnings} ${look.instructions}` : undefined
  return (
    <div
      role="button"
      onKeyDown={onKeyDown}
      data-item-key={item.key}
      data-focus-key={item.key}
      data-context="item"
      data-select-id={item.ref.id}
      data-color={facts.color}
      className={classes.join(' ')}
      style={{ left, width, top: barTop(laneTop, item.row, metrics) - laneTop, '--bar-start': `${left}px`, '--bar-end': `${left + width}px` } as CSSProperties}
      tabIndex={tabbable ? 0 : -1}
      aria-roledescription={look.role}
      aria-label={facts.name}
      aria-pressed={selected}
      aria-describedby={description === undefined ? instructions : undefined}
      aria-description={description}
      onClick={onClick}
      onDoubleClick={() => actions.editItem(item.ref.id)}
      onFocus={(event) => {
        actions.focused(item.key)
        actions.showTooltip(item.key, event.currentTarget)
      }}
      onBlur={() => actions.hideTooltip(item.key)}
      onPointerEnter={(event) => actions.showTooltip(item.key, event.currentTarget)}
      onPointerLeave={() => actions.hideTooltip(item.key)}
    >
      <ItemLabel item={item} barWidth={width} />
      {conflicts && item.labelMode === 'inside' && item.labelX + item.labelWidth + CONFLICT_ICON_ROOM <= width && <span className="tl-conflict-icon" aria-hidden="true" />}
    </div>
  )
}

// Equal props, with the facts compared field by field: an edit redraws only the bars it changed.
const sameBar = (a: ItemBarProps, b: ItemBarProps) => a.item === b.item && a.laneTop === b.laneTop && a.selected === b.selected && a.tabbable === b.tabbable && a.ghost === b.ghost && sameFacts(a.facts, b.facts)

/** One event, phase or release on its lane: a bar, or a diamond for milestones; a button for keyboard and screen readers, dragged through the lanes' container (DragSurface). */
export const ItemBar = memo(ItemBarView, sameBar)
