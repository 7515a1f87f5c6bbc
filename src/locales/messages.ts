// The message catalogues of the vocabulary in src/shared/messages.ts, for every edge that words
// messages (the renderer, the CLI). src/shared and main never import this folder: they speak codes.
import type { Issue, Message } from '../shared/messages'
import en from './en.messages.json'
import zhCN from './zh-CN.messages.json'
import enTerms from './en.terms.json'
import zhCNTerms from './zh-CN.terms.json'

/** The catalogue of each language, to be mounted under the `messages` key of a translation. */
export const messageCatalogues = { en, 'zh-CN': zhCN } as const

/**
 * The plan's fixed vocabulary (event kinds, statuses, partner kinds, formats, phase kinds) and the
 * CLI report's labels, for both edges: mounted at the root of the renderer's translation.
 */
export const termCatalogues = { en: enTerms, 'zh-CN': zhCNTerms } as const

/** The translation key of a message code (`format.endBeforeStart` → `messages.format.endBeforeStart`). */
export function messageKey(code: Message['code']): string {
  return `messages.${code}`
}

/** A translate function as both edges have it (i18next's `t`, loosely typed). */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** The words of one message. */
export function messageText(t: Translate, message: Message): string {
  return t(messageKey(message.code), message.values)
}

/** Where an issue is, in words: `Event ‘Nowruz concert’ (events[3])`, or the bare path without a subject. */
export function placeText(t: Translate, issue: Issue): string {
  if (!issue.subject) return issue.path
  const subject = t(`messages.subject.${issue.subject.kind}`, { name: issue.subject.name })
  return issue.path === '' ? subject : t('messages.place', { subject, path: issue.path })
}
