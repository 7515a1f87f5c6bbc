import type { TFunction } from 'i18next'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mergeCopy } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { ROOT, conflictKey, indexProject, type Change, type Choice, type Conflict, type Entity } from '../../shared/merge'
import type { MergeTarget } from '../app/store'
import { Dialog } from '../components/Dialog'
import { MergeWords } from './mergeText'
import { MergePreview } from './MergePreview'
import { timelinePreview } from '../../shared/merge/preview'
import './merge.css'

interface MergeDialogProps {
  project: Project
  target: MergeTarget
  /** A side for every conflict, by conflictKey: the merge is applied as one undo step. */
  onApply: (choices: Array<[string, Choice]>) => void
  onCancel: () => void
}

/** Fields that record the file's history, not the plan: a save changes them, a planner does not. */
const bookkeeping: ReadonlySet<string> = new Set(['modifiedAt', 'revision', 'lineage', 'views', 'mergeConflicts'])

/** The changes a planner made: without the bookkeeping fields, and without edits of nothing else. */
function shownChanges(changes: readonly Change[]): Change[] {
  return changes.flatMap((c) => {
    if (c.op !== 'edit') return [c]
    const fields = c.fields.filter((f) => !bookkeeping.has(f))
    return fields.length === 0 ? [] : [{ ...c, fields }]
  })
}

/** `status now Cancelled`, `moved to 12 – 14 May 2027`: each changed field with its new value in `after`. */
export function editText(words: MergeWords, t: TFunction, fields: string[], after: Record<string, unknown> | undefined): string {
  const parts: string[] = []
  const moved = fields.includes('start') || fields.includes('end')
  if (moved && after) parts.push(t('merge.movedTo', { dates: words.value('dates', { start: after.start, end: after.end }) }))
  for (const field of new Set(fields)) {
    if (field === 'start' || field === 'end') continue
    const value = after?.[field]
    parts.push(value === undefined ? t('merge.fieldRemoved', { field: words.field(field) }) : t('merge.fieldNow', { field: words.field(field), value: words.value(field, value) }))
  }
  return parts.join('; ')
}

function ChangeList({ changes, words, side, empty }: { changes: Change[]; words: MergeWords; side: ReadonlyMap<string, Entity>; empty: string }) {
  const { t } = useTranslation()
  if (changes.length === 0) return <p className="merge-none">{empty}</p>
  return (
    <ul className="merge-changes">
      {changes.map((c) => {
        const thing = words.thing(c.kind, c.id)
        const text = c.op === 'add' ? t('merge.added', { thing }) : c.op === 'delete' ? t('merge.deleted', { thing }) : t('merge.changed', { thing, fields: editText(words, t, c.fields, side.get(c.id)?.value) })
        return <li key={`${c.side}-${c.op}-${c.id}`}>{text}</li>
      })}
    </ul>
  )
}

function ConflictChoice({ conflict, words, choice, onChoose, twoWay }: { conflict: Conflict; words: MergeWords; choice: Choice; onChoose: (choice: Choice) => void; twoWay: boolean }) {
  const { t } = useTranslation()
  const group = useId()
  const whole = conflict.field === undefined
  const side = (value: unknown): string => (whole ? (value === undefined ? t('merge.deletedValue') : t('merge.keptValue')) : words.value(conflict.field!, value))
  const thing = words.thing(conflict.kind, conflict.id)
  return (
    <li>
      <fieldset className="merge-conflict">
        <legend>{whole ? thing : `${thing} — ${words.field(conflict.field!)}`}</legend>
        <p className="merge-why">{twoWay ? t(`twoWay.${conflict.reason}`) : t(`merge.reason.${conflict.reason}`)}</p>
        <label className="merge-side">
          <input type="radio" name={group} checked={choice === 'ours'} onChange={() => onChoose('ours')} />
          {t('merge.keepOurs', { value: side(conflict.ours) })}
        </label>
        <label className="merge-side">
          <input type="radio" name={group} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />
          {t('merge.keepTheirs', { value: side(conflict.theirs) })}
        </label>
      </fieldset>
    </li>
  )
}

