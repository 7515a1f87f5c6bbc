// Operating-system errors about project files, as coded issues a planner can act on.
import { dirname } from 'node:path'
import { issue, type Issue } from '../../shared/messages'
import { errorCode } from './durableFile'

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Why `file` could not be read, as a whole-file issue (path ''). */
export function readIssue(file: string, error: unknown): Issue {
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

/** Why `file` could not be written, as a whole-file issue (path ''). */
export function writeIssue(file: string, error: unknown): Issue {
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
