// The journal of an open plan: the command calls `{ id, args, at }` that lead from the document as
// opened to the one on screen, kept beside the undo history. Undo takes the last call off (Redo puts
// it back), so replaying the journal on the opened document always gives the present one; `savedAt`
// says how many of the calls the file on disk already holds. Autosave and recovery, imports as one
// step and merging replay it, so it is plain JSON.
import type { Project } from '../format'
import { performCall, type CommandCall } from './registry'

/** One applied call and when (RFC 3339 UTC). */
export type JournalEntry = CommandCall & { at: string }

export interface Journal {
  /** Oldest first: the calls from the opened document to the present one. */
  readonly entries: readonly JournalEntry[]
  /** Undone calls, nearest first: what Redo re-applies. */
  readonly undone: readonly JournalEntry[]
  /** How many entries the file on disk holds; null when the saved version is not on this path (never saved, or undone past the save and edited). */
  readonly savedAt: number | null
}

/** The journal of a plan just opened (`saved`: it is the file on disk) or just made. */
export function createJournal(options: { saved: boolean }): Journal {
  return { entries: [], undone: [], savedAt: options.saved ? 0 : null }
}

/** Records a call that changed the document; Redo's calls are dropped, as the history drops its steps. */
export function recordCall(journal: Journal, entry: JournalEntry): Journal {
  const savedAt = journal.savedAt !== null && journal.savedAt > journal.entries.length ? null : journal.savedAt
  return { entries: [...journal.entries, entry], undone: [], savedAt }
}

/** Takes the last call off for Undo; the same journal when there is none. */
export function undoCall(journal: Journal): Journal {
  const last = journal.entries.at(-1)
  if (!last) return journal
  return { ...journal, entries: journal.entries.slice(0, -1), undone: [last, ...journal.undone] }
}

/** Puts the nearest undone call back for Redo; the same journal when there is none. */
export function redoCall(journal: Journal): Journal {
  const [next, ...rest] = journal.undone
  if (!next) return journal
  return { ...journal, entries: [...journal.entries, next], undone: rest }
}

/** Records that the file on disk now holds the first `count` entries (default: all). */
export function markJournalSaved(journal: Journal, count: number = journal.entries.length): Journal {
  return journal.savedAt === count ? journal : { ...journal, savedAt: count }
}

/** The calls made since the last save, to replay on the file as saved; null when that is not possible (see `savedAt`). */
export function unsavedCalls(journal: Journal): readonly JournalEntry[] | null {
  if (journal.savedAt === null || journal.savedAt > journal.entries.length) return null
  return journal.entries.slice(journal.savedAt)
}

/** Replays calls on a document: the document they lead to. */
export function replayCalls(doc: Project, calls: readonly CommandCall[]): Project {
  let next = doc
  for (const call of calls) next = performCall(next, call)
  return next
}
