// English words for messages on plain Node (the CLI, tools, tests): the renderer's catalogue,
// through an i18next instance of its own. Dates stay as the file writes them (ISO), so the CLI
// prints `2027-05-10 < 2027-05-12` where the app shows `10 May < 12 May 2027`.
import i18next from 'i18next'
import type { Issue, Message } from '../shared/messages'
import { messageCatalogues, messageText, type Translate } from './messages'

let t: Translate | undefined

// Made on first use: a CLI run over valid files never words a message, and pays nothing for it.
function english(): Translate {
  if (t) return t
  const instance = i18next.createInstance()
  void instance.init({
    lng: 'en',
    resources: { en: { translation: { messages: messageCatalogues.en } } },
    initAsync: false,
    // Plain text, not HTML: nothing to escape.
    interpolation: { escapeValue: false },
  })
  instance.services.formatter?.add('day', (value: unknown) => String(value))
  // Loosely typed: the renderer's typed keys (CustomTypeOptions) do not describe this instance.
  t = instance.t.bind(instance) as unknown as Translate
  return t
}

/** A message in English. */
export function englishText(message: Message): string {
  return messageText(english(), message)
}

/** An issue as one line: `events[3].end: ends before it starts (…)`, or the message alone for the whole file. */
export function englishIssue(issue: Issue): string {
  const text = englishText(issue)
  return issue.path === '' ? text : `${issue.path}: ${text}`
}
