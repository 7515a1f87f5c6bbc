// File ▸ Browse Versions…: the versions the history keeps of the open plan, newest first, each
// with when it was saved and what changed; a preview of the one selected (its size and every change
// against the version before, with the new values), Open as copy, and Restore (one undo step).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import type { CaravanApi, VersionEntry } from '../../shared/ipc'
import { diffProjects, type Difference } from '../../shared/merge'
import { Dialog } from '../components/Dialog'
import { editText } from '../merge/MergeDialog'
import { MergeWords } from '../merge/mergeText'
import { needsSeconds, noteChange, noteSummary, whenText } from './versionText'
import './versions.css'

interface VersionsDialogProps {
  api: CaravanApi
  project: Project
  onRestore: (version: Project, entry: VersionEntry) => void
  onOpenCopy: (version: Project) => void
  onClose: () => void
}

/** Fields a save changes by itself: never worded as a planner's change. */
const bookkeeping: ReadonlySet<string> = new Set(['modifiedAt', 'revision', 'lineage', 'views', 'mergeConflicts'])

/** What changed from `before` to `after`, without the file's own bookkeeping. */
function plannerDifferences(before: Project, after: Project): Difference[] {
  return diffProjects(before, after).flatMap((d) => {
    if (d.op !== 'edit') return [d]
    const fields = d.fields.filter((f) => !bookkeeping.has(f.field))
    return fields.length === 0 ? [] : [{ ...d, fields }]
  })
}

type Preview = { kind: 'loading' } | { kind: 'gone' } | { kind: 'shown'; version: Project; differences: Difference[] | null; words: MergeWords }

function useVersions(api: CaravanApi, planId: string): VersionEntry[] | null {
  const [versions, setVersions] = useState<VersionEntry[] | null>(null)
  useEffect(() => {
    let current = true
    api.invoke('versions:list', { planId }).then(
      (list) => current && setVersions(list),
      () => current && setVersions([]),
    )
    return () => {
      current = false
    }
  }, [api, planId])
  return versions
}

function DifferenceList({ differences, words }: { differences: Difference[]; words: MergeWords }) {
  const { t } = useTranslation()
  const max = 200
  return (
    <ul className="versions-changes">
      {differences.slice(0, max).map((d) => {
        const thing = words.thing(d.kind, d.id)
        const after = d.after as Record<string, unknown> | undefined
        const text = d.op === 'add' ? t('merge.added', { thing }) : d.op === 'delete' ? t('merge.deleted', { thing }) : t('merge.changed', { thing, fields: editText(words, t, d.fields.map((f) => f.field), after) })
        return <li key={`${d.op}-${d.id}`}>{text}</li>
      })}
      {differences.length > max && <li className="muted">{t('versions.changedMore', { count: differences.length - max })}</li>}
    </ul>
  )
}

