// `caravan info FILE`: a short plain-text description of what a plan holds.
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import type { Project } from '../shared/format'
import { readProjectFile } from '../main/store/readProject'
import { englishText, issueLines, usageError } from './output'
import type { Io } from './output'

type Row = readonly [label: string, value: string]

/** Counts of each value, most frequent first (ties by name), so the report reads the same every time. */
function tally(values: readonly string[]): Row[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([value, n]) => [`  ${value}`, String(n)] as const)
}

function day(value: string): string {
  return format(parseISO(value.slice(0, 10)), 'd MMM yyyy')
}

/** `2026-11-27T08:40:00Z` → `27 Nov 2026, 08:40 UTC`, without moving it into the local time zone. */
function stamp(value: string): string {
  const time = value.slice(11, 16)
  return time ? `${day(value)}, ${time} UTC` : day(value)
}

/** First start to last end over events, co-production phases and releases (whole days). */
function span(project: Project): string {
  const starts: string[] = []
  const ends: string[] = []
  for (const e of project.events) {
    starts.push(e.start.slice(0, 10))
    ends.push(e.end.slice(0, 10))
  }
  for (const c of project.coproductions) {
    for (const p of c.phases) {
      starts.push(p.start.slice(0, 10))
      ends.push(p.end.slice(0, 10))
    }
    for (const r of c.releases) {
      starts.push(r.start.slice(0, 10))
      ends.push(r.start.slice(0, 10))
    }
  }
  if (starts.length === 0) return 'nothing scheduled yet'
  const first = starts.reduce((a, b) => (b < a ? b : a))
  const last = ends.reduce((a, b) => (b > a ? b : a))
  return `${day(first)} – ${day(last)}`
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

function countryRows(project: Project): Row[] {
  const codes = new Set<string>()
  for (const p of project.partners) codes.add(p.country)
  for (const v of project.venues) codes.add(v.country)
  for (const e of project.events) codes.add(e.country)
  for (const c of project.coproductions) for (const r of c.releases) if (r.country) codes.add(r.country)
  return [...codes].sort().map((code) => {
    const name = regionNames.of(code)
    return [`  ${code}`, name && name !== code ? name : ''] as const
  })
}

/** The report's lines: a header of facts, then aligned counts. Pure, for tests. */
export function describeProject(project: Project): string[] {
  const phases = project.coproductions.reduce((n, c) => n + c.phases.length, 0)
  const releases = project.coproductions.reduce((n, c) => n + c.releases.length, 0)
  const head: Row[] = [
    ['Title', project.title],
    ...(project.titleLocal ? [['', project.titleLocal] as const] : []),
    ['Home time zone', project.homeTimeZone],
    ['Dates', span(project)],
    ['Created', stamp(project.createdAt)],
    ['Last modified', stamp(project.modifiedAt)],
  ]
  const counts: Row[] = [
    ['Events', String(project.events.length)],
    ...tally(project.events.map((e) => e.kind)),
    ...(project.events.length > 0 ? [['Events by status', ''] as const, ...tally(project.events.map((e) => e.status))] : []),
    ['Co-productions', String(project.coproductions.length)],
    ['  phases', String(phases)],
    ['  releases', String(releases)],
    ['Partners', String(project.partners.length)],
    ...tally(project.partners.map((p) => p.kind)),
    ['Venues', String(project.venues.length)],
    ['Dependencies', String(project.dependencies.length)],
  ]
  const countries = countryRows(project)
  const labelWidth = Math.max(...[...head, ...counts, ...countries].map(([label]) => label.length)) + 2
  const numberWidth = Math.max(...counts.map(([, value]) => value.length))
  const line = ([label, value]: Row, numeric: boolean) =>
    `${label.padEnd(labelWidth)}${numeric ? value.padStart(numberWidth) : value}`.trimEnd()
  return [
    ...head.map((row) => line(row, false)),
    '',
    ...counts.map((row) => line(row, true)),
    line(['Countries', String(countries.length)], true),
    ...countries.map((row) => line(row, false)),
  ]
}

/** Prints the report for one file; exit 0, 1 when the file is invalid, 2 when it cannot be read. */
export async function infoCommand(args: string[], io: Io): Promise<number> {
  const options = args.filter((a) => a.startsWith('-') && a !== '-')
  if (options.length > 0) return usageError(io, `info does not know the option ${options[0]}.`)
  const [file, ...more] = args
  if (file === undefined) return usageError(io, 'info needs a file, e.g. `caravan info plan.caravan`.')
  if (more.length > 0) return usageError(io, 'info takes one file at a time.')
  const read = await readProjectFile(file)
  if (read.kind === 'unreadable') {
    for (const issue of read.errors) io.err(`caravan: ${englishText(issue)}`)
    return 2
  }
  if (read.kind === 'invalid') {
    for (const lineText of issueLines(file, read.errors)) io.out(lineText)
    return 1
  }
  io.out(`${file}\n\n${describeProject(read.project).join('\n')}`)
  return 0
}
