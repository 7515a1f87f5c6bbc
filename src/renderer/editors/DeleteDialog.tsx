import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { entityName, findEntity, usersOf } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { Dialog } from '../components/Dialog'
import './editing.css'
import './combobox.css'
import './editorLists.css'
import './chips.css'
import './coproductionEditor.css'

/** Uses listed by name; the rest are counted. */
const SHOWN_USES = 8

/** Asks before deleting entities, naming every event, co-production and dependency that uses them. */
export function DeleteDialog({ project, ids, onConfirm, onCancel }: { project: Project; ids: readonly string[]; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const heading = useId()
  const body = useId()
  const cancel = useRef<HTMLButtonElement>(null)
  const found = ids.map((id) => findEntity(project, id)).filter((f) => f !== undefined)
  const first = found[0]
  if (!first) return null
  const gone = new Set(ids)
  // Uses by something that is itself being deleted do not count.
  const users = ids.flatMap((id) => usersOf(project, id)).filter((use, i, all) => !gone.has(use.ownerId) && all.findIndex((u) => u.ownerId === use.ownerId) === i)
  const question =
    found.length === 1
      ? t('editing.deleteQuestion', { kind: t(`editing.nouns.${first.kind}`, { count: 1 }), name: entityName(project, first.entity) })
      : t('editing.deleteManyQuestion', { count: found.length })
  const ownerKinds = new Set(users.map((u) => u.ownerKind))
  const what = t(`editing.nouns.${ownerKinds.size === 1 ? users[0]!.ownerKind : 'item'}`, { count: users.length })
  const kinds = new Set(found.map((f) => f.kind))
  return (
    <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={onCancel} initialFocus={cancel} className="dialog-wide">
      <h2 id={heading} className="dialog-title">
        {question}
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
            {[...kinds].map((kind) => (
              <p key={kind} className="muted">
                {t(`editing.deleteEffect.${kind}`)}
              </p>
            ))}
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
