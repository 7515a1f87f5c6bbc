// `caravan fmt FILE [-o OUT] [--check]`: rewrite a plan in the canonical form, through the store.
import { serializeProject } from '../shared/format'
import { hashText, saveProjectFile } from '../main/store'
import { readProjectFile } from '../main/store/readProject'
import { englishIssue, englishText, issueLines, usageError } from './output'
import type { Io } from './output'

interface FmtArgs {
  file: string
  out: string | undefined
  check: boolean
}

function parseArgs(args: string[]): FmtArgs | string {
  let file: string | undefined
  let out: string | undefined
  let check = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--check') check = true
    else if (arg === '-o' || arg === '--output') {
      const value = args[++i]
      if (value === undefined) return `${arg} needs a file name, e.g. \`caravan fmt plan.caravan -o tidy.caravan\`.`
      out = value
    } else if (arg.startsWith('-') && arg !== '-') return `fmt does not know the option ${arg}.`
    else if (file !== undefined) return 'fmt takes one file at a time.'
    else file = arg
  }
  if (file === undefined) return 'fmt needs a file, e.g. `caravan fmt plan.caravan`.'
  return { file, out, check }
}

/**
 * Rewrites FILE (or writes OUT) canonically, keeping `modifiedAt`: formatting is not an edit. An
 * invalid file is reported like `validate` and never touched. Exit 0, 1 (invalid, or not
 * canonical with --check), or 2 (unreadable, unwritable, usage).
 */
export async function fmtCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') return usageError(io, parsed)
  const { file, out, check } = parsed

  const read = await readProjectFile(file)
  if (read.kind === 'unreadable') {
    for (const issue of read.errors) io.err(`caravan: ${englishText(issue)}`)
    return 2
  }
  if (read.kind === 'invalid') {
    for (const line of issueLines(file, read.errors)) io.out(line)
    return 1
  }

  if (check) {
    if (read.migratedFrom === undefined && hashText(serializeProject(read.project)) === read.hash) {
      io.out(`${file} is in canonical form`)
      return 0
    }
    io.out(`${file} is not in canonical form`)
    return 1
  }

  const target = out ?? file
  // In place, the file must still be the one just read: never overwrite an edit made meanwhile.
  const expectedHash = out === undefined ? read.hash : undefined
  const saved = await saveProjectFile(target, read.project, { keepModifiedAt: true, expectedHash })
  if (!saved.ok) {
    for (const issue of saved.errors) io.err(`caravan: ${englishIssue(issue)}`)
    return saved.reason === 'invalid' ? 1 : 2
  }
  io.out(saved.changed ? `formatted ${file}${out === undefined ? '' : ` into ${out}`}` : `${target} is already in canonical form`)
  return 0
}
