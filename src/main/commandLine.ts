// Reading the plan to open from the command line (`caravan-app plan.caravan`, a double-click in a
// file manager, or a second start of the app while it runs).
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectExtension } from './fileNames'

/** The last `.caravan` argument of `argv`, as an absolute path resolved against `cwd`; undefined when none. */
export function findProjectArg(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i]
    if (arg === undefined || arg.startsWith('-') || !arg.toLowerCase().endsWith(projectExtension)) continue
    const path = arg.startsWith('file://') ? fileURLToPath(arg) : arg
    return isAbsolute(path) ? path : resolve(cwd, path)
  }
  return undefined
}
