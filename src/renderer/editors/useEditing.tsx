// What other parts of the window can ask of the editors: open one, start a new entity, delete.
// The open editor is part of the workspace store's dialog state, so the menus, the tables, the
// timeline and quick find all open the same editors.
import { useMemo } from 'react'
import type { EntityKind, EntityOf } from '../../shared/commands'
import { deleteOrAsk } from '../app/editCommands'
import { useWorkspaceStore } from '../app/store'

export type { EditorTarget } from '../app/store'

export interface EditingActions {
  /** Opens the editor of an entity of the plan. */
  edit(kind: EntityKind, id: string): void
  /** Opens the editor of a new entity, with fields laid over the blank one (dates from a drag, a venue …). */
  create<K extends EntityKind>(kind: K, defaults?: Partial<EntityOf[K]>): void
  /** Deletes an entity, asking first when something uses it. */
  remove(id: string): void
  close(): void
}

/** The editors' actions (stable for the window). */
export function useEditingActions(): EditingActions {
  const store = useWorkspaceStore()
  return useMemo(
    () => ({
      edit: (kind, id) => store.getState().openDialog({ editor: { kind, id, isNew: false } }),
      create: (kind, defaults) => store.getState().openDialog({ editor: { kind, defaults: (defaults ?? {}) as Partial<EntityOf[EntityKind]>, isNew: true } }),
      remove: (id) => deleteOrAsk(store, [id]),
      close: () => store.getState().closeEditor(),
    }),
    [store],
  )
}
