// The file flows of the window: start, New, Open, Save, Save As, close, each asking the user
// in-app where needed. Everything reaches disk through window.caravan only.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createProject, type Issue, type Project } from '../shared/format'
import { issue } from '../shared/messages'
import type { CaravanApi } from '../shared/ipc'
import { usePrompt } from './usePrompt'
import { currentProject, hasUnsavedChanges, initialWorkspace, workspaceReducer, type UndoLabel, type WorkspaceAction, type WorkspaceState } from './workspace'

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

export function useWorkspace(api: CaravanApi) {
  const { t } = useTranslation()
  const latest = useRef<WorkspaceState>(initialWorkspace)
  const [state, setState] = useState<WorkspaceState>(initialWorkspace)
  const [prompt, ask] = usePrompt<Prompt, PromptAnswer>()
  // One file flow at a time: a second Ctrl+S while the first save is under way does nothing.
  const busy = useRef(false)

  const apply = useCallback((action: WorkspaceAction) => {
    latest.current = workspaceReducer(latest.current, action)
    setState(latest.current)
  }, [])

  const exclusive = useCallback(<T,>(flow: () => Promise<T>, otherwise: T): Promise<T> => {
    if (busy.current) return Promise.resolve(otherwise)
    busy.current = true
    return flow().finally(() => {
      busy.current = false
    })
  }, [])

  const saveNow = useCallback(
    async (saveAs: boolean): Promise<boolean> => {
      let request = { saveAs, overwrite: false }
      // Loops only when a conflict is answered with "Save a copy…" or "Overwrite".
      for (;;) {
        const sent = currentProject(latest.current)
        if (!sent) return false
        let result
        try {
          result = await api.invoke('project:save', { project: sent, ...request })
        } catch (error) {
          await ask({ kind: 'saveFailed', name: latest.current.doc?.file?.name ?? sent.title, errors: problem(error) })
          return false
        }
        switch (result.kind) {
          case 'saved':
            apply({ type: 'saved', sent, result })
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
    [api, apply, ask],
  )

  /** True when the plan may be replaced: nothing unsaved, saved now, or the user chose not to save. */
  const confirmDiscard = useCallback(
    async (action: UnsavedAction): Promise<boolean> => {
      const project = currentProject(latest.current)
      if (!project || !hasUnsavedChanges(latest.current)) return true
      const answer = await ask({ kind: 'unsaved', action, title: project.title })
      if (answer === 'save') return saveNow(false)
      return answer === 'discard'
    },
    [ask, saveNow],
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

  const open = useCallback(
    () =>
      exclusive(async () => {
        if (!(await confirmDiscard('open'))) return
        try {
          apply({ type: 'opened', result: await api.invoke('project:open', undefined) })
        } catch (error) {
          apply({ type: 'opened', result: { kind: 'failed', path: '', name: '', errors: problem(error) } })
        }
      }, undefined),
    [api, apply, confirmDiscard, exclusive],
  )

  const close = useCallback(
    () =>
      exclusive(async () => {
        if (await confirmDiscard('close')) await api.invoke('window:close', undefined)
      }, undefined),
    [api, confirmDiscard, exclusive],
  )

  const edit = useCallback((project: Project, label: UndoLabel) => apply({ type: 'edited', project, label }), [apply])
  const changeView = useCallback((change: (project: Project) => Project) => apply({ type: 'viewChanged', change }), [apply])
  const undo = useCallback(() => apply({ type: 'undo' }), [apply])
  const redo = useCallback(() => apply({ type: 'redo' }), [apply])
  const dismissFailure = useCallback(() => apply({ type: 'dismissFailure' }), [apply])
  const dismissNotice = useCallback(() => apply({ type: 'dismissNotice' }), [apply])

  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    api.invoke('app:start', undefined).then(
      (result) => apply({ type: 'started', result }),
      (error: unknown) => apply({ type: 'started', result: { kind: 'failed', path: '', name: '', errors: problem(error) } }),
    )
  }, [api, apply])

  useEffect(() => api.on('file:changed-on-disk', ({ path }) => apply({ type: 'changedOnDisk', path })), [api, apply])
  useEffect(() => api.on('app:close-requested', () => void close()), [api, close])

  return useMemo(
    () => ({ state, prompt, newPlan, open, save, close, edit, changeView, undo, redo, dismissFailure, dismissNotice }),
    [state, prompt, newPlan, open, save, close, edit, changeView, undo, redo, dismissFailure, dismissNotice],
  )
}

export type Workspace = ReturnType<typeof useWorkspace>
