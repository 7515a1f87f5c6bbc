// Undo/redo for an immutable document (DESIGN.md "Data flow of an edit"). Each step keeps the
// document as it was before the change and the label of the change, so menus can say
// "Undo Rename plan". Unsaved changes are derived from references, never tracked by a flag.

/** One undoable step: the document on the other side of it and what the change was called. */
export interface HistoryStep<T, L> {
  readonly doc: T
  readonly label: L
}

/** The document being edited with its undo and redo stacks; `saved` is the reference last written to disk. */
export interface History<T, L = string> {
  /** Oldest first; the last entry is what Undo goes back to. */
  readonly past: readonly HistoryStep<T, L>[]
  readonly present: T
  /** Nearest first; the first entry is what Redo goes forward to. */
  readonly future: readonly HistoryStep<T, L>[]
  /** The document as it is on disk, or null when it has never been saved (a new plan). */
  readonly saved: T | null
}

/** How many steps Undo can go back; older ones are dropped. */
export const HISTORY_LIMIT = 200

/** A history holding `doc` with nothing to undo; `saved` says whether `doc` is what is on disk. */
export function createHistory<T, L = string>(doc: T, options: { saved: boolean }): History<T, L> {
  return { past: [], present: doc, future: [], saved: options.saved ? doc : null }
}

/** Records `doc` as a new step labelled `label`, clearing redo; the same history when `doc` is the present one. */
export function commit<T, L>(history: History<T, L>, doc: T, label: L): History<T, L> {
  if (doc === history.present) return history
  const past = [...history.past, { doc: history.present, label }]
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    present: doc,
    future: [],
    saved: history.saved,
  }
}

/** Goes one step back; the same history when there is nothing to undo. */
export function undo<T, L>(history: History<T, L>): History<T, L> {
  const step = history.past.at(-1)
  if (!step) return history
  return {
    past: history.past.slice(0, -1),
    present: step.doc,
    future: [{ doc: history.present, label: step.label }, ...history.future],
    saved: history.saved,
  }
}

/** Goes one step forward; the same history when there is nothing to redo. */
export function redo<T, L>(history: History<T, L>): History<T, L> {
  const [step, ...rest] = history.future
  if (!step) return history
  return {
    past: [...history.past, { doc: history.present, label: step.label }],
    present: step.doc,
    future: rest,
    saved: history.saved,
  }
}

/**
 * Swaps the present document without recording a step (e.g. the copy a save returns, whose
 * `modifiedAt` moved). If the old present was the saved one, the new one is too.
 */
export function replacePresent<T, L>(history: History<T, L>, doc: T): History<T, L> {
  if (doc === history.present) return history
  return {
    ...history,
    present: doc,
    saved: history.saved === history.present ? doc : history.saved,
  }
}

/** Records that `doc` (by default the present document) is what is now on disk. */
export function markSaved<T, L>(history: History<T, L>, doc: T = history.present): History<T, L> {
  if (history.saved === doc) return history
  return { ...history, saved: doc }
}

/** True when the present document is not the one on disk. */
export function isDirty<T, L>(history: History<T, L>): boolean {
  return history.present !== history.saved
}

/** The label Undo would revert, or undefined when there is nothing to undo. */
export function undoLabel<T, L>(history: History<T, L>): L | undefined {
  return history.past.at(-1)?.label
}

/** The label Redo would re-apply, or undefined when there is nothing to redo. */
export function redoLabel<T, L>(history: History<T, L>): L | undefined {
  return history.future[0]?.label
}
