// The frame every editor shares: a modal form with its heading, a summary of problems after Save,
// and Save / Cancel (plus Duplicate and Delete for an entity that exists). Esc cancels.
import { useId, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../components/Dialog'
import type { EntityForm } from './useEntityForm'
import './editing.css'
import './combobox.css'
import './editorLists.css'
import './chips.css'
import './coproductionEditor.css'

interface EditorDialogProps<E> {
  heading: string
  /** The editor's form: Save submits it, and its problems are summarised once Save was pressed. */
  form: Pick<EntityForm<unknown>, 'formId' | 'submit' | 'submitted' | 'issues'>
  /** Called with the checked entity on Save (Enter in a field, or the button). */
  onSave: (entity: E) => void
  onCancel: () => void
  onDelete?: (() => void) | undefined
  onDuplicate?: (() => void) | undefined
  size?: 'normal' | 'wide'
  children: ReactNode
}

export function EditorDialog<E>({ heading, form, onSave, onCancel, onDelete, onDuplicate, size = 'normal', children }: EditorDialogProps<E>) {
  const { t } = useTranslation()
  const headingId = useId()
  const { formId } = form
  const problemCount = form.submitted ? form.issues.length : 0
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const entity = form.submit()
    // The form checked the entity against the schema of its kind, which is this editor's E.
    if (entity) onSave(entity as E)
  }
  return (
    <Dialog role="dialog" labelledBy={headingId} onCancel={onCancel} className={`ed-dialog ed-dialog-${size}`}>
      <form id={formId} onSubmit={submit} noValidate className="ed-form">
        <h2 id={headingId} className="dialog-title">
          {heading}
        </h2>
        {problemCount > 0 && (
          <p className="form-summary" role="alert">
            {t('editing.problemSummary', { count: problemCount })}
          </p>
        )}
        <div className="ed-body">{children}</div>
        <div className="ed-buttons">
          <div className="ed-buttons-start">
            {onDelete && (
              <button type="button" className="danger" onClick={onDelete}>
                {t('editing.delete')}
              </button>
            )}
            {onDuplicate && (
              <button type="button" onClick={onDuplicate}>
                {t('editing.duplicate')}
              </button>
            )}
          </div>
          <button type="submit" className="primary">
            {t('editing.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('editing.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
