// Labelled form controls for the editors: the label above, a hint and the error right beneath,
// tied to the control with aria-describedby so a screen reader reads them with it.
import type { ReactElement, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** What a control needs to be tied to its label, hint and error. */
export interface ControlAria {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
  /** For controls in table rows, which have no visible label of their own. */
  'aria-label'?: string
  /** The entity field the control edits, so Save can focus the first one with a problem. */
  'data-field'?: string
}

interface FieldProps {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
  required?: boolean
  className?: string
  children: (aria: ControlAria) => ReactElement
}

/** One labelled control with its hint and error. */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className={className ? `ed-field ${className}` : 'ed-field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="ed-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="ed-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ed-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** Fields side by side (a name beside its second-language name); wraps on narrow windows. */
export function Row({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={className ? `ed-row ${className}` : 'ed-row'}>{children}</div>
}

/** The header of an editable rows table (contacts, phases, releases): one column per field, then the row buttons. */
export function RowsHead({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        <th scope="col">
          <span className="sr-only">{t('editing.rowActions')}</span>
        </th>
      </tr>
    </thead>
  )
}
