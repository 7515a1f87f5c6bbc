// The one workspace store of the window (zustand): the open plan with its history and journal,
// the view settings, the one selection, the filter, and which dialog is open. Components read it
// through selectors (useWorkspace), so a selection change re-renders what shows the selection and
// nothing else. Views are not edits: they live here, never in the undoable document.
//
// zustand rather than hand-made useSyncExternalStore plumbing: a 1 kB, well-kept store with
// selector subscriptions, usable outside React (commands, the native menu) through getState().
import type { ImportPreview } from '../../shared/exchange/preview'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { CommandCall, EntityKind, EntityOf } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { emptyFilter, type EventFilter } from '../../shared/filters'
import { DEFAULT_TIMELINE_VIEW, readTimelineView, type TimelineView } from '../../shared/timeline'
import { DEFAULT_PRINT_SETTINGS, planPrintSettings, type PrintSettings } from '../../shared/print'
import { documentReducer, initialDocumentState, type DocumentAction, type DocumentState } from './document'

/** Which view of the plan fills the window. */
export type Screen = 'timeline' | 'events' | 'partners' | 'venues' | 'coproductions' | 'list' | 'coverage'

/** An editor on screen: an entity of the plan by id, or a new one not yet in the plan. */
export type EditorTarget =
  | { kind: EntityKind; id: string; isNew: false }
  /** `defaults` are laid over the blank entity of editors/blank.ts. */
  | { kind: EntityKind; defaults: Partial<EntityOf[EntityKind]>; isNew: true }

/** The reference lists of Plan ▸ Channels…, Audiences…, Strategies…. */
export type ListKind = 'channel' | 'audience' | 'strategy'

/** Where the timeline's keyboard focus is: new events and pastes land in this lane on this day. */
export interface TimelineCursor {
  laneKey: string
  /** Axis minutes (home wall clock) of the focused item's start, or of the day in view. */
  time: number
}

/** What is open over the plan; at most one of the dialogs at a time. */
export interface DialogState {
  editor: EditorTarget | null
  /** Ids whose deletion is being asked about. */
  deleting: readonly string[] | null
  finding: boolean
  listing: ListKind | null
  properties: boolean
  goToDate: boolean
  /** The offer to recover unsaved edits a crashed Caravan left. */
  recovering: boolean
  /** File ▸ Merge Another Copy…: the other copy read from disk and the common ancestor it is merged against. */
  merging: MergeTarget | null
  /** File ▸ Import: what the chosen file would add and update, shown until confirmed or cancelled. */
  importing: ImportDialogState | null
  /** The Print dialog, opened by File ▸ Print… or File ▸ Export PDF… (which its main button does). */
  printing: 'print' | 'pdf' | null
  /** The app's Settings (the interface language). */
  settings: boolean
  /** Plan ▸ Holidays…: public holidays by country and year, and the plan's own non-working days. */
  holidays: boolean
  /** File ▸ Browse Versions…: the saved versions of the plan. */
  versions: boolean
  /** The choices a `caravan merge` left open in the file (`mergeConflicts`), offered for resolution on open. */
  resolving: boolean
  /** File ▸ Export while a filter is on: what the filter shows, or the whole plan? */
  exporting: ExportDialogState | null
  /** Help ▸ About Caravan. */
  about: boolean
  /** Help ▸ User Guide. */
  guide: boolean
}

/** An export waiting for its scope to be chosen. */
export interface ExportDialogState {
  format: 'ics' | 'csv' | 'xlsx'
  what?: 'events' | 'partners' | 'venues' | 'coproductions'
}

/** Another copy of the open plan to merge into it. */
export interface MergeTarget {
  /** The other copy's file name, e.g. `plan (Almaty).caravan`. */
  name: string
  theirs: Project
  base: Project
  /** No common ancestor was found: `base` is a stand-in that makes every difference a choice. */
  twoWay?: boolean
  /** Theirs is the window's own file as changed on disk (its hash): applying the merge lets the next save replace it. */
  fromDisk?: string
}

/** The import preview dialog's content. */
export interface ImportDialogState {
  fileName: string
  preview: ImportPreview
  /** What the preview was made from, so a changed column mapping or date range can make it again. */
  source?: ImportSource
  /** Rows read so far while a big file is previewed (the preview is shown when it is done). */
  progress?: { done: number; total: number }
}

/** The file an import preview was made from. */
export type ImportSource = { kind: 'table'; rows: readonly (readonly string[])[]; language: string; encoding?: string } | { kind: 'calendar'; text: string; range: { from: string; to: string } }

export interface WorkspaceState extends DocumentState {
  view: TimelineView
  filter: EventFilter
  /** The selected entities, in the order chosen (the first is the one panels show first). */
  selection: readonly string[]
  /** A request to scroll the timeline to an item (quick find, a table's "show on timeline"); `seq` makes repeats count. */
  reveal: { id: string; seq: number } | null
  cursor: TimelineCursor | null
  screen: Screen
  dialogs: DialogState
  /** The Print dialog's settings for this plan (a view setting: saved in `views.print`, never an edit). */
  print: PrintSettings
}

