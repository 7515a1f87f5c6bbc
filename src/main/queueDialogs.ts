// Dialogs answered from queues instead of a person: for tests and the web host, where no OS
// dialog can be shown. An empty queue answers like a person pressing Cancel.
import { resolve } from 'node:path'
import type { Dialogs } from './ports'

/** A dialog request as the fake saw it, for tests to check what the user would have been offered. */
export interface DialogRequest {
  kind: 'open' | 'save' | 'savePdf'
  suggestedName?: string
}

/** Queue-driven Dialogs plus the controls to feed and inspect them. */
export interface QueueDialogs {
  dialogs: Dialogs
  /** Adds answers for the next open dialogs: a path is chosen, null cancels. Relative paths resolve against the working folder. */
  queueOpen(answers: readonly (string | null)[]): void
  /** Adds answers for the next save dialogs. */
  queueSave(answers: readonly (string | null)[]): void
  /** Answers still waiting in each queue. */
  pending(): { open: number; save: number }
  /** Every dialog shown so far, oldest first. */
  requests(): readonly DialogRequest[]
}

/** Creates Dialogs that answer from queues; an empty queue cancels. */
export function createQueueDialogs(): QueueDialogs {
  const open: (string | null)[] = []
  const save: (string | null)[] = []
  const seen: DialogRequest[] = []
  const absolute = (answer: string | null): string | null => (answer === null ? null : resolve(answer))
  return {
    dialogs: {
      openProject: async () => {
        seen.push({ kind: 'open' })
        return open.shift() ?? null
      },
      saveProject: async (suggestedName) => {
        seen.push({ kind: 'save', suggestedName })
        return save.shift() ?? null
      },
      // Imports and exports take their answers from the same queues as plans.
      openExchange: async () => {
        seen.push({ kind: 'open' })
        return open.shift() ?? null
      },
      saveExchange: async (suggestedName) => {
        seen.push({ kind: 'save', suggestedName })
        return save.shift() ?? null
      },
      // An exported PDF's path comes from the same queue as Save As…
      savePdf: async (suggestedName) => {
        seen.push({ kind: 'savePdf', suggestedName })
        return save.shift() ?? null
      },
    },
    queueOpen: (answers) => void open.push(...answers.map(absolute)),
    queueSave: (answers) => void save.push(...answers.map(absolute)),
    pending: () => ({ open: open.length, save: save.length }),
    requests: () => [...seen],
  }
}
