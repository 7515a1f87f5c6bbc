import { type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject } from 'react'
import { useDraggable } from '@dnd-kit/core'
import { DragInstructionsContext } from './context'
import { SURFACE_ID } from './dragState'

interface DragSurfaceProps {
  bodyRef: RefObject<HTMLDivElement | null>
  style: CSSProperties
  /** What a press at this target would drag (useTimelineDnd): the element dnd-kit then follows, or null for none. */
  press: (target: EventTarget | null, keyboard: boolean) => Element | null
  children: ReactNode
}

/**
 * The lanes' container, and the timeline's one draggable for items and tracks. A draggable per
 * bar re-rendered every bar on screen as a drag started and ended (dnd-kit's context), the
 * longest frames of a drag on a big plan; here only this re-renders (its children are the same
 * elements), and a press tells dnd-kit which element it is dragging before the drag starts.
 * Lanes keep their own sortable grips.
 */
export function DragSurface({ bodyRef, style, press, children }: DragSurfaceProps) {
  const { setNodeRef, listeners, attributes } = useDraggable({ id: SURFACE_ID })
  // A pointer going down, or Space or Enter on a focused bar (after the bar's own keys: arrows
  // move the focus): dnd-kit is told what it would drag, then sees the event.
  const take = (event: PointerEvent<HTMLDivElement> | KeyboardEvent<HTMLDivElement>, keyboard: boolean) => {
    if (event.defaultPrevented) return
    const node = press(event.target, keyboard)
    if (!node) return
    setNodeRef(node as HTMLElement)
    listeners?.[keyboard ? 'onKeyDown' : 'onPointerDown']?.(event)
  }
  return (
    <div className="tl-body" ref={bodyRef} style={style} onPointerDown={(event) => take(event, false)} onKeyDown={(event) => take(event, true)}>
      <DragInstructionsContext.Provider value={attributes['aria-describedby']}>{children}</DragInstructionsContext.Provider>
    </div>
  )
}
