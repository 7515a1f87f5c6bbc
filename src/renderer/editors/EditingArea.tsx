// Everything the editing area adds to the window, in one place so App.tsx only wraps its content:
// the editors and the delete question, quick find, the shared event filter and the selection the
// tables (and, where wired, the timeline) share.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { EntityKind, EntityLabel } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { EventFilterProvider } from '../filters/useEventFilter'
import { QuickFind } from '../find/QuickFind'
import type { EditingCommandTarget } from './editingCommands'
import { EditingHost } from './EditingHost'
import { EditingProvider, useEditingState, type Editing } from './useEditing'

/** The entity selected in the tables (and quick find's last jump). */
export interface SharedSelection {
  selectedId: string | null
  select: (id: string | null) => void
}

const SelectionContext = createContext<SharedSelection>({ selectedId: null, select: () => undefined })

/** The selection shared by the tables and quick find. */
export function useSharedSelection(): SharedSelection {
  return useContext(SelectionContext)
}

export interface EditingAreaState {
  editing: Editing
  finding: boolean
  setFinding: (open: boolean) => void
  selection: SharedSelection
  /** For useCommands: what Insert ▸ … and Quick find do. */
  commands: EditingCommandTarget
  /** True while an editor, a delete question or quick find is open. */
  modalOpen: boolean
}

/** The state of the editing area; App holds it so its shortcuts rest while a dialog is open. */
export function useEditingArea(): EditingAreaState {
  const editing = useEditingState()
  const [finding, setFinding] = useState(false)
  const [selectedId, select] = useState<string | null>(null)
  const { create } = editing
  const commands = useMemo<EditingCommandTarget>(() => ({ insert: (kind) => create(kind), quickFind: () => setFinding(true) }), [create])
  const selection = useMemo(() => ({ selectedId, select }), [selectedId])
  return { editing, finding, setFinding, selection, commands, modalOpen: editing.isOpen || finding }
}

interface EditingAreaProps {
  area: EditingAreaState
  project: Project | null
  commit: (project: Project, label: EntityLabel) => void
  children: ReactNode
}

/** Provides the editing area to `children` and shows its dialogs over them. */
export function EditingArea({ area, project, commit, children }: EditingAreaProps) {
  const { editing, finding, setFinding, selection } = area
  const jump = useCallback(
    (kind: EntityKind, id: string) => {
      selection.select(id)
      editing.edit(kind, id)
    },
    [selection, editing],
  )
  return (
    <EditingProvider value={editing.actions}>
      <SelectionContext.Provider value={selection}>
        <EventFilterProvider>
          {children}
          {project && <EditingHost project={project} editing={editing} commit={commit} />}
          {project && finding && <QuickFind project={project} onJump={jump} onClose={() => setFinding(false)} />}
        </EventFilterProvider>
      </SelectionContext.Provider>
    </EditingProvider>
  )
}
