// The open plan as the window holds it: its undo history and journal, its file, or why a file could
// not be opened. A pure reducer, so the rules of saving and dirtiness are testable without a DOM.
// Only registered document commands change the document (src/shared/commands/registry.ts).
import type { Issue, Project } from '../../shared/format'
import type { FileInfo, OpenResult, SaveResult, StartResult } from '../../shared/ipc'
import { commit, createHistory, isDirty, markSaved, redo, replacePresent, undo, type History } from '../../shared/history'
import { createJournal, labelOfCall, markJournalSaved, performCall, recordCall, redoCall, undoCall, type CommandCall, type Journal, type Label } from '../../shared/commands'

export interface OpenDocument {
  history: History<Project, Label>
  /** The calls from the document as opened to the present one (see shared/commands/journal.ts). */
  journal: Journal
  /** null for a new plan that has never been saved. */
  file: FileInfo | null
  /** The format version the file was migrated from when it was opened, if any. */
  migratedFrom?: number
  /** Opened while someone else has it open: Save goes to Save As. */
  readOnly?: boolean
}

/** A file that could not be opened, with every problem found in it. */
export interface OpenFailure {
  path: string
  name: string
  errors: Issue[]
}

export type StatusMessage = { key: 'saved'; name: string }

export interface DocumentState {
  starting: boolean
  doc: OpenDocument | null
  /** Shown instead of the plan until dismissed; the plan (if any) is kept. */
  failure: OpenFailure | null
  /** Someone else changed the open file on disk. */
  changedOnDisk: boolean
  status: StatusMessage | null
}

export type DocumentAction =
  | { type: 'started'; result: StartResult }
  | { type: 'opened'; result: OpenResult }
  | { type: 'created'; project: Project }
  /** A registered command; `at` is when (RFC 3339), for the journal. */
  | { type: 'dispatched'; call: CommandCall; at: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** `sent` is the present document when the save began (the file got it with the current view written in). */
  | { type: 'saved'; sent: Project; journalLength: number; result: Extract<SaveResult, { kind: 'saved' }> }
  | { type: 'dismissFailure' }
  | { type: 'changedOnDisk'; path: string }
  | { type: 'dismissNotice' }

export const initialDocumentState: DocumentState = { starting: true, doc: null, failure: null, changedOnDisk: false, status: null }

function withDoc(state: DocumentState, doc: OpenDocument): DocumentState {
  return { ...state, doc, status: null }
}

function applyOpen(state: DocumentState, result: StartResult): DocumentState {
  switch (result.kind) {
    case 'opened': {
      const doc: OpenDocument = { history: createHistory(result.project, { saved: true }), journal: createJournal({ saved: true }), file: result.file }
      if (result.migratedFrom !== undefined) doc.migratedFrom = result.migratedFrom
      if (result.readOnly) doc.readOnly = true
      return { ...state, starting: false, doc, failure: null, changedOnDisk: false, status: null }
    }
    case 'failed':
      return { ...state, starting: false, failure: { path: result.path, name: result.name, errors: result.errors } }
    case 'canceled':
    case 'empty':
    case 'inUse':
      return { ...state, starting: false }
  }
}

function dispatched(state: DocumentState, call: CommandCall, at: string): DocumentState {
  const doc = state.doc
  if (!doc) return state
  const before = doc.history.present
  const next = performCall(before, call)
  if (next === before) return state
  return withDoc(state, { ...doc, history: commit(doc.history, next, labelOfCall(before, call)), journal: recordCall(doc.journal, { ...call, at } as CommandCall & { at: string }) })
}

function saved(state: DocumentState, action: Extract<DocumentAction, { type: 'saved' }>): DocumentState {
  const doc = state.doc
  if (!doc) return state
  const { history, journal } = doc
  // An edit made while the save was under way stays unsaved; the sent version is what is on disk.
  const current = history.present === action.sent
  const nextHistory = current ? markSaved(replacePresent(history, action.result.project)) : markSaved(history, action.sent)
  const nextJournal = markJournalSaved(journal, action.journalLength)
  // Saved in the current format: no longer "migrated from" an older one.
  const next: OpenDocument = { history: nextHistory, journal: nextJournal, file: action.result.file }
  return { ...state, doc: next, changedOnDisk: false, status: { key: 'saved', name: action.result.file.name } }
}

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'started':
    case 'opened':
      return applyOpen(state, action.result)
    case 'created':
      return {
        ...state,
        starting: false,
        doc: { history: createHistory(action.project, { saved: false }), journal: createJournal({ saved: false }), file: null },
        failure: null,
        changedOnDisk: false,
        status: null,
      }
    case 'dispatched':
      return dispatched(state, action.call, action.at)
    case 'undo': {
      const doc = state.doc
      if (!doc || doc.history.past.length === 0) return state
      return withDoc(state, { ...doc, history: undo(doc.history), journal: undoCall(doc.journal) })
    }
    case 'redo': {
      const doc = state.doc
      if (!doc || doc.history.future.length === 0) return state
      return withDoc(state, { ...doc, history: redo(doc.history), journal: redoCall(doc.journal) })
    }
    case 'saved':
      return saved(state, action)
    case 'dismissFailure':
      return { ...state, failure: null }
    case 'changedOnDisk':
      return state.doc?.file?.path === action.path ? { ...state, changedOnDisk: true } : state
    case 'dismissNotice':
      return { ...state, changedOnDisk: false }
  }
}

/** The open plan's document, if any. */
export function currentProject(state: DocumentState): Project | null {
  return state.doc?.history.present ?? null
}

/** True when the open plan has changes that are not on disk. */
export function hasUnsavedChanges(state: DocumentState): boolean {
  return state.doc !== null && isDirty(state.doc.history)
}
