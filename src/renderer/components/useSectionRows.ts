// Virtual rows for a section of a page that scrolls as a whole (the List view): only the rows on
// screen (and a few either side) are in the DOM, measured as they render, so a 10,000-event plan
// lists as quickly as a small one. Several sections share the page's scroller; each knows where it
// starts in it (`scrollMargin`), kept up to date as the sections above it grow or shrink.
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useState } from 'react'

/** The nearest ancestor that scrolls vertically (a box that only scrolls sideways has overflow-y hidden). */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at)
    if (overflowY === 'auto' || overflowY === 'scroll') return at
  }
  return document.documentElement
}

export interface SectionRows<E extends HTMLElement> {
  /** The ref of the element the rows start in (a tbody, a list). */
  anchor: (element: E | null) => void
  virtualizer: Virtualizer<HTMLElement, Element>
  /** Blank space before the first rendered row and after the last, in px. */
  before: number
  after: number
}

/** Rows `0..count-1` of a section, `estimate` px tall until measured (give each row `data-index` and `ref={virtualizer.measureElement}`). */
export function useSectionRows<E extends HTMLElement>(count: number, estimate: number): SectionRows<E> {
  const [element, anchor] = useState<E | null>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [margin, setMargin] = useState(0)

  useLayoutEffect(() => {
    if (!element) return
    const parent = scrollParent(element)
    setScroller(parent)
    const update = () => setMargin(Math.round(element.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop))
    update()
    const observer = new ResizeObserver(update)
    observer.observe(parent.firstElementChild ?? parent)
    return () => observer.disconnect()
  }, [element])

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: 6,
    scrollMargin: margin,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const before = first ? first.start - margin : 0
  const after = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - margin)) : 0
  return { anchor, virtualizer, before, after }
}