export function VersionsDialog({ api, project, onRestore, onOpenCopy, onClose }: VersionsDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const intro = useId()
  const listId = useId()
  const versions = useVersions(api, project.id)
  const [index, setIndex] = useState(0)
  const [loaded, setLoaded] = useState<{ id: string; preview: Preview } | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const selected = versions?.[index]
  const preview: Preview = loaded && loaded.id === selected?.id ? loaded.preview : { kind: 'loading' }

  // The selected version and the one before it, read when the selection settles.
  useEffect(() => {
    if (!selected || !versions) return
    let current = true
    const id = selected.id
    const setPreview = (shown: Preview) => setLoaded({ id, preview: shown })
    const older = versions[index + 1]
    void (async () => {
      const version = await api.invoke('versions:read', { planId: project.id, id: selected.id }).catch(() => null)
      if (!current) return
      if (!version) return setPreview({ kind: 'gone' })
      const before = older ? await api.invoke('versions:read', { planId: project.id, id: older.id }).catch(() => null) : null
      if (!current) return
      const differences = before ? plannerDifferences(before, version) : null
      setPreview({ kind: 'shown', version, differences, words: new MergeWords(t, before ? [version, before] : [version]) })
    })()
    return () => {
      current = false
    }
  }, [api, index, project.id, selected, t, versions])

  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!versions || versions.length === 0) return
    const last = versions.length - 1
    const next = event.key === 'ArrowDown' ? Math.min(last, index + 1) : event.key === 'ArrowUp' ? Math.max(0, index - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'PageDown' ? Math.min(last, index + 8) : event.key === 'PageUp' ? Math.max(0, index - 8) : undefined
    if (next === undefined) return
    event.preventDefault()
    setIndex(next)
  }
  useEffect(() => {
    list.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [index])

  const optionId = (i: number) => `${listId}-${i}`
  const current = project.revision
  const empty = versions !== null && versions.length === 0
  const summary = preview.kind === 'shown' ? t('versions.counts', { events: preview.version.events.length, partners: preview.version.partners.length, venues: preview.version.venues.length, coproductions: preview.version.coproductions.length }) : ''

  return (
    <Dialog role="dialog" labelledBy={heading} describedBy={intro} onCancel={onClose} className="versions-dialog">
      <h2 id={heading} className="dialog-title">
        {t('versions.heading', { title: project.title })}
      </h2>
      <p id={intro} className="versions-intro">
        {versions === null ? t('versions.loading') : empty ? t('versions.none') : t('versions.intro')}
      </p>
      {!empty && versions !== null && (
        <div className="versions-panes">
          <ul
            ref={list}
            className="versions-list"
            role="listbox"
            tabIndex={0}
            aria-label={t('versions.listLabel')}
            aria-activedescendant={selected ? optionId(index) : undefined}
            onKeyDown={move}
          >
            {versions.map((v, i) => (
              <li key={v.id} id={optionId(i)} data-index={i} role="option" aria-selected={i === index} className={i === index ? 'versions-option is-selected' : 'versions-option'} onClick={() => setIndex(i)}>
                <span className="versions-when">
                  {t(v.opened ? 'versions.openedAt' : 'versions.saved', { when: whenText(v.at, needsSeconds(versions, i)) })}
                  {v.revision !== undefined && v.revision === current && <span className="versions-current">{t('versions.current')}</span>}
                </span>
                <span className="versions-what">{noteSummary(t, v)}</span>
              </li>
            ))}
          </ul>
          <section className="versions-preview" aria-live="polite" aria-label={selected ? t('versions.previewHeading', { when: whenText(selected.at, needsSeconds(versions, index)) }) : undefined}>
            {selected && <h3>{t('versions.previewHeading', { when: whenText(selected.at, needsSeconds(versions, index)) })}</h3>}
            {preview.kind === 'loading' && <p className="muted">{t('versions.previewLoading')}</p>}
            {preview.kind === 'gone' && <p>{t('versions.previewGone')}</p>}
            {preview.kind === 'shown' && (
              <>
                <p className="versions-title" dir="auto">
                  {t('versions.title', { title: preview.version.title })}
                </p>
                <p className="versions-counts">{summary}</p>
                <h4>{t('versions.changedHeading')}</h4>
                {preview.differences === null ? (
                  selected && !selected.first && selected.changes.length > 0 ? (
                    <ul className="versions-changes">
                      {selected.changes.map((c) => (
                        <li key={`${c.op}-${c.id}`}>{noteChange(t, c)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t('versions.changedFirst')}</p>
                  )
                ) : preview.differences.length === 0 ? (
                  <p className="muted">{t('versions.changedNone')}</p>
                ) : (
                  <DifferenceList differences={preview.differences} words={preview.words} />
                )}
              </>
            )}
          </section>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('versions.close')}
        </button>
        <button type="button" disabled={preview.kind !== 'shown'} onClick={() => preview.kind === 'shown' && onOpenCopy(preview.version)}>
          {t('versions.openCopy')}
        </button>
        <button type="button" className="primary" disabled={preview.kind !== 'shown' || !selected} onClick={() => preview.kind === 'shown' && selected && onRestore(preview.version, selected)}>
          {t('versions.restore')}
        </button>
      </div>
    </Dialog>
  )
}
