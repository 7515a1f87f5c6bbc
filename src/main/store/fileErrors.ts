// Operating-system errors about project files, in words a planner can act on.
import { dirname } from 'node:path'
import type { FormatIssue } from '../../shared/format'
import { DanglingLink, errorCode } from './durableFile'
import { SaveLockBusy } from './saveLock'
import { NotReadable, readTimeLimitMs } from './safeRead'

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Why `file` could not be read, as a whole-file issue (path ''). */
export function readIssue(file: string, error: unknown): FormatIssue {
  if (error instanceof NotReadable) return notReadableIssue(file, error)
  switch (errorCode(error)) {
    case 'ENOENT':
      return { path: '', message: `The file ${file} does not exist or was moved. Check the name and the folder.` }
    case 'ENOTDIR':
      return { path: '', message: `The file ${file} does not exist: part of its path is not a folder.` }
    case 'EACCES':
    case 'EPERM':
      return { path: '', message: `Caravan may not read ${file}: permission denied. Ask whoever manages the folder for access, or copy the file somewhere you can read.` }
    case 'EISDIR':
      return { path: '', message: `${file} is a folder, not a Caravan file. Choose a .caravan file inside it.` }
    case 'EMFILE':
    case 'ENFILE':
      return { path: '', message: `Caravan could not open ${file} because too many files are open. Close some programs and try again.` }
    default:
      return { path: '', message: `Caravan could not read ${file}: ${detail(error)}` }
  }
}

function notReadableIssue(file: string, error: NotReadable): FormatIssue {
  switch (error.reason) {
    case 'folder':
      return { path: '', message: `${file} is a folder, not a Caravan file. Choose a .caravan file inside it.` }
    case 'too-large':
      return { path: '', message: `${file} is not a Caravan file: at ${Math.round(error.size / 2 ** 20)} MB it is far larger than any plan.` }
    case 'too-slow':
      return { path: '', message: `Caravan gave up reading ${file} after ${readTimeLimitMs / 1000} seconds: the disk or network drive does not answer. Check the connection and try again.` }
    default:
      return { path: '', message: `${file} is not a Caravan file: it is a device, a pipe or a socket, not a file on disk. Choose a .caravan file.` }
  }
}

/** Why `file` could not be written, as a whole-file issue (path ''). */
export function writeIssue(file: string, error: unknown): FormatIssue {
  if (error instanceof DanglingLink) return { path: '', message: `Caravan did not save ${file}: it is a link to ${error.target}, which does not exist. Save under another name.` }
  if (error instanceof SaveLockBusy) return { path: '', message: `Caravan could not save ${file}: another Caravan has been saving it for a while. Try again in a moment; the file on disk is unchanged.` }
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { path: '', message: `Caravan could not save ${file}: the folder ${dirname(file)} does not exist. Save to another folder.` }
    case 'EACCES':
    case 'EPERM':
      return { path: '', message: `Caravan may not write ${file}: permission denied. Save to a folder you may write to (Save As).` }
    case 'EROFS':
      return { path: '', message: `Caravan could not save ${file}: the disk is read-only. Save to another disk (Save As).` }
    case 'ENOSPC':
    case 'EDQUOT':
      return { path: '', message: `Caravan could not save ${file}: the disk is full. Free some space and save again; the file on disk is unchanged.` }
    case 'EISDIR':
      return { path: '', message: `Caravan could not save ${file}: it is a folder. Choose a file name.` }
    default:
      return { path: '', message: `Caravan could not save ${file}: ${detail(error)}. The file on disk is unchanged.` }
  }
}

/** The plan was saved but its previous version could not be kept as `NAME.bak`. */
export function backupIssue(file: string, error: unknown): FormatIssue {
  return { path: '', message: `${file} was saved, but its previous version could not be kept as ${file}.bak (${errorCode(error) ?? detail(error)}). Check that ${file}.bak is a file you may replace.` }
}
