// Collecting problems of a file for people: each names a JSON path and says what is wrong.

/** One problem with a file: `path` is a JSON path such as `events[3].end`, or '' for the whole file. */
export interface FormatIssue {
  path: string
  message: string
}

/** Problems beyond this many are summarised in one last line: nobody reads a thousand. */
export const MAX_ISSUES = 200

/** A problem as one line: `events[3].end: ends before it starts (…)`. */
export function formatIssue(issue: FormatIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`
}

/** Collects issues in the order they are found, up to MAX_ISSUES. */
export class IssueList {
  readonly items: FormatIssue[] = []
  count = 0

  add(path: string, message: string): void {
    this.count++
    if (this.items.length < MAX_ISSUES) this.items.push({ path, message })
  }

  /** The issues, with a closing "and N more" line when some were left out. */
  result(): FormatIssue[] {
    const more = this.count - this.items.length
    if (more <= 0) return this.items
    return [...this.items, { path: '', message: `… and ${more} more ${more === 1 ? 'problem' : 'problems'} not listed here.` }]
  }
}

/** A value quoted for a message, shortened when long so one bad field cannot flood the screen. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value
  return JSON.stringify(shown)
}

/** What a wrong value is, in words: "a number", "a list", "true/false" … */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`
    case 'number':
      return `the number ${String(value)}`
    case 'boolean':
      return `${String(value)}`
    case 'object':
      return 'an object'
    default:
      return `a ${typeof value}`
  }
}
