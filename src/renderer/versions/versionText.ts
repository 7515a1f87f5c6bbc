// The version history's words: when a version was saved, and what changed, in planner language.
import { format } from 'date-fns'
import type { TFunction } from 'i18next'
import type { VersionChange, VersionEntry } from '../../shared/ipc'
import { currentDateLocale } from '../i18n'
import { MergeWords } from '../merge/mergeText'

/** `1 Dec 2026, 14:02` as the reader's locale writes it; with seconds (`14:02:37`) to tell apart versions saved in one minute. */
export function whenText(at: string, seconds = false): string {
  return format(new Date(at), seconds ? 'PPpp' : 'PPp', { locale: currentDateLocale() })
}

/** Whether the version at `index` shares its minute with a neighbour (its time is then shown to the second). */
export function needsSeconds(versions: readonly VersionEntry[], index: number): boolean {
  const minute = (v: VersionEntry | undefined) => (v === undefined ? undefined : v.at.slice(0, 16))
  const own = minute(versions[index])
  return own !== undefined && (minute(versions[index - 1]) === own || minute(versions[index + 1]) === own)
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
  const now = c.now ?? {}
  const parts: string[] = []
  if (now.start !== undefined) parts.push(t('merge.movedTo', { dates: words.value('dates', { start: now.start, end: now.end }) }))
  for (const field of new Set(c.fields.map((f) => (f === 'start' || f === 'end' ? 'dates' : f)))) {
    if (field === 'dates' && now.start !== undefined) continue
    const value = now[field]
    parts.push(value === undefined ? words.field(field) : t('merge.fieldNow', { field: words.field(field), value: words.value(field, value) }))
  }
  return t('merge.changed', { thing, fields: parts.join('; ') })
}

/** One line for the list: `3 changes: Event ‘A’: status; Added Partner ‘B’ …`. */
export function noteSummary(t: TFunction, v: VersionEntry): string {
  if (v.first) return v.opened ? t('versions.asOpened') : t('versions.firstVersion')
  const count = v.changes.length + v.more
  if (count === 0) return t('versions.noChanges')
  const shown = v.changes.slice(0, 2).map((c) => noteChange(t, c))
  const list = `${shown.join(t('versions.separator'))}${count > shown.length ? ' …' : ''}`
  return t('versions.summaryLine', { changes: t('versions.changes', { count }), list })
}
