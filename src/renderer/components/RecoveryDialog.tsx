// After a crash: the plans whose edits were not saved, each with when and what changed
// ("14 edits, last: Move ‘Opening concert’, 10:42"), and Recover / Discard / Decide later.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import type { CaravanApi, RecoveryEntry } from '../../shared/ipc'
import type { Label } from '../../shared/commands'
import { labelText } from '../app/labels'
import { currentDateLocale } from '../i18n'
import { Dialog } from './Dialog'

interface RecoveryDialogProps {
  api: CaravanApi
  onRecover: (id: string) => void
  onClose: () => void
}

export function RecoveryDialog({ api, onRecover, onClose }: RecoveryDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const body = useId()
  const later = useRef<HTMLButtonElement>(null)
  const [entries, setEntries] = useState<RecoveryEntry[] | null>(null)
  useEffect(() => {
    let current = true
    api.invoke('recovery:list', undefined).then(
      (list) => current && setEntries(list),
      () => current && setEntries([]),
    )
    return () => {
      current = false
    }
  }, [api])

  const discard = (id: string) => {
    setEntries((list) => list?.filter((e) => e.id !== id) ?? null)
    void api.invoke('recovery:discard', { id }).catch(() => undefined)
  }
  const when = (at: string) => format(new Date(at), 'PPp', { locale: currentDateLocale() })
  const summary = (entry: RecoveryEntry) =>
    entry.lastLabel
      ? t('recovery.edits', { count: entry.count, last: labelText(entry.lastLabel as Label, t), when: when(entry.at) })
      : t('recovery.editsNoLabel', { when: when(entry.at) })

  return (
    <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={onClose} initialFocus={later} className="dialog-wide">
      <h2 id={heading} className="dialog-title">
        {t('recovery.heading')}
      </h2>
      <p id={body}>{entries && entries.length === 0 ? t('recovery.none') : t('recovery.body')}</p>
      <ul className="recovery-list">
        {(entries ?? []).map((entry) => (
          <li key={entry.id} className="recovery-entry">
            <div className="recovery-what">
              <strong dir="auto">{entry.title}</strong>
              <span className="muted" dir="auto">
                {entry.path ?? t('recovery.newPlan')}
              </span>
              <span>{summary(entry)}</span>
            </div>
            <div className="recovery-buttons">
              <button
                type="button"
                className="primary small"
                onClick={() => {
                  onClose()
                  onRecover(entry.id)
                }}
                aria-label={`${t('recovery.recover')}: ${entry.title}`}
              >
                {t('recovery.recover')}
              </button>
              <button type="button" className="small" onClick={() => discard(entry.id)} aria-label={`${t('recovery.discard')}: ${entry.title}`}>
                {t('recovery.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button ref={later} type="button" onClick={onClose}>
          {entries && entries.length === 0 ? t('recovery.close') : t('recovery.later')}
        </button>
      </div>
    </Dialog>
  )
}
