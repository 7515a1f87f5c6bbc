// Operating-system errors about project files, as coded issues a planner can act on.
import { dirname } from 'node:path'
import { issue, type Issue } from '../../shared/messages'
import { DanglingLink, errorCode } from './durableFile'
import { SaveLockBusy } from './saveLock'
import { NotReadable, readTimeLimitMs } from './safeRead'

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Why `file` could not be read, as a whole-file issue (path ''). */
export function readIssue(file: string, error: unknown): Issue {
  if (error instanceof NotReadable) return notReadableIssue(file, error)
  switch (errorCode(error)) {
    case 'ENOENT':
      return issue('', 'store.readMissing', { file })
    case 'ENOTDIR':
      return issue('', 'store.readNotFolder', { file })
    case 'EACCES':
    case 'EPERM':
      return issue('', 'store.readDenied', { file })
    case 'EISDIR':
      return issue('', 'store.readIsFolder', { file })
    case 'EMFILE':
    case 'ENFILE':
      return issue('', 'store.readTooMany', { file })
    default:
      return issue('', 'store.readFailed', { file, detail: detail(error) })
  }
}

function notReadableIssue(file: string, error: NotReadable): Issue {
  switch (error.reason) {
    case 'folder':
      return issue('', 'store.readIsFolder', { file })
    case 'too-large':
      return issue('', 'store.tooLarge', { file, megabytes: Math.round(error.size / 2 ** 20) })
    case 'too-slow':
      return issue('', 'store.readTooSlow', { file, seconds: readTimeLimitMs / 1000 })
    default:
      return issue('', 'store.readNotAFile', { file })
  }
}

/** Why `file` could not be written, as a whole-file issue (path ''). */
export function writeIssue(file: string, error: unknown): Issue {
  if (error instanceof DanglingLink) return issue('', 'store.writeDanglingLink', { file, target: error.target })
  if (error instanceof SaveLockBusy) return issue('', 'store.writeLockBusy', { file })
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return issue('', 'store.writeNoFolder', { file, folder: dirname(file) })
    case 'EACCES':
    case 'EPERM':
      return issue('', 'store.writeDenied', { file })
    case 'EROFS':
      return issue('', 'store.writeReadOnly', { file })
    case 'ENOSPC':
    case 'EDQUOT':
      return issue('', 'store.writeFull', { file })
    case 'EISDIR':
      return issue('', 'store.writeIsFolder', { file })
    default:
      return issue('', 'store.writeFailed', { file, detail: detail(error) })
  }
}

/** The plan was saved but its previous version could not be kept as `NAME.bak`. */
export function backupIssue(file: string, error: unknown): Issue {
  return issue('', 'store.backupNotKept', { file, detail: errorCode(error) ?? detail(error) })
}