export interface WorkspaceActions {
  /** Opening, saving and the like (see fileFlows.ts); view settings come with the document. */
  apply(action: DocumentAction, view?: TimelineView, print?: PrintSettings): void
  /** Runs a registered document command: one undo step. */
  dispatch(call: CommandCall): void
  undo(): void
  redo(): void
  setView(patch: Partial<TimelineView>): void
  setPrintSettings(settings: PrintSettings): void
  setFilter(change: Partial<EventFilter>): void
  clearFilter(): void
  select(ids: readonly string[]): void
  revealItem(id: string): void
  setCursor(cursor: TimelineCursor | null): void
  setScreen(screen: Screen): void
  /** Opens a dialog. An editor opens over a reference list, a delete question over an editor. */
  openDialog(change: Partial<DialogState>): void
  /** Closes the editor and its delete question (a reference list under them stays). */
  closeEditor(): void
  /** Closes the delete question only (back to the editor it came from, if any). */
  cancelDelete(): void
  closeDialogs(): void
}

export type Workspace = WorkspaceState & WorkspaceActions
export type WorkspaceStore = StoreApi<Workspace>

export const closedDialogs: DialogState = { editor: null, deleting: null, finding: false, listing: null, properties: false, goToDate: false, recovering: false, merging: null, importing: null, printing: null, settings: false, versions: false, resolving: false, exporting: null, about: false, guide: false, holidays: false }

/** True while any dialog is open over the plan (the window's own keys and clipboard rest). */
export const anyDialogOpen = (d: DialogState): boolean => Object.values(d).some((value) => value !== null && value !== false)

const openingActions = new Set<DocumentAction['type']>(['started', 'opened', 'created'])

/** A fresh store for one window (tests make their own). `now` stamps journal entries. */
export function createWorkspaceStore(now: () => Date = () => new Date()): WorkspaceStore {
  return createStore<Workspace>()((set, get) => {
    const reduce = (action: DocumentAction) => {
      const before = get()
      const next = documentReducer(before, action)
      if (next === before) return null
      return next
    }
    return {
      ...initialDocumentState,
      view: DEFAULT_TIMELINE_VIEW,
      filter: emptyFilter,
      selection: [],
      reveal: null,
      cursor: null,
      screen: 'timeline',
      dialogs: closedDialogs,
      print: DEFAULT_PRINT_SETTINGS,

      apply(action, view, print) {
        const next = reduce(action)
        if (!next) return
        const opened = openingActions.has(action.type) && next.doc !== get().doc && next.doc !== null
        if (!opened) return set(next)
        // Another plan: its own view, no selection, nothing filtered.
        const project = next.doc!.history.present
        set({ ...next, view: view ?? readTimelineView(project), print: print ?? planPrintSettings(project), filter: emptyFilter, selection: [], reveal: null, cursor: null, dialogs: closedDialogs })
      },
      dispatch(call) {
        const next = reduce({ type: 'dispatched', call, at: now().toISOString().replace(/\.\d{3}Z$/, 'Z') })
        if (next) set(next)
      },
      undo() {
        const next = reduce({ type: 'undo' })
        if (next) set(next)
      },
      redo() {
        const next = reduce({ type: 'redo' })
        if (next) set(next)
      },
      setView(patch) {
        const view = get().view
        const next: TimelineView = { ...view, ...patch }
        if ((Object.keys(patch) as (keyof TimelineView)[]).every((key) => patch[key] === view[key])) return
        // A preset chosen on its own replaces a continuous zoom; settings set back to their default leave the view.
        if ('zoom' in patch && !('scale' in patch)) delete next.scale
        for (const key of Object.keys(next) as (keyof TimelineView)[]) if (next[key] === undefined) delete next[key]
        set({ view: next })
      },
      setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
      clearFilter: () => set({ filter: emptyFilter }),
      select(ids) {
        const current = get().selection
        if (ids.length === current.length && ids.every((id, i) => id === current[i])) return
        set({ selection: [...ids] })
      },
      revealItem: (id) => set((s) => ({ selection: [id], reveal: { id, seq: (s.reveal?.seq ?? 0) + 1 }, screen: 'timeline' })),
      setCursor(cursor) {
        const current = get().cursor
        if (current === cursor || (current && cursor && current.laneKey === cursor.laneKey && current.time === cursor.time)) return
        set({ cursor })
      },
      setScreen: (screen) => set({ screen }),
      openDialog: (change) =>
        set(({ dialogs }) => {
          const stacked = change.editor !== undefined || change.deleting !== undefined
          const under = stacked ? { listing: dialogs.listing, ...(change.deleting !== undefined ? { editor: dialogs.editor } : {}) } : {}
          return { dialogs: { ...closedDialogs, ...under, ...change } }
        }),
      closeEditor: () => set(({ dialogs }) => ({ dialogs: { ...dialogs, editor: null, deleting: null } })),
      cancelDelete: () => set(({ dialogs }) => ({ dialogs: { ...dialogs, deleting: null } })),
      closeDialogs: () => set({ dialogs: closedDialogs }),
      setPrintSettings: (print) => set({ print }),
    }
  })
}

/** The present document of the open plan, if any. */
export const selectProject = (s: WorkspaceState): Project | null => s.doc?.history.present ?? null

export const WorkspaceContext = createContext<WorkspaceStore | null>(null)

/** The window's workspace store (outside React: `store.getState()`). */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext)
  if (!store) throw new Error('useWorkspaceStore outside a WorkspaceContext')
  return store
}

/** Reads the workspace through a selector; re-renders only when the selected value changes (Object.is). */
export function useWorkspace<T>(selector: (state: Workspace) => T): T {
  return useStore(useWorkspaceStore(), selector)
}
