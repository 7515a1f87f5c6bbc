// The file flows of the window: start, New, Open, Open Recent, Save, Save As, close, each asking
// the user in-app where needed. Everything reaches disk through window.caravan only. The view
// settings are remembered per user and per plan in main's settings, never as edits; a content
// save also writes the current view into the plan's `views`.
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { createProject, type Issue } from '../../shared/format'
import { issue } from '../../shared/messages'
import type { CaravanApi, OpenResult } from '../../shared/ipc'
import { withTimelineView } from '../../shared/timeline'
import { withPrintSettings } from '../../shared/print'
import { usePrompt } from '../usePrompt'
import { currentProject, hasUnsavedChanges } from './document'
import { rememberedView } from './viewSettings'
import type { WorkspaceStore } from './store'

export type UnsavedAction = 'new' | 'open' | 'close'

/** The in-app questions a file flow can ask, and their answers. */
export type Prompt =
  | { kind: 'unsaved'; action: UnsavedAction; title: string }
  | { kind: 'conflict'; name: string }
  | { kind: 'saveFailed'; name: string; errors: Issue[] }
export type PromptAnswer = 'save' | 'discard' | 'copy' | 'overwrite' | 'cancel' | 'ok'

function problem(error: unknown): Issue[] {
  return [issue('', 'app.failed', { detail: error instanceof Error ? error.message : String(error) })]
}

/** How long view changes settle before they are remembered. */
const rememberAfterMs = 400

export function useFileFlows(api: CaravanApi, store: WorkspaceStore) {
  const { t } = useTranslation()
  const [prompt, ask] = usePrompt<Prompt, PromptAnswer>()
  // One file flow at a time: a second Ctrl+S while the first save is under way does nothing.
  const busy = useRef(false)
  const apply = store.getState().apply

  const exclusive = useCallback(<T,>(flow: () => Promise<T>, otherwise: T): Promise<T> => {
    if (busy.current) return Promise.resolve(otherwise)
    busy.current = true
    return flow().finally(() => {
      busy.current = false
    })
  }, [])

  /** Shows an opened plan with the view its user last had on it (or the one in the file). */
  const show = useCallback(
    async (result: OpenResult) => {
      if (result.kind !== 'opened') return apply({ type: 'opened', result })
      const remembered = await api.invoke('view:get', { planId: result.project.id }).catch(() => null)
      const settings = rememberedView(result.project, remembered)
      apply({ type: 'opened', result }, settings?.view, settings?.print)
      if (settings?.filter) store.getState().setFilter(settings.filter)
    },
    [api, apply, store],
  )

  const saveNow = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      let request = { saveAs, overwrite: false }
      // Loops only when a conflict is answered with "Save a copy…" or "Overwrite".
      for (;;) {
        const state = store.getState()
        const sent = currentProject(state)
        if (!sent) return false
        // The view the planner has now goes into the file with the save (nothing changes when it is the file's own).
        const project = withPrintSettings(withTimelineView(sent, state.view), state.print)
        const journalLength = state.doc?.journal.entries.length ?? 0
        let result
        try {
          result = await api.invoke('project:save', { project, ...request })
        } catch (error) {
          await ask({ kind: 'saveFailed', name: state.doc?.file?.name ?? sent.title, errors: problem(error) })
          return false
        }
        switch (result.kind) {
          case 'saved':
            apply({ type: 'saved', sent, journalLength, result })
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

  const save = useCallback((saveAs: boolean) => exclusive(() => saveNow(saveAs), false), [exclusive, saveNow])

  const newPlan = useCallback(
    () =>
      exclusive(async () => {
        if (!(await confirmDiscard('new'))) return
        const project = createProject(t('untitledPlan'), Intl.DateTimeFormat().resolvedOptions().timeZone)
        await api.invoke('project:forget', undefined)
        apply({ type: 'created', project })
      }, undefined),
    [api, apply, confirmDiscard, exclusive, t],
  )

  const openWith = useCallback(
    (read: () => Promise<OpenResult>) =>
      exclusive(async () => {
        if (!(await confirmDiscard('open'))) return
        try {
          await show(await read())
        } catch (error) {
          apply({ type: 'opened', result: { kind: 'failed', path: '', name: '', errors: problem(error) } })
        }
      }, undefined),
    [apply, confirmDiscard, exclusive, show],
  )
  const open = useCallback(() => openWith(() => api.invoke('project:open', undefined)), [api, openWith])
  const openRecent = useCallback((path: string) => openWith(() => api.invoke('project:openRecent', { path })), [api, openWith])

  const close = useCallback(
    () =>
      exclusive(async () => {
        if (await confirmDiscard('close')) await api.invoke('window:close', undefined)
      }, undefined),
    [api, confirmDiscard, exclusive],
  )

  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    api.invoke('app:start', undefined).then(
      (result) => (result.kind === 'opened' ? show(result) : apply({ type: 'started', result })),
      (error: unknown) => apply({ type: 'started', result: { kind: 'failed', path: '', name: '', errors: problem(error) } }),
    )
  }, [api, apply, show])

  // View settings are remembered a moment after they settle, per plan.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = store.subscribe((state, before) => {
      if (state.view === before.view && state.filter === before.filter && state.print === before.print) return
      const project = currentProject(state)
      if (!project || currentProject(before)?.id !== project.id) return
      clearTimeout(timer)
      timer = setTimeout(() => void api.invoke('view:set', { planId: project.id, view: { ...state.view, print: state.print }, filter: state.filter }).catch(() => undefined), rememberAfterMs)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [api, store])

  useEffect(() => api.on('file:changed-on-disk', ({ path }) => apply({ type: 'changedOnDisk', path })), [api, apply])
  useEffect(() => api.on('app:close-requested', () => void close()), [api, close])

  return useMemo(() => ({ prompt, newPlan, open, openRecent, save, close }), [prompt, newPlan, open, openRecent, save, close])
}

export type FileFlows = ReturnType<typeof useFileFlows>
