// `caravan validate FILE...`: one line per valid file, one line per problem in the others.
import { readProjectFile } from '../main/store/readProject'
import { count, englishText, issueLines, usageError } from './output'
import type { Io } from './output'

/** Checks every file; exit 0 when all are valid, 1 when some are invalid, 2 when one cannot be read. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const options = args.filter((a) => a.startsWith('-') && a !== '-')
  if (options.length > 0) return usageError(io, `validate does not know the option ${options[0]}.`)
  if (args.length === 0) return usageError(io, 'validate needs at least one file, e.g. `caravan validate plan.caravan`.')
  let status = 0
  for (const file of args) {
    const read = await readProjectFile(file)
    if (read.kind === 'unreadable') {
      for (const issue of read.errors) io.err(`caravan: ${englishText(issue)}`)
      status = 2
    } else if (read.kind === 'invalid') {
      for (const line of issueLines(file, read.errors)) io.out(line)
      status = Math.max(status, 1)
    } else {
      const { events, partners, coproductions } = read.project
      const migrated = read.migratedFrom === undefined ? '' : ` (format version ${read.migratedFrom}, readable; saving would update it)`
      io.out(`ok ${file}: ${count(events.length, 'event')}, ${count(partners.length, 'partner')}, ${count(coproductions.length, 'co-production')}${migrated}`)
    }
  }
  return status
}
