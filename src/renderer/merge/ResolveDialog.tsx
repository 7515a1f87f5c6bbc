// The choices a `caravan merge` left open in the file (`mergeConflicts`), shown when the plan is
// opened: each with Keep yours / Take theirs; Apply decides them all in one undo step and the
// field is gone from the file at the next save.
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { ROOT, indexProject, openConflicts, theirsPlaceable, type Choice, type OpenConflict } from '../../shared/merge'
import { Dialog } from '../components/Dialog'
import { MergeWords } from './mergeText'
import './merge.css'

interface ResolveDialogProps {
  project: Project
  name: string
  onApply: (choices: Choice[]) => void
  onLater: () => void
}

const spans: Record<string, string[]> = { event: ['start', 'end', 'timeZone'], phase: ['start', 'end'], release: ['start', 'timeZone'] }

/** Ours' side of a choice: the value the plan holds now (or the item, or that it is gone). */
function oursValue(project: Project, c: OpenConflict): unknown {
  const entity = indexProject(project).entities.get(c.kind === 'project' ? ROOT : c.id)
  if (c.field === undefined) return entity?.value
  if (!entity) return undefined
  if (c.field === 'dates') return Object.fromEntries((spans[entity.kind] ?? []).map((k) => [k, entity.value[k]]))
  return entity.value[c.field]
}

export function ResolveDialog({ project, name, onApply, onLater }: ResolveDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const intro = useId()
  const conflicts = useMemo(() => openConflicts(project), [project])
  const words = useMemo(() => new MergeWords(t, [project]), [t, project])
  const [choices, setChoices] = useState<Choice[]>(() => conflicts.map(() => 'ours'))
  const side = (c: OpenConflict, value: unknown): string => (c.field === undefined ? (value === undefined ? t('merge.deletedValue') : t('merge.keptValue')) : words.value(c.field, value))
  const thingOf = (c: OpenConflict): string => {
    const kind = c.kind as Parameters<MergeWords['thing']>[0]
    const known = words.thing(kind, c.id)
    // A whole item ours deleted is only in theirs: named by its own title or name.
    const theirs = c.theirs as Record<string, unknown> | undefined
    const named = theirs && (typeof theirs.title === 'string' ? theirs.title : typeof theirs.name === 'string' ? theirs.name : undefined)
    return named && known.includes(c.id) ? t('merge.thing', { kind: t(`merge.kind.${c.kind}` as 'merge.kind.event'), name: named }) : known
  }
  return (
    <Dialog role="dialog" labelledBy={heading} describedBy={intro} onCancel={onLater} className="dialog-wide merge-dialog">
      <h2 id={heading} className="dialog-title">
        {t('resolve.heading')}
      </h2>
      <p id={intro} className="merge-summary">
        {t('resolve.intro', { name })}
      </p>
      <ul className="merge-conflicts">
        {conflicts.map((c, i) => {
          const placeable = theirsPlaceable(project, c)
          const thing = thingOf(c)
          return (
            <li key={`${c.kind}-${c.id}-${c.field ?? ''}-${i}`}>
              <fieldset className="merge-conflict">
                <legend>{c.field === undefined ? thing : `${thing} — ${words.field(c.field)}`}</legend>
                <p className="merge-why">{t(`merge.reason.${c.reason as 'edit'}`)}</p>
                <label className="merge-side">
                  <input type="radio" name={`${heading}-${i}`} checked={choices[i] === 'ours'} onChange={() => setChoices(choices.map((x, j) => (j === i ? 'ours' : x)))} />
                  {t('resolve.ours', { value: side(c, oursValue(project, c)) })}
                </label>
                <label className="merge-side">
                  <input type="radio" name={`${heading}-${i}`} disabled={!placeable} checked={choices[i] === 'theirs'} onChange={() => setChoices(choices.map((x, j) => (j === i ? 'theirs' : x)))} />
                  {t('resolve.theirs', { value: side(c, c.theirs) })}
                </label>
                {!placeable && <p className="merge-why">{t('resolve.theirsUnavailable')}</p>}
              </fieldset>
            </li>
          )
        })}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={onLater}>
          {t('resolve.later')}
        </button>
        <button type="button" onClick={() => onApply(conflicts.map(() => 'ours'))}>
          {t('resolve.oursAll')}
        </button>
        <button type="button" className="primary" onClick={() => onApply(choices)}>
          {t('resolve.apply')}
        </button>
      </div>
    </Dialog>
  )
}
