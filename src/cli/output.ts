// Shared pieces of the CLI's output: where it goes and how problems with a file are worded (in
// English, from the app's own message catalogue).
import type { Issue } from '../shared/format'
import { englishIssue } from '../locales/english'

export { englishIssue, englishText } from '../locales/english'

/** Where a command writes: `out` for results, `err` for problems with the command or the disk. One call per line. */
export interface Io {
  out(s: string): void
  err(s: string): void
}

/** `3 events`, `1 event`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/** One line per issue: `FILE: events[3].end: message`, or `FILE: message` for the whole file. */
export function issueLines(file: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${file}: ${englishIssue(issue)}`)
}

/** A usage mistake: says what is wrong and how to ask for help; exit status 2. */
export function usageError(io: Io, message: string): number {
  io.err(`caravan: ${message}\nRun \`caravan help\` for the list of commands.`)
  return 2
}
