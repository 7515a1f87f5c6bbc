// What the handlers share about dialogs and failures: a failure answered in words, and a dialog
// asked through a port that may not be able to show one.
import type { Issue } from '../shared/format'
import type { OpenResult } from '../shared/ipc'
import { issue } from '../shared/messages'
import { displayName } from './fileNames'
import { DialogUnavailable, PrinterUnavailable } from './ports'

export type Failed = Extract<OpenResult, { kind: 'failed' }>

/** A failure naming the file (by its name) and what went wrong. */
export const failed = (path: string, errors: Issue[]): Failed => ({ kind: 'failed', path, name: path === '' ? '' : displayName(path), errors })

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Shows a dialog; a port that cannot show one at all answers with a failure in words, never a silent cancel. */
export async function ask(dialog: () => Promise<string | null>): Promise<string | null | Failed> {
  try {
    return await dialog()
  } catch (error) {
    if (error instanceof DialogUnavailable) return failed('', [issue('', error.dialog === 'open' ? 'host.openUnavailable' : error.dialog === 'saveAs' ? 'host.saveAsUnavailable' : 'host.printUnavailable')])
    throw error
  }
}

export const printIssue = (error: unknown): Issue => (error instanceof PrinterUnavailable ? issue('', 'host.printUnavailable') : issue('', 'print.failed', { detail: messageOf(error) }))

