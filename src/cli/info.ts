// `caravan info FILE`: a short plain-text description of what a plan holds.
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import type { Project } from '../shared/format'
import { readProjectFile } from '../main/store/readProject'
import { displayWidth, reportLanguages, reportWords, type ReportLanguage, type ReportWords } from '../locales/report'
import { englishText, issueLines, usageError } from './output'
import type { Io } from './output'

type Row = readonly [label: string, value: string]

/** Counts of each value, most frequent first (ties by name), so the report reads the same every time. */
function tally(values: readonly string[], word: (value: string) => string = (value) => value): Row[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([value, n]) => [`  ${word(value)}`, String(n)] as const)
}

function day(value: string, words: ReportWords): string {
  return format(parseISO(value.slice(0, 10)), words.t('info.day'), { locale: words.dateLocale })
}

/** `2026-11-27T08:40:00Z` → `27 Nov 2026, 08:40 UTC`, without moving it into the local time zone. */
function stamp(value: string, words: ReportWords): string {
  const time = value.slice(11, 16)
  return time ? words.t('info.stamp', { day: day(value, words), time }) : day(value, words)
}

/** First start to last end over events, co-production phases and releases (whole days). */
function span(project: Project, words: ReportWords): string {
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
  if (starts.length === 0) return words.t('info.nothingScheduled')
  const first = starts.reduce((a, b) => (b < a ? b : a))
  const last = ends.reduce((a, b) => (b > a ? b : a))
  return words.t('info.range', { start: day(first, words), end: day(last, words) })
}

function countryRows(project: Project, language: ReportLanguage): Row[] {
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
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

/** The report's lines: a header of facts, then aligned counts. Pure, for tests. English by default. */
export function describeProject(project: Project, words: ReportWords = reportWords('en')): string[] {
  const { t } = words
  const phases = project.coproductions.reduce((n, c) => n + c.phases.length, 0)
  const releases = project.coproductions.reduce((n, c) => n + c.releases.length, 0)
  // English names the plan's values by their codes (`exhibition`), as the file writes them.
  const term = (group: string) => (value: string) => (words.language === 'en' ? value : t(`${group}.${value}`))
  const head: Row[] = [
    [t('info.title'), project.title],
    ...(project.titleLocal ? [['', project.titleLocal] as const] : []),
    [t('info.homeTimeZone'), project.homeTimeZone],
    [t('info.dates'), span(project, words)],
    [t('info.created'), stamp(project.createdAt, words)],
    [t('info.modified'), stamp(project.modifiedAt, words)],
  ]
  const counts: Row[] = [
    [t('info.events'), String(project.events.length)],
    ...tally(project.events.map((e) => e.kind), term('eventKind')),
    ...(project.events.length > 0 ? [[t('info.eventsByStatus'), ''] as const, ...tally(project.events.map((e) => e.status), term('status'))] : []),
    [t('info.coproductions'), String(project.coproductions.length)],
    [t('info.phases'), String(phases)],
    [t('info.releases'), String(releases)],
    [t('info.partners'), String(project.partners.length)],
    ...tally(project.partners.map((p) => p.kind), term('partnerKind')),
    [t('info.venues'), String(project.venues.length)],
    [t('info.dependencies'), String(project.dependencies.length)],
  ]
  const countries = countryRows(project, words.language)
  const labelWidth = Math.max(...[...head, ...counts, ...countries].map(([label]) => displayWidth(label))) + 2
  const numberWidth = Math.max(...counts.map(([, value]) => value.length))
  const pad = (label: string) => label + ' '.repeat(Math.max(0, labelWidth - displayWidth(label)))
  const line = ([label, value]: Row, numeric: boolean) => `${pad(label)}${numeric ? value.padStart(numberWidth) : value}`.trimEnd()
  return [
    ...head.map((row) => line(row, false)),
    '',
    ...counts.map((row) => line(row, true)),
    line([t('info.countries'), String(countries.length)], true),
    ...countries.map((row) => line(row, false)),
  ]
}

/** `--lang zh-CN` (or `--lang=zh-CN`) taken out of the arguments; an unknown language is a usage error. */
function takeLanguage(args: string[]): { language: ReportLanguage; rest: string[] } | { error: string } {
  const rest: string[] = []
  let language: string = 'en'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--lang') {
      const value = args[++i]
      if (value === undefined) return { error: `--lang needs a language: ${reportLanguages.join(' or ')}.` }
      language = value
    } else if (arg.startsWith('--lang=')) language = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  if (!(reportLanguages as string[]).includes(language)) return { error: `info has no report in ${language}; use --lang ${reportLanguages.join(' or --lang ')}.` }
  return { language: language as ReportLanguage, rest }
}

/** Prints the report for one file; exit 0, 1 when the file is invalid, 2 when it cannot be read. */
export async function infoCommand(all: string[], io: Io): Promise<number> {
  const taken = takeLanguage(all)
  if ('error' in taken) return usageError(io, taken.error)
  const args = taken.rest
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
  io.out(`${file}\n\n${describeProject(read.project, reportWords(taken.language)).join('\n')}`)
  return 0
}
