// Which editor or delete question is open, shared through context so the tables, the timeline,
// quick find and the menus can all open the same editors.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { EntityKind, EntityOf } from '../../shared/commands'

/** An editor on screen: an entity of the plan by id, or a new one not yet in the plan. */
export type EditorTarget =
  | { kind: EntityKind; id: string; isNew: false }
  /** `defaults` are laid over the blank entity of blank.ts. */
  | { kind: EntityKind; defaults: Partial<EntityOf[EntityKind]>; isNew: true }

export interface EditingState {
  editor: EditorTarget | null
  /** The entity whose deletion is being asked about. */
  deleting: string | null
}

/** What other parts of the window can ask of the editors. */
export interface EditingActions {
  /** Opens the editor of an entity of the plan. */
  edit(kind: EntityKind, id: string): void
  /** Opens the editor of a new entity, with fields laid over the blank one (dates from a drag, a venue …). */
  create<K extends EntityKind>(kind: K, defaults?: Partial<EntityOf[K]>): void
  /** Asks whether to delete an entity, listing what uses it. */
  remove(id: string): void
  close(): void
}

export interface Editing extends EditingActions {
  /** The same functions as one object that never changes, for the context (so opening an editor re-renders no timeline item). */
  actions: EditingActions
  state: EditingState
  /** True while an editor or a delete question is open (the window's own shortcuts rest). */
  isOpen: boolean
}

/** Holds the editing state for the window; App owns it so its shortcuts know when a dialog is open. */
export function useEditingState(): Editing {
  const [state, setState] = useState<EditingState>({ editor: null, deleting: null })
  const edit = useCallback((kind: EntityKind, id: string) => setState({ editor: { kind, id, isNew: false }, deleting: null }), [])
  const create = useCallback(<K extends EntityKind>(kind: K, defaults?: Partial<EntityOf[K]>) => {
    setState({ editor: { kind, defaults: (defaults ?? {}) as Partial<EntityOf[EntityKind]>, isNew: true }, deleting: null })
  }, [])
  const remove = useCallback((id: string) => setState((s) => ({ ...s, deleting: id })), [])
  const close = useCallback(() => setState({ editor: null, deleting: null }), [])
  const actions = useMemo(() => ({ edit, create, remove, close }), [edit, create, remove, close])
  return useMemo(() => ({ ...actions, actions, state, isOpen: state.editor !== null || state.deleting !== null }), [actions, state])
}

const EditingContext = createContext<EditingActions | null>(null)

export function EditingProvider({ value, children }: { value: EditingActions; children: ReactNode }) {
  return <EditingContext.Provider value={value}>{children}</EditingContext.Provider>
}

/** The editors' actions, or null outside an EditingProvider (read-only views). */
export function useEditingActions(): EditingActions | null {
  return useContext(EditingContext)
}
