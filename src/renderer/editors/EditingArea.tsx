// Everything the editing area adds to the window, in one place so App.tsx only wraps its content:
// the editors and the delete question, quick find, the shared event filter and the selection the
// tables (and, where wired, the timeline) share.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { EntityKind, EntityLabel } from '../../shared/commands'
import type { Event, Project } from '../../shared/format'
import { EventFilterProvider } from '../filters/useEventFilter'
import { QuickFind } from '../find/QuickFind'
import type { EditingCommandTarget } from './editingCommands'
import { EditingHost } from './EditingHost'
import type { ListKind } from './ListEntityEditor'
import { ListsDialog } from './ListsDialog'
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

/** Where Insert ▸ Event… asks for the new event's fields (the timeline's focused lane and day); null: a blank event. */
export interface EventDefaultsSource {
  /** Installs the provider; returns the call that removes it again. */
  register(provide: () => Partial<Event> | null): () => void
}

const EventDefaultsContext = createContext<EventDefaultsSource>({ register: () => () => undefined })

/** The slot the timeline fills while it shows, so Insert ▸ Event… starts in its focused lane. */
export function useEventDefaultsSource(): EventDefaultsSource {
  return useContext(EventDefaultsContext)
}

export interface EditingAreaState {
  editing: Editing
  finding: boolean
  setFinding: (open: boolean) => void
  /** The reference list shown by Plan ▸ Channels…, Audiences… or Strategies…, if any. */
  listing: ListKind | null
  setListing: (kind: ListKind | null) => void
  selection: SharedSelection
  eventDefaults: EventDefaultsSource
  /** For useCommands: what Insert ▸ … and Quick find do. */
  commands: EditingCommandTarget
  /** True while an editor, a delete question, a reference list or quick find is open. */
  modalOpen: boolean
}

/** The state of the editing area; App holds it so its shortcuts rest while a dialog is open. */
export function useEditingArea(): EditingAreaState {
  const editing = useEditingState()
  const [finding, setFinding] = useState(false)
  const [listing, setListing] = useState<ListKind | null>(null)
  const [selectedId, select] = useState<string | null>(null)
  const { create } = editing
  const provider = useRef<(() => Partial<Event> | null) | null>(null)
  const eventDefaults = useMemo<EventDefaultsSource>(
    () => ({
      register(provide) {
        provider.current = provide
        return () => {
          if (provider.current === provide) provider.current = null
        }
      },
    }),
    [],
  )
  const commands = useMemo<EditingCommandTarget>(
    () => ({
      insert: (kind) => (kind === 'event' ? create('event', provider.current?.() ?? undefined) : create(kind)),
      quickFind: () => setFinding(true),
      lists: setListing,
    }),
    [create],
  )
  const selection = useMemo(() => ({ selectedId, select }), [selectedId])
  return { editing, finding, setFinding, listing, setListing, selection, eventDefaults, commands, modalOpen: editing.isOpen || finding || listing !== null }
}

interface EditingAreaProps {
  area: EditingAreaState
  project: Project | null
  commit: (project: Project, label: EntityLabel) => void
  children: ReactNode
}

/** Provides the editing area to `children` and shows its dialogs over them. */
export function EditingArea({ area, project, commit, children }: EditingAreaProps) {
  const { editing, finding, setFinding, listing, setListing, selection, eventDefaults } = area
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
        <EventDefaultsContext.Provider value={eventDefaults}>
          <EventFilterProvider>
            {children}
            {/* Before the editors, so an editor opened from the list shows over it. */}
            {project && listing && createPortal(<ListsDialog project={project} kind={listing} editing={editing.actions} onClose={() => setListing(null)} />, document.body)}
            {project && <EditingHost project={project} editing={editing} commit={commit} />}
            {project && finding && <QuickFind project={project} onJump={jump} onClose={() => setFinding(false)} />}
          </EventFilterProvider>
        </EventDefaultsContext.Provider>
      </SelectionContext.Provider>
    </EditingProvider>
  )
}
