// The dialogs of the editing area over the plan: the reference lists, the editors with the delete
// question, and quick find. Which is open lives in the workspace store, so menus, tables, the
// timeline and quick find all open the same ones.
import { createPortal } from 'react-dom'
import type { EntityKind } from '../../shared/commands'
import { QuickFind } from '../find/QuickFind'
import { selectProject, useWorkspace, useWorkspaceStore, type Screen, type WorkspaceStore } from '../app/store'
import { EditingHost } from './EditingHost'
import { ListsDialog } from './ListsDialog'
import { useEditingActions } from './useEditing'

const tableOf: Partial<Record<EntityKind, Screen>> = { event: 'events', partner: 'partners', venue: 'venues', coproduction: 'coproductions' }

/**
 * Quick find's Enter: the item is selected and shown where the planner is — on the timeline for
 * events and co-productions, else in its table; what has no place on screen opens in its editor.
 * Ctrl+Enter always opens the editor.
 */
export function jumpTo(store: WorkspaceStore, kind: EntityKind, id: string, openEditor: boolean): void {
  const state = store.getState()
  const onTimeline = state.screen === 'timeline' && (kind === 'event' || kind === 'coproduction')
  const table = tableOf[kind]
  if (openEditor || (!onTimeline && !table)) {
    state.select([id])
    state.openDialog({ editor: { kind, id, isNew: false } })
    return
  }
  state.closeDialogs()
  if (onTimeline) state.revealItem(kind === 'coproduction' ? (selectProject(state)?.coproductions.find((c) => c.id === id)?.phases[0]?.id ?? id) : id)
  else {
    state.setScreen(table!)
    state.select([id])
  }
}

export function EditingArea() {
  const store = useWorkspaceStore()
  const project = useWorkspace((s) => (s.failure ? null : selectProject(s)))
  const finding = useWorkspace((s) => s.dialogs.finding)
  const listing = useWorkspace((s) => s.dialogs.listing)
  const editing = useEditingActions()
  if (!project) return null
  const closeDialogs = store.getState().closeDialogs
  return (
    <>
      {/* Before the editors, so an editor opened from the list shows over it. */}
      {listing && createPortal(<ListsDialog project={project} kind={listing} editing={editing} onClose={closeDialogs} />, document.body)}
      <EditingHost />
      {finding && <QuickFind project={project} onJump={(kind, id, open) => jumpTo(store, kind, id, open)} onClose={closeDialogs} />}
    </>
  )
}
