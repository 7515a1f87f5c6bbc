// `caravan export FILE --to ics|csv|xlsx [--what KIND] [-o OUT]`: a plan as a calendar, a CSV
// table or an Excel workbook, with English headers.
import { basename, dirname, extname, join } from 'node:path'
import { exchangeKinds, planTable, planToIcs, tableToCsv, type ExchangeKind } from '../shared/exchange'
import { tablesToXlsx } from '../shared/exchange/xlsx'
import { writeFileDurably } from '../main/store/durableFile'
import { writeIssue } from '../main/store/fileErrors'
import { readProjectFile } from '../main/store/readProject'
import { countryNamer } from '../locales/countryNames'
import { englishTableWords } from '../locales/exchange'
import { count, englishIssue, englishText, issueLines, usageError, type Io } from './output'

const formats = ['ics', 'csv', 'xlsx'] as const
type Format = (typeof formats)[number]

interface ExportArgs {
  file: string
  to: Format
  what: ExchangeKind | undefined
  out: string | undefined
}

function parseArgs(args: string[]): ExportArgs | string {
  let file: string | undefined
  let to: string | undefined
  let what: string | undefined
  let out: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const value = (): string | undefined => args[++i]
    if (arg === '--to') to = value() ?? ''
    else if (arg === '--what') what = value() ?? ''
    else if (arg === '-o' || arg === '--output') {
      out = value()
      if (out === undefined) return `${arg} needs a file name (or - for standard output), e.g. \`caravan export plan.caravan --to ics -o plan.ics\`.`
    } else if (arg.startsWith('-') && arg !== '-') return `export does not know the option ${arg}.`
    else if (file !== undefined) return 'export takes one plan at a time.'
    else file = arg
  }
  if (file === undefined) return 'export needs a plan file, e.g. `caravan export plan.caravan --to ics`.'
  if (!(formats as readonly string[]).includes(to ?? '')) return `export needs --to ics, --to csv or --to xlsx${to ? `, not "${to}"` : ''}.`
  if (what !== undefined && !(exchangeKinds as readonly string[]).includes(what)) return `--what takes events, partners, venues or coproductions, not "${what}".`
  if (to === 'ics' && (what === 'partners' || what === 'venues')) return 'a calendar holds dated items only: use --what events or --what coproductions with --to ics.'
  if (to === 'xlsx' && out === '-') return 'an Excel workbook cannot be written to standard output; give a file name with -o.'
  return { file, to: to as Format, what: what as ExchangeKind | undefined, out }
}

/** The default output beside the plan: `plan.ics`, `plan.events.csv`, `plan.xlsx`. */
export function defaultOutput(file: string, to: Format, what: ExchangeKind | undefined): string {
  const stem = basename(file, extname(file))
  const suffix = to === 'csv' ? `.${what ?? 'events'}.csv` : what && to === 'xlsx' ? `.${what}.xlsx` : `.${to}`
  return join(dirname(file), `${stem}${suffix}`)
}

/** Exports FILE. Exit 0, 1 (the plan is invalid: reported, nothing written) or 2 (usage, unreadable, unwritable). */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') return usageError(io, parsed)
  const { file, to, what, out } = parsed
  const read = await readProjectFile(file)
  if (read.kind === 'unreadable') {
    for (const issue of read.errors) io.err(`caravan: ${englishText(issue)}`)
    return 2
  }
  if (read.kind === 'invalid') {
    for (const line of issueLines(file, read.errors)) io.out(line)
    io.err(`caravan: ${file} is not a valid plan; nothing was exported. Fix the problems above (\`caravan validate ${file}\`) and export again.`)
    return 1
  }
  const plan = read.project
  let data: string | Uint8Array
  let summary: string
  if (to === 'ics') {
    const ids = what === undefined ? undefined : new Set(what === 'events' ? plan.events.map((e) => e.id) : plan.coproductions.flatMap((c) => [...c.phases, ...c.releases].map((x) => x.id)))
    data = planToIcs(plan, { countryName: countryNamer('en'), ...(ids ? { ids } : {}) })
    summary = count((data.match(/BEGIN:VEVENT/g) ?? []).length, 'calendar item')
  } else if (to === 'csv') {
    const table = planTable(plan, what ?? 'events')
    data = tableToCsv(table, englishTableWords)
    summary = count(table.rows.length, 'row')
  } else {
    const tables = (what ? [what] : exchangeKinds).map((k) => planTable(plan, k))
    data = await tablesToXlsx(tables, englishTableWords, { title: plan.title, created: new Date(plan.modifiedAt) })
    summary = count(tables.length, 'sheet')
  }
  if (out === '-') {
    // Text only (xlsx to standard output is refused above); the text ends with its own line break.
    io.out(data as string)
    return 0
  }
  const target = out ?? defaultOutput(file, to, what)
  try {
    await writeFileDurably(target, data)
  } catch (error) {
    io.err(`caravan: ${englishIssue(writeIssue(target, error))}`)
    return 2
  }
  io.out(`exported ${summary} of ${file} to ${target}`)
  return 0
}
