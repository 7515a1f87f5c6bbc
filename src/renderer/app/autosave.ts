// Autosave to the recovery journal: a moment after edits stop, the unsaved edits (the journal's
// calls since the last save, and the document itself) go to main, which keeps them durably in the
// app's data folder, never over the plan's file. A save, New, Open or a clean close with nothing
// unsaved removes them, so only a crash or a killed process leaves any behind. The document goes as
// JSON text written by the conflicts worker from its copy of the plan: written here, it held the
// window up for 0.15 s after every edit at 10,000 events (1.1 s at 100,000).
import { useEffect } from 'react'
import { unsavedCalls } from '../../shared/commands'
import { undoLabel } from '../../shared/history'
import type { Project } from '../../shared/format'
import type { CaravanApi, RecoveryDraft } from '../../shared/ipc'
import { planJson } from '../conflicts/conflictsClient'
import { hasUnsavedChanges } from './document'
import type { WorkspaceState, WorkspaceStore } from './store'

/** How long edits settle before they are written (well inside the promised 2 s). */
export const AUTOSAVE_AFTER_MS = 800

/** What to write for the window's unsaved edits now (the document still as an object); null when there are none. */
export function recoveryDraft(state: WorkspaceState): (Omit<RecoveryDraft, 'projectJson'> & { project: Project }) | null {
  const doc = state.doc
  if (!doc || !hasUnsavedChanges(state)) return null
  const project = doc.history.present
  const calls = doc.file ? unsavedCalls(doc.journal) : null
  const label = undoLabel(doc.history)
  return {
    planId: project.id,
    title: project.title,
    ...(doc.file ? { path: doc.file.path, baseHash: doc.file.hash } : {}),
    ...(calls ? { calls: [...calls] } : {}),
    project,
    count: calls?.length ?? Math.max(1, doc.journal.entries.length),
    ...(label ? { lastLabel: label } : {}),
  }
}

export function useAutosave(api: CaravanApi, store: WorkspaceStore): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let written = false
    const stop = store.subscribe((state, before) => {
      if (state.doc === before.doc) return
      clearTimeout(timer)
      timer = setTimeout(() => {
        const draft = recoveryDraft(store.getState())
        if (draft) {
          const { project, ...rest } = draft
          void planJson(project).then((projectJson) => {
            // Saved, or edited again, while the text was written: that is written (or cleared) instead.
            const now = store.getState()
            if (projectJson === null || now.doc?.history.present !== project || !hasUnsavedChanges(now)) return
            written = true
            return api.invoke('recovery:write', { ...rest, projectJson })
          }).catch(() => undefined)
        } else if (written) {
          written = false
          void api.invoke('recovery:clear', undefined).catch(() => undefined)
        }
      }, AUTOSAVE_AFTER_MS)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [api, store])
}
