// File ▸ Print… and File ▸ Export PDF…: one dialog with the options and a live preview of the
// actual pages. Pages are laid out a few at a time, with a progress bar and a Stop button, so a
// large plan never freezes the window; printing waits until every page is there.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { CaravanApi } from '../../shared/ipc'
import { suggestedPdfName } from '../../shared/print'
import { selectProject, useWorkspace, useWorkspaceStore } from '../app/store'
import { Dialog } from '../components/Dialog'
import { IssueList } from '../components/IssueList'
import { Galley } from './Galley'
import { buildPrintModel } from './model'
import { laneName, makePrintText } from './printText'
import type { Lane } from '../../shared/timeline'
import { PrintOptions } from './PrintOptions'
import { PrintPages, todayText } from './PrintPages'
import { usePlanText } from '../usePlanText'
import type { Issue } from '../../shared/format'
import { issue } from '../../shared/messages'
import './printDialog.css'

/** Pages laid out per step after the first (one page, so the preview shows at once). */
const PAGES_PER_STEP = 10
/** Width of a preview thumbnail in CSS pixels. */
const THUMB_PX = 300

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; errors: Issue[] } | { kind: 'hint'; message: string }

/** Lays out `total` pages step by step; `stop` halts, `resume` goes on. Restarts when `key` changes. */
function useChunkedPages(total: number, key: unknown) {
  const [state, setState] = useState({ key, count: 1, stopped: false, step: PAGES_PER_STEP })
  const current = state.key === key ? state : { key, count: 1, stopped: false, step: PAGES_PER_STEP }
  if (current !== state) setState(current)
  const stepStarted = useRef(0)
  useEffect(() => {
    if (current.stopped || current.count >= total) return
    // Steps grow while a step stays well inside a frame budget, and shrink when one does not.
    const took = stepStarted.current === 0 ? 0 : performance.now() - stepStarted.current
    const step = took === 0 ? current.step : took < 40 ? current.step * 2 : took > 120 ? Math.max(2, Math.floor(current.step / 2)) : current.step
    // A timeout, not a microtask: the browser paints and takes input between steps.
    const timer = setTimeout(() => {
      stepStarted.current = performance.now()
      setState((s) => (s.key === key ? { ...s, step, count: Math.min(total, s.count + step) } : s))
    }, 0)
    return () => clearTimeout(timer)
  }, [current.count, current.stopped, current.step, total, key])
  const count = Math.min(total, current.count)
  return {
    count,
    stopped: current.stopped && count < total,
    stop: () => setState((s) => ({ ...s, stopped: true })),
    resume: () => setState((s) => ({ ...s, stopped: false })),
  }
}

