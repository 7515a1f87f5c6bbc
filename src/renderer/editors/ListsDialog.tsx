// Plan ▸ Channels…, Audiences…, Strategies…: the plan's reference list of one kind, each item with
// both names and its medium or description, and New / Edit / Delete through the usual editors
// (deleting asks about the events and co-productions that use it).
import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Channel, Project } from '../../shared/format'
import { Dialog } from '../components/Dialog'
import type { ListKind } from './ListEntityEditor'
import type { EditingActions } from './useEditing'
import './editing.css'
import './combobox.css'
import './editorLists.css'
import './chips.css'
import './coproductionEditor.css'

interface ListsDialogProps {
  project: Project
  kind: ListKind
  editing: EditingActions
  onClose: () => void
}

const listKey = { channel: 'channels', audience: 'audiences', strategy: 'strategies' } as const

/** A modal list of the plan's channels, audiences or strategies, to add to, edit and prune. */
export function ListsDialog({ project, kind, editing, onClose }: ListsDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const newButton = useRef<HTMLButtonElement>(null)
  const items = project[listKey[kind]]
  const detail = (item: (typeof items)[number]) =>
    kind === 'channel' ? t(`editing.medium.${(item as Channel).medium}`) : ((item as { description?: string }).description ?? '')
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onClose} initialFocus={newButton} className="dialog-wide ed-lists">
      <h2 id={heading} className="dialog-title">
        {t(`editing.lists.${kind}`)}
      </h2>
      {items.length === 0 ? (
        <p className="ed-hint">{t('editing.lists.empty')}</p>
      ) : (
        <table className="ed-lists-table">
          <thead>
            <tr>
              <th scope="col">{t('editing.lists.name')}</th>
              <th scope="col">{t('editing.lists.nameLocal')}</th>
              <th scope="col">{t(kind === 'channel' ? 'editing.lists.medium' : 'editing.lists.description')}</th>
              <th scope="col">
                <span className="sr-only">{t('editing.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" dir="auto">
                  {item.name}
                </th>
                <td dir="auto">{item.nameLocal ?? ''}</td>
                <td dir="auto" className="ed-lists-detail">
                  {detail(item)}
                </td>
                <td className="ed-lists-actions">
                  <button type="button" className="small" onClick={() => editing.edit(kind, item.id)} aria-label={t('editing.lists.editOne', { name: item.name })}>
                    {t('editing.lists.edit')}
                  </button>
                  <button type="button" className="small danger" onClick={() => editing.remove(item.id)} aria-label={t('editing.lists.deleteOne', { name: item.name })}>
                    {t('editing.lists.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-buttons">
        <button ref={newButton} type="button" className="primary" onClick={() => editing.create(kind)}>
          {t('editing.lists.new')}
        </button>
        <button type="button" onClick={onClose}>
          {t('editing.lists.close')}
        </button>
      </div>
    </Dialog>
  )
}
