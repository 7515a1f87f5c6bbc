// The frame every editor shares: a modal form with its heading, a summary of problems after Save,
// and Save / Cancel (plus Duplicate and Delete for an entity that exists). Esc cancels.
import { useId, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../components/Dialog'

interface EditorDialogProps {
  heading: string
  formId: string
  /** Called on Save (Enter in a field, or the button). */
  onSubmit: () => void
  onCancel: () => void
  onDelete?: (() => void) | undefined
  onDuplicate?: (() => void) | undefined
  /** Problems left after Save was pressed; 0 hides the summary. */
  problemCount: number
  size?: 'normal' | 'wide'
  children: ReactNode
}

export function EditorDialog({ heading, formId, onSubmit, onCancel, onDelete, onDuplicate, problemCount, size = 'normal', children }: EditorDialogProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
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
