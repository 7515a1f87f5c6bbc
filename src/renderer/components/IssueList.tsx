import { useTranslation } from 'react-i18next'
import type { Issue } from '../../shared/format'
import { messageText, placeText, type Translate } from '../../locales/messages'
import './openError.css'

/** Problems found in a file, one per line: `Event ‘Nowruz concert’ (events[3].end) — ends before it starts (10 May < 12 May 2027)`. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation()
  const words = t as unknown as Translate
  return (
    <ol className="issue-list">
      {issues.map((issue, index) => (
        <li key={`${index}-${issue.path}`}>
          <IssuePlace issue={issue} wholeFile={t('openError.wholeFile')} words={words} />
          <span className="issue-dash" aria-hidden="true">
            {' — '}
          </span>
          <span className="issue-message" dir="auto">
            {messageText(words, issue)}
          </span>
        </li>
      ))}
    </ol>
  )
}

/** The thing by name when the file names it, with the JSON path beside it for whoever edits the file by hand. */
function IssuePlace({ issue, wholeFile, words }: { issue: Issue; wholeFile: string; words: Translate }) {
  if (!issue.subject) return <code className="issue-path">{issue.path === '' ? wholeFile : issue.path}</code>
  return (
    <span className="issue-place" dir="auto">
      {placeText(words, issue)}
    </span>
  )
}
