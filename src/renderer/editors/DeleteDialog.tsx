import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { entityName, findEntity, usersOf } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { Dialog } from '../components/Dialog'
import './editing.css'

/** Uses listed by name; the rest are counted. */
const SHOWN_USES = 8

/** Asks before deleting an entity, naming every event, co-production and dependency that uses it. */
export function DeleteDialog({ project, id, onConfirm, onCancel }: { project: Project; id: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const heading = useId()
  const body = useId()
  const cancel = useRef<HTMLButtonElement>(null)
  const found = findEntity(project, id)
  if (!found) return null
  const name = entityName(project, found.entity)
  const users = usersOf(project, id)
  const kindName = t(`editing.nouns.${found.kind}`, { count: 1 })
  const ownerKinds = new Set(users.map((u) => u.ownerKind))
  const what = t(`editing.nouns.${ownerKinds.size === 1 ? users[0]!.ownerKind : 'item'}`, { count: users.length })
  return (
    <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={onCancel} initialFocus={cancel} className="dialog-wide">
      <h2 id={heading} className="dialog-title">
        {t('editing.deleteQuestion', { kind: kindName, name })}
      </h2>
      <div id={body}>
        {users.length === 0 ? (
          <p>{t('editing.deleteUnused')}</p>
        ) : (
          <>
            <p>{t('editing.deleteUsedBy', { count: users.length, what })}</p>
            <ul className="ed-uses">
              {users.slice(0, SHOWN_USES).map((use) => (
                <li key={use.ownerId}>
                  <span className="ed-use-kind">{t(`editing.kind.${use.ownerKind}`)}</span> <span dir="auto">{use.ownerTitle}</span>
                </li>
              ))}
              {users.length > SHOWN_USES && <li className="muted">{t('editing.andMore', { count: users.length - SHOWN_USES })}</li>}
            </ul>
            <p className="muted">{t(`editing.deleteEffect.${found.kind}`)}</p>
          </>
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="danger" onClick={onConfirm}>
          {users.length > 0 ? t('editing.removeReferencesAndDelete') : t('editing.delete')}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('editing.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