/** The merge view: what each copy changed, item by item, and a choice for each conflict. */
export function MergeDialog({ project, target, onApply, onCancel }: MergeDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const { name, base, theirs } = target
  const twoWay = target.twoWay === true
  const conflictsHeading = (result: { conflicts: readonly unknown[] }): string => (result.conflicts.length === 0 ? t('merge.noConflicts') : twoWay ? t('twoWay.conflicts', { count: result.conflicts.length }) : t('merge.conflicts', { count: result.conflicts.length }))
  const result = useMemo(() => mergeCopy(project, { name, base, theirs, choices: [] }), [project, name, base, theirs])
  const words = useMemo(() => new MergeWords(t, [project, theirs, base]), [t, project, theirs, base])
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(new Map())
  const choiceOf = (c: Conflict): Choice => choices.get(conflictKey(c)) ?? 'ours'
  const all = (pick: (c: Conflict) => Choice): Array<[string, Choice]> => result.conflicts.map((c) => [conflictKey(c), pick(c)])
  // The items as each copy has them, for the new values of their changes (the plan's root fields under ROOT).
  const sides = useMemo(() => {
    const of = (p: Project) => {
      const entities = indexProject(p).entities
      const root = entities.get(ROOT)
      if (root) entities.set(p.id, root)
      return entities
    }
    return { ours: of(project), theirs: of(theirs) }
  }, [project, theirs])
  // The plan as Apply would leave it, with the sides chosen so far, for the preview on the timeline.
  const preview = useMemo(
    () => timelinePreview(project, mergeCopy(project, { name, base, theirs, choices: result.conflicts.map((c) => [conflictKey(c), choices.get(conflictKey(c)) ?? 'ours']) }).project),
    [project, name, base, theirs, result, choices],
  )
  const shown = shownChanges(result.changes)
  const theirsChanges = shown.filter((c) => c.side === 'theirs')
  const oursChanges = shown.filter((c) => c.side !== 'theirs')

  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onCancel} className="dialog-wide merge-dialog">
      <h2 id={heading} className="dialog-title">
        {t('merge.title', { name })}
      </h2>
      {!twoWay && <p className="merge-summary">{t('merge.summary', { name })}</p>}
      {twoWay && (
        <p className="merge-two-way" role="note">
          {t('twoWay.note')}
        </p>
      )}
      <section className="merge-section" aria-label={conflictsHeading(result)}>
        <h3>{conflictsHeading(result)}</h3>
        {result.conflicts.length > 0 && (
          <ul className="merge-conflicts">
            {result.conflicts.map((c) => (
              <ConflictChoice key={conflictKey(c)} conflict={c} words={words} twoWay={twoWay} choice={choiceOf(c)} onChoose={(choice) => setChoices(new Map(choices).set(conflictKey(c), choice))} />
            ))}
          </ul>
        )}
      </section>
      {preview && <MergePreview preview={preview} words={words} />}
      {(!twoWay || theirsChanges.length > 0) && (
        <section className="merge-section" aria-label={t('merge.theirsChanges', { count: theirsChanges.length, name })}>
          <h3>{t('merge.theirsChanges', { count: theirsChanges.length, name })}</h3>
          <ChangeList changes={theirsChanges} words={words} side={sides.theirs} empty={t('merge.none')} />
        </section>
      )}
      {(!twoWay || oursChanges.length > 0) && (
        <section className="merge-section" aria-label={t('merge.oursChanges', { count: oursChanges.length })}>
          <h3>{t('merge.oursChanges', { count: oursChanges.length })}</h3>
          <ChangeList changes={oursChanges} words={words} side={sides.ours} empty={t('merge.none')} />
        </section>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          {t('merge.cancel')}
        </button>
        {result.conflicts.length > 0 && (
          <button type="button" onClick={() => onApply(all(() => 'ours'))}>
            {t('merge.acceptClean')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => onApply(all(choiceOf))}>
          {t('merge.apply')}
        </button>
      </div>
    </Dialog>
  )
}
