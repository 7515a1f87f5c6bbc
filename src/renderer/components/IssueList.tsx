import { useTranslation } from 'react-i18next'
import type { FormatIssue } from '../../shared/format'
import './openError.css'

/** Problems found in a file, one per line: `events[3].end — ends before it starts`. */
export function IssueList({ issues }: { issues: readonly FormatIssue[] }) {
  const { t } = useTranslation()
  return (
    <ol className="issue-list">
      {issues.map((issue, index) => (
        <li key={`${index}-${issue.path}`}>
          <code className="issue-path">{issue.path === '' ? t('openError.wholeFile') : issue.path}</code>
          <span className="issue-dash" aria-hidden="true">
            {' — '}
          </span>
          <span className="issue-message" dir="auto">
            {issue.message}
          </span>
        </li>
      ))}
    </ol>
  )
}
