// Collecting problems of a file: each names a JSON path and carries a coded message (../messages).

import { issue, type Issue, type MessageCode, type ValuesArg } from '../messages'

/** Problems beyond this many are summarised in one last issue: nobody reads a thousand. */
export const MAX_ISSUES = 200

/** Collects issues in the order they are found, up to MAX_ISSUES. */
export class IssueList {
  readonly items: Issue[] = []
  count = 0

  add<C extends MessageCode>(path: string, code: C, ...values: ValuesArg<C>): void {
    this.count++
    if (this.items.length < MAX_ISSUES) this.items.push(issue(path, code, ...values))
  }

  /** The issues, with a closing "and N more" issue when some were left out. */
  result(): Issue[] {
    const more = this.count - this.items.length
    if (more <= 0) return this.items
    return [...this.items, issue('', 'format.moreIssues', { count: more })]
  }
}