/** The Print dialog over the plan. */
export function PrintDialog({ api }: { api: CaravanApi }) {
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const mode = useWorkspace((s) => s.dialogs.printing)
  const project = useWorkspace(selectProject)
  const settings = useWorkspace((s) => s.print)
  const view = useWorkspace((s) => s.view)
  const filter = useWorkspace((s) => s.filter)
  const selection = useWorkspace((s) => s.selection)
  const planText = usePlanText(project?.homeTimeZone ?? 'UTC')
  const heading = useId()
  const [current, setCurrent] = useState(0)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const preview = useRef<HTMLDivElement>(null)

  // Agenda rows are measured once per estimate (Galley), then paginated by what they measure.
  const [measured, setMeasured] = useState<{ key: unknown; heights: Map<string, number> } | null>(null)
  const estimate = useMemo(() => {
    if (!project) return null
    const text = makePrintText(project, settings.names, planText, t)
    const barLabel = (located: Parameters<typeof text.title>[0]) => {
      const name = text.title(located)
      return name.secondary ? `${name.primary} · ${name.secondary}` : name.primary
    }
    const laneLabel = (lane: Lane) => {
      const name = laneName(lane, view.grouping, settings.names, planText, t)
      return name.secondary ? `${name.primary}\n${name.secondary}` : name.primary
    }
    const input = { project, settings, view, filter, selection, today: todayText(), barLabel, laneLabel }
    return { input, model: buildPrintModel(input) }
  }, [project, settings, view, filter, selection, planText, t])
  const model = useMemo(() => {
    if (!estimate) return null
    if (estimate.model.layout === 'timeline' || estimate.model.layout === 'coverage') return estimate.model
    if (measured?.key !== estimate) return null
    return buildPrintModel({ ...estimate.input, measured: measured.heights })
  }, [estimate, measured])
  // While rows are being measured the pages of the last layout stay up (the form keeps its focus).
  const [lastModel, setLastModel] = useState(model)
  if (model && model !== lastModel) setLastModel(model)
  const shownModel = model ?? lastModel ?? estimate?.model ?? null
  const total = shownModel?.pageCount ?? 0
  const pages = useChunkedPages(total, shownModel)
  const ready = model !== null && pages.count >= total
  const shown = Math.min(current, Math.max(0, pages.count - 1))

  // The rows are measured a moment after the first page from estimates is on screen.
  const [galleyFor, setGalleyFor] = useState<unknown>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setGalleyFor(estimate), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [estimate])

  useEffect(() => {
    preview.current?.querySelector(`[data-page="${shown + 1}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [shown])

  if (!mode || !project || !estimate || !shownModel) return null
  const galley =
    galleyFor === estimate && (estimate.model.layout === 'agenda' || estimate.model.layout === 'partners') && measured?.key !== estimate ? (
      <Galley project={project} model={estimate.model} onMeasured={(heights) => setMeasured({ key: estimate, heights })} />
    ) : null
  const close = () => store.getState().closeDialogs()

  const print = async (target: 'print' | 'pdf') => {
    if (api.host === 'web') {
      // The browser prints this same route; its own dialog offers "Save as PDF".
      if (target === 'pdf') setOutcome({ kind: 'hint', message: t('print.webExport') })
      window.print()
      return
    }
    setOutcome({ kind: 'busy' })
    try {
      if (target === 'print') {
        const result = await api.invoke('print:print', undefined)
        setOutcome(result.kind === 'failed' ? { kind: 'failed', errors: result.errors } : { kind: 'idle' })
      } else {
        const result = await api.invoke('print:pdf', { suggestedName: suggestedPdfName(project.title, settings.layout) })
        if (result.kind === 'saved') setOutcome({ kind: 'done', message: t('print.exported', { name: result.name }) })
        else setOutcome(result.kind === 'failed' ? { kind: 'failed', errors: result.errors } : { kind: 'idle' })
      }
    } catch (error) {
      setOutcome({ kind: 'failed', errors: [issue('', 'app.failed', { detail: error instanceof Error ? error.message : String(error) })] })
    }
  }

  const zoom = THUMB_PX / ((shownModel.box.sheetWidth * 4) / 3)
  return createPortal(
    <Dialog role="dialog" labelledBy={heading} onCancel={close} className="print-dialog">
      <h2 id={heading} className="dialog-title print-dialog-head">
        {t('print.title')}
      </h2>
      <div className="print-layout">
        <PrintOptions settings={settings} onChange={(next) => store.getState().setPrintSettings(next)} />
        <section className="print-preview-pane" aria-label={t('print.preview')}>
          <div className="print-bar">
            <button type="button" onClick={() => setCurrent(Math.max(0, shown - 1))} disabled={shown === 0} aria-label={t('print.previous')}>
              ‹
            </button>
            <span className="print-page-of" aria-live="polite">
              {t('print.pageOf', { page: shown + 1, pages: total })}
            </span>
            <button type="button" onClick={() => setCurrent(Math.min(pages.count - 1, shown + 1))} disabled={shown + 1 >= pages.count} aria-label={t('print.next')}>
              ›
            </button>
            {!ready && !pages.stopped && (
              <>
                <progress className="print-progress" max={total} value={pages.count} aria-label={t('print.laying', { done: pages.count, total })} />
                <button type="button" onClick={pages.stop}>
                  {t('print.stop')}
                </button>
              </>
            )}
            {pages.stopped && (
              <>
                <span>{t('print.stopped', { done: pages.count, total })}</span>
                <button type="button" onClick={pages.resume}>
                  {t('print.resume')}
                </button>
              </>
            )}
          </div>
          <div className="print-preview" ref={preview} data-ready={ready ? 'true' : 'false'} onClick={(e) => {
            const page = (e.target as HTMLElement).closest<HTMLElement>('[data-page]')
            if (page) setCurrent(Number(page.dataset.page) - 1)
          }}>
            <div className="print-zoom" style={{ zoom }}>
              <PrintPages project={project} model={shownModel} count={pages.count} current={shown} />
            </div>
            {galley}
          </div>
        </section>
      </div>
      {outcome.kind === 'failed' && <IssueList issues={outcome.errors} />}
      {(outcome.kind === 'done' || outcome.kind === 'hint') && (
        <p className="print-outcome" role="status">
          {outcome.message}
        </p>
      )}
      <div className="dialog-buttons print-actions">
        <button type="button" className={mode === 'print' ? 'primary' : undefined} disabled={!ready || outcome.kind === 'busy'} onClick={() => void print('print')}>
          {t('print.print')}
        </button>
        <button type="button" className={mode === 'pdf' ? 'primary' : undefined} disabled={!ready || outcome.kind === 'busy'} onClick={() => void print('pdf')}>
          {t('print.exportPdf')}
        </button>
        <button type="button" onClick={close}>
          {t('print.close')}
        </button>
      </div>
    </Dialog>,
    document.body,
  )
}
