// What the window shows: the open plan with its undo history and file, or why a file could not
// be opened. A pure reducer, so the rules of saving and dirtiness are testable without a DOM.
import type { Issue, Project } from '../shared/format'
import type { FileInfo, OpenResult, SaveResult, StartResult } from '../shared/ipc'
import { commit, createHistory, isDirty, markSaved, redo, replacePresent, undo, type History } from '../shared/history'
import type { TimelineLabel } from '../shared/timeline'
import type { EntityLabel } from '../shared/commands'
import { carryViewChange } from './timeline/viewHistory'

/** An undo step's name as an i18n key under `undoLabels`, with values for its placeholders. */
export interface UndoLabel {
  key: 'renamePlan' | 'acknowledgeConflict' | 'unacknowledgeConflict' | TimelineLabel['key'] | EntityLabel['key']
  values?: Record<string, string>
}

export interface OpenDocument {
  history: History<Project, UndoLabel>
  /** null for a new plan that has never been saved. */
  file: FileInfo | null
  /** The format version the file was migrated from when it was opened, if any. */
  migratedFrom?: number
}

/** A file that could not be opened, with every problem found in it. */
export interface OpenFailure {
  path: string
  name: string
  errors: Issue[]
}

export type StatusMessage = { key: 'saved'; name: string }

export interface WorkspaceState {
  starting: boolean
  doc: OpenDocument | null
  /** Shown instead of the plan until dismissed; the plan (if any) is kept. */
  failure: OpenFailure | null
  /** Someone else changed the open file on disk. */
  changedOnDisk: boolean
  status: StatusMessage | null
}

export type WorkspaceAction =
  | { type: 'started'; result: StartResult }
  | { type: 'opened'; result: OpenResult }
  | { type: 'created'; project: Project }
  | { type: 'edited'; project: Project; label: UndoLabel }
  /** A saved view setting (zoom, grouping, lanes): unsaved, but no undo step (see timeline/viewHistory.ts). */
  | { type: 'viewChanged'; change: (project: Project) => Project }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; sent: Project; result: Extract<SaveResult, { kind: 'saved' }> }
  | { type: 'dismissFailure' }
  | { type: 'changedOnDisk'; path: string }
  | { type: 'dismissNotice' }

export const initialWorkspace: WorkspaceState = { starting: true, doc: null, failure: null, changedOnDisk: false, status: null }

function withHistory(state: WorkspaceState, history: History<Project, UndoLabel>): WorkspaceState {
  if (!state.doc || state.doc.history === history) return state
  return { ...state, doc: { ...state.doc, history }, status: null }
}

function applyOpen(state: WorkspaceState, result: StartResult): WorkspaceState {
  switch (result.kind) {
    case 'opened': {
      const doc: OpenDocument = { history: createHistory(result.project, { saved: true }), file: result.file }
      if (result.migratedFrom !== undefined) doc.migratedFrom = result.migratedFrom
      return { ...state, starting: false, doc, failure: null, changedOnDisk: false, status: null }
    }
    case 'failed':
      return { ...state, starting: false, failure: { path: result.path, name: result.name, errors: result.errors } }
    case 'canceled':
    case 'empty':
      return { ...state, starting: false }
  }
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'started':
    case 'opened':
      return applyOpen(state, action.result)
    case 'created':
      return { ...state, starting: false, doc: { history: createHistory(action.project, { saved: false }), file: null }, failure: null, changedOnDisk: false, status: null }
    case 'edited':
      return state.doc ? withHistory(state, commit(state.doc.history, action.project, action.label)) : state
    case 'viewChanged':
      return state.doc ? withHistory(state, carryViewChange(state.doc.history, action.change)) : state
    case 'undo':
      return state.doc ? withHistory(state, undo(state.doc.history)) : state
    case 'redo':
      return state.doc ? withHistory(state, redo(state.doc.history)) : state
    case 'saved': {
      if (!state.doc) return state
      const { history } = state.doc
      // An edit made while the save was under way stays unsaved; the sent version is what is on disk.
      const next = history.present === action.sent ? markSaved(replacePresent(history, action.result.project)) : markSaved(history, action.sent)
      const doc: OpenDocument = { history: next, file: action.result.file }
      return {
        ...state,
        doc,
        changedOnDisk: false,
        status: { key: 'saved', name: action.result.file.name },
      }
    }
    case 'dismissFailure':
      return { ...state, failure: null }
    case 'changedOnDisk':
      return state.doc?.file?.path === action.path ? { ...state, changedOnDisk: true } : state
    case 'dismissNotice':
      return { ...state, changedOnDisk: false }
  }
}

/** The open plan's document, if any. */
export function currentProject(state: WorkspaceState): Project | null {
  return state.doc?.history.present ?? null
}

/** True when the open plan has changes that are not on disk. */
export function hasUnsavedChanges(state: WorkspaceState): boolean {
  return state.doc !== null && isDirty(state.doc.history)
}
