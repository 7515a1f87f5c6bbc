// `npm run gen -- --events 10000 [--seed N] OUT`: writes a large realistic plan, for benchmarks and demos.
import { englishIssue } from '../src/locales/english'
import { stat } from 'node:fs/promises'
import { generatePlan } from '../src/shared/format'
import { saveProjectFile } from '../src/main/store'

const usage = 'Usage: npm run gen -- --events N [--seed N] OUT.caravan'

function wholeNumber(flag: string, value: string | undefined): number | string {
  if (value === undefined || !/^\d+$/.test(value)) return `${flag} needs a whole number, e.g. ${flag} 10000.`
  return Number(value)
}

/** Parses the command line; a string is a usage error. */
export function parseGenArgs(argv: readonly string[]): { events: number; seed: number; out: string } | string {
  let events: number | undefined
  let seed = 1
  let out: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--events' || arg === '--seed') {
      const n = wholeNumber(arg, argv[++i])
      if (typeof n === 'string') return n
      if (arg === '--events') events = n
      else seed = n
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.`
    else if (out !== undefined) return 'Give one output file.'
    else out = arg
  }
  if (events === undefined) return 'Say how many events to generate with --events N.'
  if (out === undefined) return 'Name the file to write, e.g. big.caravan.'
  return { events, seed, out }
}

async function run(argv: readonly string[]): Promise<number> {
  const args = parseGenArgs(argv)
  if (typeof args === 'string') {
    process.stderr.write(`gen: ${args}\n${usage}\n`)
    return 2
  }
  const project = generatePlan({ events: args.events, seed: args.seed })
  const saved = await saveProjectFile(args.out, project, { keepModifiedAt: true })
  if (!saved.ok) {
    for (const issue of saved.errors) process.stderr.write(`gen: ${englishIssue(issue)}\n`)
    return saved.reason === 'io' ? 2 : 1
  }
  const { events, partners, coproductions } = saved.project
  const bytes = (await stat(saved.path)).size
  process.stdout.write(`wrote ${args.out}: ${events.length} events, ${partners.length} partners, ${coproductions.length} co-productions (${bytes} bytes)\n`)
  return 0
}

process.exitCode = await run(process.argv.slice(2))
