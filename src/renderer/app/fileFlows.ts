// The file flows of the window: start, New, Open, Open Recent, Save, Save As, close, each asking
// the user in-app where needed. Everything reaches disk through window.caravan only. The view
// settings are remembered per user and per plan in main's settings, never as edits; a content
// save also writes the current view into the plan's `views`.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isDocumentCommand, type CommandCall } from '../../shared/commands'
import { createProject, restoredVersion, type Issue, type Project } from '../../shared/format'
import type { VersionEntry } from '../../shared/ipc'
import { findMergeBase } from './mergeBase'
import type { CaravanApi, OpenResult, PlanHolder } from '../../shared/ipc'
import { withTimelineView } from '../../shared/timeline'
import { withPrintSettings } from '../../shared/print'
import { usePrompt } from '../usePrompt'
import { currentProject, hasUnsavedChanges } from './document'
import { openStart, problem, showOpened } from './start'
import { exportPlan, startImport, type ExportFormat } from './exchangeFlows'
import { readDroppedPlan, type DroppedFile } from './drop'
import { isEmptyFilter } from '../../shared/filters'
import type { ExchangeKind } from '../../shared/exchange'
import type { WorkspaceStore } from './store'

export type UnsavedAction = 'new' | 'open' | 'close'

/** The in-app questions a file flow can ask, and their answers. */
export type Prompt =
  | { kind: 'unsaved'; action: UnsavedAction; title: string }
  | { kind: 'conflict'; name: string }
  | { kind: 'saveFailed'; name: string; errors: Issue[] }
  /** Saved, but something beside the plan could not be done (its backup could not be kept). */
  | { kind: 'savedWithWarnings'; name: string; errors: Issue[] }
  /** Someone else has the plan open. */
  | { kind: 'inUse'; name: string; by: PlanHolder }
export type PromptAnswer = 'save' | 'discard' | 'copy' | 'overwrite' | 'cancel' | 'ok' | 'readOnly' | 'takeOver'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** How long view changes settle before they are remembered. */
const rememberAfterMs = 400

/**
 * The window's file flows. `start` is the start plan's opening when it was begun before the first
 * render (openStart), resolving to an answer still to be shown (a plan in use); without it the
 * window opens the start plan itself.
 */
