// The one print route: the pages of a print model as sheets of paper. The Print dialog shows them
// scaled down as its preview; printing (Electron's webContents.print and printToPDF, the browser's
// window.print, Playwright's page.pdf) prints these same elements at full size (print.css).
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { dateOfDay, type Grouping, type Lane, type LocatedItem } from '../../shared/timeline'
import { usePlanText } from '../usePlanText'
import { AgendaSheet } from './AgendaSheet'
import { CoverageSheet } from './CoverageSheet'
import type { PrintModel } from './model'
import { PageFoot, type SheetContext } from './PageParts'
import { laneName, makePrintText, nameIn, type PrintName } from './printText'
import { TimelineSheet } from './TimelineSheet'
import './printPages.css'
import './printTimeline.css'
import './printAgenda.css'
import { isolate } from '../bidi'

const cssString = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`

/** The `@page` rule of the model: paper, margins and, for the agenda and partner sheets, running header and footer with page numbers. */
export function pageRule(model: PrintModel, words: { title: string; position: string; printed: string; pageOf: string }): string {
  const { sheetWidth, sheetHeight, margin } = model.box
  const size = `size: ${sheetWidth}pt ${sheetHeight}pt; margin: ${margin}pt;`
  if (model.layout === 'timeline') return `@page { ${size} }`
  const [before, middle, after] = words.pageOf.split(/\ue001|\ue002/)
  const counters = `${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}`
  const box = 'font-family: var(--font-print); font-size: 7.5pt;'
  return `@page { ${size}
  @top-left { content: ${cssString(words.title)}; ${box} }
  @top-right { content: ${cssString(words.position)}; ${box} }
  @bottom-left { content: ${cssString(words.printed)}; ${box} }
  @bottom-right { content: ${counters}; ${box} }
}`
}

/** What the pages of a model say, worded once per model. */
export function useSheetContext(project: Project, model: PrintModel, grouping: Grouping | null) {
  const { t } = useTranslation()
  const planText = usePlanText(project.homeTimeZone)
  return useMemo(() => {
    const mode = model.settings.names
    const text = makePrintText(project, mode, planText, t)
    const laneTitle = (lane: Lane): PrintName => laneName(lane, grouping ?? 'partner', mode, planText, t)
    const barLabel = (located: LocatedItem) => {
      const name = text.title(located)
      return name.secondary ? `${name.primary} · ${name.secondary}` : name.primary
    }
    const printed = planText.dates.daySpanOf(todayText(), todayText())
    const context: Omit<SheetContext, 'pageNumber' | 'pageCount'> = {
      t,
      text,
      project,
      printed,
      laneTitle,
      barLabel,
      country: planText.country,
      nameIn: (name, local) => nameIn(mode, name, local),
      daySpan: (start, end) => planText.dates.daySpanOf(start, end),
      daySpanDays: (first, last) => planText.dates.daySpanOf(dateOfDay(first), dateOfDay(last)),
    }
    const range = planText.dates.daySpanOf(dateOfDay(model.days.first), dateOfDay(model.days.last))
    return { context, range, printed }
  }, [project, model, planText, t, grouping])
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function todayText(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** The first `count` pages of the model, each a sheet of paper; `current` is marked for the preview. */
export function PrintPages({ project, model, count, current }: { project: Project; model: PrintModel; count: number; current: number }) {
  const { t } = useTranslation()
  const { context, range, printed } = useSheetContext(project, model, model.layout === 'timeline' ? model.view.grouping : null)
  const title = project.titleLocal ? `${isolate(project.title)} · ${isolate(project.titleLocal)}` : project.title
  const rule = pageRule(model, { title, position: range, printed: t('print.printed', { date: printed }), pageOf: t('print.pageOf', { page: '\ue001', pages: '\ue002' }) })
  const pages = Array.from({ length: Math.min(count, model.pageCount) }, (_, i) => i)
  const words = useMemo(() => ({ title, range, printed: t('print.printed', { date: printed }), pageOf: (page: number) => t('print.pageOf', { page, pages: model.pageCount }) }), [title, range, printed, t, model.pageCount])
  return (
    <div className={`print-pages is-${model.layout}`} data-pages={model.pageCount}>
      <style>{rule}</style>
      {pages.map((index) => (
        <Sheet key={index} model={model} index={index} current={index === current} context={context} words={words} />
      ))}
    </div>
  )
}

interface SheetWords {
  title: string
  range: string
  printed: string
  pageOf: (page: number) => string
}

/** One sheet; memoized, so laying out page 40 does not draw pages 1–39 again. */
const Sheet = memo(function Sheet({ model, index, current, context, words }: { model: PrintModel; index: number; current: boolean; context: Omit<SheetContext, 'pageNumber' | 'pageCount'>; words: SheetWords }) {
  const { sheetWidth, sheetHeight, margin, width, height } = model.box
  const pageContext: SheetContext = { ...context, pageNumber: index + 1, pageCount: model.pageCount }
  const listing = model.layout !== 'timeline'
  return (
    <article
      className={current ? 'print-sheet is-current' : 'print-sheet'}
      data-page={index + 1}
      aria-label={words.pageOf(index + 1)}
      style={{ width: `${sheetWidth}pt`, height: `${sheetHeight}pt`, padding: `${margin}pt` }}
    >
      {listing && (
        <div className="pp-running is-top" aria-hidden="true" style={{ top: `${margin / 2 - 5}pt`, left: `${margin}pt`, right: `${margin}pt` }}>
          <span dir="auto">{words.title}</span>
          <span>{words.range}</span>
        </div>
      )}
      <div className="print-page" style={{ width: `${width}pt`, height: `${height - 0.5}pt` }}>
        {model.layout === 'timeline' ? (
          <>
            <TimelineSheet model={model} page={model.tiling.pages[index]!} context={pageContext} />
            <PageFoot context={pageContext} />
          </>
        ) : model.layout === 'coverage' ? (
          <CoverageSheet coverage={model.coverage} page={model.pages[index]!} context={pageContext} />
        ) : (
          <AgendaSheet model={model} blocks={model.pages[index]!} context={pageContext} />
        )}
      </div>
      {listing && (
        <div className="pp-running is-bottom" aria-hidden="true" style={{ bottom: `${margin / 2 - 5}pt`, left: `${margin}pt`, right: `${margin}pt` }}>
          <span>{words.printed}</span>
          <span>{words.pageOf(index + 1)}</span>
        </div>
      )}
    </article>
  )
})
