// The window's start: the plan main opens first (the one given, the last one, or the sample),
// shown with the view its user last had on it. It runs before the window's first render
// (main.tsx), so that render draws the plan instead of an empty window the plan then replaces; a
// plan someone else has open is left to the window, which asks what to do.
import { issue } from '../../shared/messages'
import { openConflicts } from '../../shared/merge'
import type { CaravanApi, OpenResult } from '../../shared/ipc'
import type { Issue } from '../../shared/format'
import { rememberedView } from './viewSettings'
import type { WorkspaceStore } from './store'

type Opened = Extract<OpenResult, { kind: 'opened' }>

/** What a call that threw says: one issue for the window to show. */
export function problem(error: unknown): Issue[] {
  return [issue('', 'app.failed', { detail: error instanceof Error ? error.message : String(error) })]
}

/** Shows an opened plan with the view its user last had on it (or the one in the file). */
export async function showOpened(api: CaravanApi, store: WorkspaceStore, result: Opened): Promise<void> {
  const remembered = await api.invoke('view:get', { planId: result.project.id }).catch(() => null)
  const settings = rememberedView(result.project, remembered)
  const state = store.getState()
  state.apply({ type: 'opened', result }, settings?.view, settings?.print)
  if (settings?.filter) state.setFilter(settings.filter)
  // Choices a `caravan merge` left open in the file are offered at once.
  if (openConflicts(result.project).length > 0) state.openDialog({ resolving: true })
}

/** Opens the start plan into `store`; resolves to the answer that needs the window's question (the plan is in use), or null. */
export async function openStart(api: CaravanApi, store: WorkspaceStore): Promise<OpenResult | null> {
  try {
    const result = await api.invoke('app:start', undefined)
    if (result.kind === 'inUse') return result
    if (result.kind === 'opened') await showOpened(api, store, result)
    else store.getState().apply({ type: 'started', result })
  } catch (error) {
    // Main could not answer, or the plan could not be shown: the window says what went wrong
    // instead of staying at "Opening the plan…".
    store.getState().apply({ type: 'started', result: { kind: 'failed', path: '', name: '', errors: problem(error) } })
  }
  return null
}
