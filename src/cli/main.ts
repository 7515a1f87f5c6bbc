// The `caravan` command: check, describe and tidy plan files without opening the app.
import { version } from '../../package.json'
import { fmtCommand } from './fmt'
import { infoCommand } from './info'
import { diffCommand, mergeCommand } from './merge'
import { validateCommand } from './validate'
import type { Io } from './output'

const usage = `Usage: caravan COMMAND [ARGUMENTS]

Commands:
  validate FILE...             check that plan files are valid Caravan files
  info FILE [--lang zh-CN]     show what a plan holds: dates, events, partners, countries
                               (--lang zh-CN gives the report in Chinese)
  fmt FILE [-o OUT] [--check]  rewrite a plan in the canonical form Caravan writes
                               (-o OUT writes the result to OUT instead of FILE;
                                --check only tells whether FILE is canonical)
  merge BASE OURS THEIRS [-o OUT]
                               merge two edited copies of one plan: THEIRS into OURS,
                               against BASE, their common ancestor (-o OUT writes the
                               result to OUT instead of OURS); exit 1 when conflicts
                               remain (the file keeps ours' choice and lists them)
  diff A B [--json]            show what changed from plan A to plan B
  export FILE --to ics|csv|xlsx [--what KIND] [-o OUT]
                               write the plan as a calendar (.ics), a table (.csv) or an
                               Excel workbook (.xlsx); KIND is events, partners, venues or
                               coproductions (csv: one kind, events by default; xlsx: all
                               kinds, one sheet each; ics: events and co-production phases
                               and releases). OUT defaults to a file beside the plan;
                               -o - writes ics or csv to standard output
  help                         show this help
  --version                    show the version of Caravan

Exit status: 0 when all is well, 1 when a plan is invalid or not canonical
(or a merge left conflicts),
2 when a file cannot be read or the command is wrong.
`

const processIo: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'validate':
      return validateCommand(rest, io)
    case 'info':
      return infoCommand(rest, io)
    case 'fmt':
      return fmtCommand(rest, io)
    case 'merge':
      return mergeCommand(rest, io)
    case 'diff':
      return diffCommand(rest, io)
    case 'export':
      // Loaded on use: the calendar and spreadsheet libraries would slow every other command's start.
      return (await import('./export')).exportCommand(rest, io)
    case 'help':
    case '--help':
    case '-h':
      io.out(usage)
      return 0
    case '--version':
    case '-v':
    case 'version':
      io.out(`caravan ${version}`)
      return 0
    case undefined:
      io.err(usage)
      return 2
    default:
      io.err(`caravan: unknown command "${command}".\n\n${usage}`)
      return 2
  }
}
