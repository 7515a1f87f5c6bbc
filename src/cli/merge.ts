// `caravan merge BASE OURS THEIRS [-o OUT]` (also a git merge driver: `caravan merge %O %A %B`)
// and `caravan diff A B [--json]`: the shared three-way merge and compare, worded for people.
import { randomBytes } from 'node:crypto'
import { revisionId, withRevision } from '../shared/format'
import { saveProjectFile } from '../main/store'
import { readProjectFile, type ReadOutcome } from '../main/store/readProject'
import { diffProjects, mergeProjects } from '../shared/merge'
import { count, englishIssue, englishText, issueLines, usageError, type Io } from './output'
import { PlanNames, conflictLine, differenceLine, renameLine } from './planWords'

type Read = Extract<ReadOutcome, { kind: 'ok' }>

/** Reads each file; on the first one that is unreadable or invalid, prints why and returns undefined. */
async function readAll(files: string[], io: Io): Promise<Array<Extract<ReadOutcome, { kind: 'ok' }>> | undefined> {
  const out: Array<Extract<ReadOutcome, { kind: 'ok' }>> = []
  let failed = false
  for (const file of files) {
    const read = await readProjectFile(file)
    if (read.kind === 'ok') out.push(read)
    else {
      failed = true
      if (read.kind === 'unreadable') for (const issue of read.errors) io.err(`caravan: ${englishText(issue)}`)
      else for (const line of issueLines(file, read.errors)) io.err(line)
    }
  }
  return failed ? undefined : out
}

function parseMergeArgs(args: string[]): { files: string[]; out: string | undefined } | string {
  const files: string[] = []
  let out: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '-o' || arg === '--output') {
      const value = args[++i]
      if (value === undefined) return `${arg} needs a file name, e.g. \`caravan merge base.caravan mine.caravan theirs.caravan -o merged.caravan\`.`
      out = value
    } else if (arg.startsWith('-') && arg !== '-') return `merge does not know the option ${arg}.`
    else files.push(arg)
  }
  if (files.length !== 3) return 'merge needs three files: the common ancestor, ours and theirs, e.g. `caravan merge base.caravan mine.caravan theirs.caravan`.'
  return { files, out }
}

/**
 * Merges THEIRS into OURS against BASE and writes the result to OUT (default: OURS, durably and
 * only if OURS did not change meanwhile). Exit 0 when merged cleanly; 1 when conflicts remain (the
 * file holds ours' choice and records them in `mergeConflicts`); 2 when an input cannot be read or
 * is invalid, or for bad usage, and then nothing is written.
 */
export async function mergeCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseMergeArgs(args)
  if (typeof parsed === 'string') return usageError(io, parsed)
  const [baseFile, oursFile, theirsFile] = parsed.files as [string, string, string]
  const read = await readAll([baseFile, oursFile, theirsFile], io)
  if (!read) {
    io.err('caravan: nothing was merged or written.')
    return 2
  }
  const [base, ours, theirs] = read as [Read, Read, Read]
  const result = mergeProjects(base.project, ours.project, theirs.project)
  const target = parsed.out ?? oursFile
  // A merge that brings something is a new version with both copies as its parents (FORMAT.md
  // "Revisions and merges"); one that brings nothing leaves ours as it is.
  const brings = result.changes.some((c) => c.side === 'theirs') || result.renamed.length > 0 || result.conflicts.length > 0
  const merged = brings ? withRevision(result.project, revisionId(new Date(), randomBytes(4).toString('hex')), ours.project, [theirs.project]) : result.project
  const saved = await saveProjectFile(target, merged, { expectedHash: parsed.out === undefined ? ours.hash : undefined })
  if (!saved.ok) {
    for (const issue of saved.errors) io.err(`caravan: ${englishIssue(issue)}`)
    return 2
  }
  const names = new PlanNames([result.project, ours.project, theirs.project, base.project])
  const from = (side: 'ours' | 'theirs'): number => result.changes.filter((c) => c.side === side).length
  io.out(`merged: ${count(from('ours'), 'change')} from ours, ${from('theirs')} from theirs, ${count(result.conflicts.length, 'conflict')}`)
  for (const rename of result.renamed) io.out(renameLine(names, rename))
  for (const conflict of result.conflicts) io.out(conflictLine(names, conflict))
  return result.conflicts.length > 0 ? 1 : 0
}

/** Prints what changed from A to B in planner language (or as JSON). Exit 0, or 2 when a file cannot be read. */
export async function diffCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json')
  const rest = args.filter((a) => a !== '--json')
  const option = rest.find((a) => a.startsWith('-') && a !== '-')
  if (option !== undefined) return usageError(io, `diff does not know the option ${option}.`)
  if (rest.length !== 2) return usageError(io, 'diff needs two files, e.g. `caravan diff old.caravan new.caravan`.')
  const read = await readAll(rest, io)
  if (!read) return 2
  const [a, b] = [read[0]!.project, read[1]!.project]
  const differences = diffProjects(a, b)
  if (json) {
    io.out(JSON.stringify(differences, null, 2))
    return 0
  }
  if (differences.length === 0) {
    io.out('no changes')
    return 0
  }
  const names = new PlanNames([b, a])
  for (const d of differences) io.out(d.op === 'delete' ? differenceLine(new PlanNames([a]), d) : differenceLine(names, d))
  return 0
}