export function useFileFlows(api: CaravanApi, store: WorkspaceStore, start?: Promise<OpenResult | null>) {
  const { t } = useTranslation()
  const [prompt, ask] = usePrompt<Prompt, PromptAnswer>()
  // One file flow at a time, in the order asked: a Save pressed while a recovery or an open is
  // still finishing runs right after it instead of being lost. The same flow asked again while
  // it already waits its turn is not queued twice (a second Ctrl+S during a save saves once more
  // after it, not five times).
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const waiting = useRef(new Map<string, Promise<unknown>>())
  const apply = store.getState().apply
  // The file on disk was merged into the plan ("Merge theirs into mine"): the next save may replace
  // exactly that version of it (and asks as usual if it changed again).
  const mergedDisk = useRef<string | null>(null)

  const exclusive = useCallback(<T,>(kind: string, flow: () => Promise<T>): Promise<T> => {
    const pending = waiting.current.get(kind)
    if (pending) return pending as Promise<T>
    const turn = queue.current.then(() => {
      waiting.current.delete(kind)
      return flow()
    })
    waiting.current.set(kind, turn)
    queue.current = turn.catch(() => undefined)
    return turn
  }, [])

  /** Shows an opened plan with the view its user last had on it (or the one in the file). */
  const show = useCallback(
    async (given: OpenResult) => {
      let result = given
      if (result.kind === 'inUse') {
        const answer = await ask({ kind: 'inUse', name: result.name, by: result.by })
        if (answer !== 'readOnly' && answer !== 'takeOver') return apply({ type: 'opened', result: { kind: 'canceled' } })
        result = await api.invoke('project:openInUse', { mode: answer })
      }
      if (result.kind !== 'opened') return apply({ type: 'opened', result })
      await showOpened(api, store, result)
    },
    [api, apply, ask, store],
  )

  const saveNow = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      let request = { saveAs, overwrite: false }
      // Loops only when a conflict is answered with "Save a copy…" or "Overwrite".
      for (;;) {
        const state = store.getState()
        const sent = currentProject(state)
        if (!sent) return false
        // A plan opened read-only is saved as a copy.
        if (state.doc?.readOnly) request = { ...request, saveAs: true }
        // The view the planner has now goes into the file with the save (nothing changes when it is the file's own).
        const project = withPrintSettings(withTimelineView(sent, state.view), state.print)
        const journalLength = state.doc?.journal.entries.length ?? 0
        let result
        const merged = mergedDisk.current
        try {
          result = await api.invoke('project:save', { project, ...request, ...(merged !== null && !request.saveAs && !request.overwrite ? { expectedHash: merged } : {}) })
        } catch (error) {
          await ask({ kind: 'saveFailed', name: state.doc?.file?.name ?? sent.title, errors: problem(error) })
          return false
        }
        switch (result.kind) {
          case 'saved':
            mergedDisk.current = null
            apply({ type: 'saved', sent, journalLength, result })
            if (result.warnings && result.warnings.length > 0) await ask({ kind: 'savedWithWarnings', name: result.file.name, errors: result.warnings })
            return true
          case 'canceled':
            return false
          case 'failed':
            await ask({ kind: 'saveFailed', name: result.name, errors: result.errors })
            return false
          case 'conflict': {
            const choice = await ask({ kind: 'conflict', name: result.name })
            if (choice === 'copy') request = { saveAs: true, overwrite: false }
            else if (choice === 'overwrite') request = { saveAs: false, overwrite: true }
            else return false
          }
        }
      }
    },
    [api, apply, ask, store],
  )

  /** True when the plan may be replaced: nothing unsaved, saved now, or the user chose not to save. */
  const confirmDiscard = useCallback(
    async (action: UnsavedAction): Promise<boolean> => {
      const state = store.getState()
      const project = currentProject(state)
      if (!project || !hasUnsavedChanges(state)) return true
      const answer = await ask({ kind: 'unsaved', action, title: project.title })
      if (answer === 'save') return saveNow(false)
      return answer === 'discard'
    },
    [ask, saveNow, store],
  )

  const save = useCallback((saveAs: boolean) => exclusive(saveAs ? 'saveAs' : 'save', () => saveNow(saveAs)), [exclusive, saveNow])

  const newPlan = useCallback(
    () =>
      exclusive('newPlan', async () => {
        if (!(await confirmDiscard('new'))) return
        const project = createProject(t('untitledPlan'), Intl.DateTimeFormat().resolvedOptions().timeZone)
        await api.invoke('project:forget', undefined)
        apply({ type: 'created', project })
      }),
    [api, apply, confirmDiscard, exclusive, t],
  )

  const openWith = useCallback(
    (read: () => Promise<OpenResult>) =>
      exclusive('openWith', async () => {
        if (!(await confirmDiscard('open'))) return
        try {
          await show(await read())
        } catch (error) {
          apply({ type: 'opened', result: { kind: 'failed', path: '', name: '', errors: problem(error) } })
        }
      }),
    [apply, confirmDiscard, exclusive, show],
  )
  const open = useCallback(() => openWith(() => api.invoke('project:open', undefined)), [api, openWith])
  /** The file as someone else saved it; unsaved edits here are given up (the question was asked by the notice). */
  const reload = useCallback(
    () =>
      exclusive('reload', async () => {
        try {
          await show(await api.invoke('project:reload', undefined))
        } catch (error) {
          apply({ type: 'opened', result: { kind: 'failed', path: '', name: '', errors: problem(error) } })
        }
      }),
    [api, apply, exclusive, show],
  )
  const openRecent = useCallback((path: string) => openWith(() => api.invoke('project:openRecent', { path })), [api, openWith])
  /** A `.caravan` file dropped on the window: opened by its path (desktop), or as an untitled copy of its content (web host). */
  const openDropped = useCallback(
    async (file: DroppedFile) => {
      const plan = await readDroppedPlan(file, api.pathOfDropped?.(file) || undefined)
      if (plan.kind === 'path') return openWith(() => api.invoke('project:openDropped', { path: plan.path }))
      if (plan.kind === 'failed') return apply({ type: 'opened', result: { kind: 'failed', path: '', name: plan.name, errors: plan.errors } })
      return exclusive('openDropped', async () => {
        if (!(await confirmDiscard('open'))) return
        await api.invoke('project:forget', undefined)
        apply({ type: 'created', project: plan.project })
      })
    },
    [api, apply, confirmDiscard, exclusive, openWith],
  )

  /** Opens the merge view of `result` (another copy, or the file on disk) against the copies' common ancestor. */
  const startMerge = useCallback(
    async (result: OpenResult, fromDisk: boolean) => {
      const state = store.getState()
      const ours = currentProject(state)
      const history = state.doc?.history
      if (!ours || !history) return
      if (result.kind === 'canceled') return
      if (result.kind === 'failed') return apply({ type: 'opened', result })
      if (result.kind !== 'opened') return
      const found = await findMergeBase(api, ours, history, result.project)
      const target = { name: result.file.name, theirs: result.project, base: found.base, ...(found.twoWay ? { twoWay: true } : {}), ...(fromDisk ? { fromDisk: result.file.hash } : {}) }
      store.getState().openDialog({ merging: target })
    },
    [api, apply, store],
  )

  /** File ▸ Merge Another Copy…: reads the other copy and opens the merge view. */
  const mergeAnother = useCallback(
    () =>
      exclusive('mergeAnother', async () => {
        const result = await api.invoke('project:readOther', undefined).catch((error: unknown) => ({ kind: 'failed' as const, path: '', name: '', errors: problem(error) }))
        await startMerge(result, false)
      }),
    [api, exclusive, startMerge],
  )

  /** The changed-on-disk notice's "Merge theirs into mine": the file as someone else saved it, merged into the open plan. */
  const mergeFromDisk = useCallback(
    () =>
      exclusive('mergeFromDisk', async () => {
        const result = await api.invoke('project:readCurrent', undefined).catch((error: unknown) => ({ kind: 'failed' as const, path: '', name: '', errors: problem(error) }))
        await startMerge(result, true)
      }),
    [api, exclusive, startMerge],
  )

  /** The merge of the file on disk was applied: the next save replaces that version of the file. */
  const adoptDisk = useCallback(
    (hash: string) => {
      mergedDisk.current = hash
      apply({ type: 'dismissNotice' })
    },
    [apply],
  )

  /** Browse Versions ▸ Restore: the plan as that version, in one undo step. */
  const restoreVersion = useCallback(
    (version: Project, entry: VersionEntry) => {
      const state = store.getState()
      const current = currentProject(state)
      if (!current) return
      state.closeDialogs()
      state.dispatch({ id: 'plan.restore', args: { project: restoredVersion(current, version), version: entry.at } })
    },
    [store],
  )

  /** Browse Versions ▸ Open as copy: the version as a new plan that has no file yet. */
  const openCopy = useCallback(
    (version: Project) =>
      exclusive('openCopy', async () => {
        store.getState().closeDialogs()
        if (!(await confirmDiscard('open'))) return
        await api.invoke('project:forget', undefined)
        apply({ type: 'created', project: version })
      }),
    [api, apply, confirmDiscard, exclusive, store],
  )

  const close = useCallback(
    () =>
      exclusive('close', async () => {
        if (!(await confirmDiscard('close'))) return
        // A clean close leaves no recovery journal, even when the planner chose not to save.
        await api.invoke('recovery:clear', undefined).catch(() => undefined)
        await api.invoke('window:close', undefined)
      }),
    [api, confirmDiscard, exclusive],
  )

  /** Brings back the unsaved edits a crashed Caravan left: replayed as undo steps where possible. */
  const recover = useCallback(
    (id: string) =>
      exclusive(`recover:${id}`, async () => {
        if (!(await confirmDiscard('open'))) return
        const result = await api.invoke('recovery:open', { id }).catch((error: unknown) => ({ kind: 'failed' as const, errors: problem(error) }))
        if (result.kind === 'failed') {
          apply({ type: 'opened', result: { kind: 'failed', path: '', name: '', errors: result.errors } })
          return
        }
        if (result.opened) await show(result.opened)
        else apply({ type: 'created', project: result.project })
        const state = store.getState()
        for (const call of result.calls ?? []) {
          if (!isRecord(call) || !isDocumentCommand(call.id)) break
          try {
            state.dispatch(call as unknown as CommandCall)
          } catch {
            break
          }
        }
        // Whatever could not be replayed comes back in one step; nothing when the replay got there.
        store.getState().dispatch({ id: 'plan.restore', args: { project: result.project } })
        await api.invoke('recovery:discard', { id }).catch(() => undefined)
      }),
    [api, apply, confirmDiscard, exclusive, show, store],
  )

  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    // Begun before the first render (main.tsx), or now.
    ;(start ?? openStart(api, store))
      .then((pending) => pending && show(pending))
      // After a crash: offer the edits that were not saved.
      .then(() => api.invoke('recovery:list', undefined))
      .then((entries) => entries.length > 0 && store.getState().openDialog({ recovering: true }))
      .catch(() => undefined)
  }, [api, show, start, store])

  // View settings are remembered a moment after they settle, per plan; a Coverage slice is not
  // (it is a moment's look, and its ids could outgrow what main keeps).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = store.subscribe((state, before) => {
      if (state.view === before.view && state.filter === before.filter && state.print === before.print) return
      const project = currentProject(state)
      if (!project || currentProject(before)?.id !== project.id) return
      clearTimeout(timer)
      timer = setTimeout(() => void api.invoke('view:set', { planId: project.id, view: { ...state.view, print: state.print }, filter: { ...state.filter, items: null } }).catch(() => undefined), rememberAfterMs)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [api, store])

  useEffect(() => api.on('file:changed-on-disk', ({ path }) => apply({ type: 'changedOnDisk', path })), [api, apply])
  useEffect(() => api.on('app:close-requested', () => void close()), [api, close])

  const { i18n } = useTranslation()
  /** Exports now (`scope`), or first asks whether to export what the filter shows or the whole plan. */
  const exportAs = useCallback(
    async (format: ExportFormat, ids?: readonly string[], what?: ExchangeKind, scope?: 'filtered' | 'whole') => {
      const state = store.getState()
      if (!ids && scope === undefined && !isEmptyFilter(state.filter)) {
        state.openDialog({ exporting: { format, ...(what ? { what } : {}) } })
        return
      }
      const name = currentProject(state)?.title ?? ''
      try {
        const result = await exportPlan(api, store, format, i18n.language, { ...(ids ? { ids } : {}), ...(what ? { what } : {}), filtered: scope === 'filtered' })
        if (result?.kind === 'failed') await ask({ kind: 'saveFailed', name: result.name || name, errors: result.errors })
      } catch (error) {
        await ask({ kind: 'saveFailed', name, errors: problem(error) })
      }
    },
    [api, ask, i18n.language, store],
  )
  const importFrom = useCallback(
    async (kind: 'calendar' | 'spreadsheet') => {
      try {
        const file = await startImport(api, store, kind, i18n.language)
        if (file.kind === 'failed') store.getState().openDialog({ importing: { fileName: file.name, preview: { kind: 'events', headers: [], mapping: [], rows: [], newPartners: [], newVenues: [], issues: file.errors } } })
      } catch (error) {
        store.getState().openDialog({ importing: { fileName: '', preview: { kind: 'events', headers: [], mapping: [], rows: [], newPartners: [], newVenues: [], issues: problem(error) } } })
      }
    },
    [api, i18n.language, store],
  )

  return useMemo(
    () => ({ prompt, newPlan, open, openRecent, openDropped, reload, mergeAnother, mergeFromDisk, adoptDisk, restoreVersion, openCopy, save, close, recover, exportAs, importFrom }),
    [prompt, newPlan, open, openRecent, openDropped, reload, mergeAnother, mergeFromDisk, adoptDisk, restoreVersion, openCopy, save, close, recover, exportAs, importFrom],
  )
}

export type FileFlows = ReturnType<typeof useFileFlows>
