// The agenda and partner sheets measured before they are paginated: every row set once, off
// screen, at the page's width in the print fonts, and its height read back. Pagination then uses
// what the page really draws instead of an estimate, so the printed pages are the previewed ones.
import { useLayoutEffect, useRef } from 'react'
import type { Project } from '../../shared/format'
import type { Placed } from '../../shared/print'
import { AgendaSheet } from './AgendaSheet'
import type { PrintModel } from './model'
import { useSheetContext } from './PrintPages'

/** CSS pixels per point. */
const PX_PER_PT = 4 / 3

/** Sets every row of `model` in one column and reports the rows' heights in points, by block key. */
export function Galley({ project, model, onMeasured }: { project: Project; model: Extract<PrintModel, { layout: 'agenda' | 'partners' }>; onMeasured: (heights: Map<string, number>) => void }) {
  const { context } = useSheetContext(project, model, null)
  const box = useRef<HTMLDivElement>(null)
  const blocks: Placed[] = model.pages.flat().filter((b) => b.kind === 'row')
  const report = useRef(onMeasured)
  useLayoutEffect(() => {
    report.current = onMeasured
  })
  useLayoutEffect(() => {
    let live = true
    const measure = () => {
      if (!live) return
      const heights = new Map<string, number>()
      for (const element of box.current?.querySelectorAll<HTMLElement>('[data-block]') ?? []) {
        // A hair more than drawn, so rounding never pushes a full page over.
        heights.set(element.dataset.block!, element.getBoundingClientRect().height / PX_PER_PT + 0.25)
      }
      report.current(heights)
    }
    // Rows in a script whose font is still loading (CJK, Arabic) measure wrong: wait for the fonts.
    if (typeof document !== 'undefined' && document.fonts) void document.fonts.ready.then(measure)
    else measure()
    return () => {
      live = false
    }
  }, [model])
  return (
    <div className="print-pages print-galley" aria-hidden="true" ref={box}>
      <div className="print-page" style={{ width: `${model.box.width}pt` }}>
        <AgendaSheet model={model} blocks={blocks} context={{ ...context, pageNumber: 1, pageCount: 1 }} />
      </div>
    </div>
  )
}
