// The version history's words: when a version was saved, and what changed, in planner language.
import { format } from 'date-fns'
import type { TFunction } from 'i18next'
import type { VersionChange, VersionEntry } from '../../shared/ipc'
import { currentDateLocale } from '../i18n'
import { MergeWords } from '../merge/mergeText'

/** `1 Dec 2026, 14:02` as the reader's locale writes it. */
export function whenText(at: string): string {
  return format(new Date(at), 'PPp', { locale: currentDateLocale() })
}

/** `Event ‘Opening concert’ (开幕音乐会)` from a version's note (which keeps both names). */
export function noteThing(t: TFunction, c: VersionChange): string {
  if (c.kind === 'project') return t('merge.plan')
  const kind = t(`merge.kind.${c.kind}` as 'merge.kind.event')
  const name = c.name ?? c.id
  return c.nameLocal === undefined ? t('merge.thing', { kind, name }) : t('merge.thingLocal', { kind, name, local: c.nameLocal })
}

/** `Event ‘Opening concert’: status, dates` — what one change of a note did. */
export function noteChange(t: TFunction, c: VersionChange): string {
  const thing = noteThing(t, c)
  if (c.op === 'add') return t('merge.added', { thing })
  if (c.op === 'delete') return t('merge.deleted', { thing })
  const words = new MergeWords(t, [])
  const fields = [...new Set(c.fields.map((f) => (f === 'start' || f === 'end' ? 'dates' : f)))].map((f) => words.field(f))
  return t('merge.changed', { thing, fields: fields.join(', ') })
}

/** One line for the list: `3 changes: Event ‘A’: status; Added Partner ‘B’ …`. */
export function noteSummary(t: TFunction, v: VersionEntry): string {
  if (v.first) return v.opened ? t('versions.asOpened') : t('versions.firstVersion')
  const count = v.changes.length + v.more
  if (count === 0) return t('versions.noChanges')
  const shown = v.changes.slice(0, 2).map((c) => noteChange(t, c))
  return `${t('versions.changes', { count })}: ${shown.join('; ')}${count > shown.length ? ' …' : ''}`
}
