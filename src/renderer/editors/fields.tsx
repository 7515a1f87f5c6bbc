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

interface ChoiceListProps {
  legend: string
  /** Each choice: its id, its name and second-language name. */
  options: readonly { id: string; name: string; nameLocal?: string | undefined }[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
  idPrefix: string
  error?: string | undefined
  className?: string
  empty?: string
  /** Shown between the legend and the choices, e.g. a filter box for a long list. */
  before?: ReactNode
}

/** A group of checkboxes that picks several items (channels, audiences, strategies, partners), in the order of the plan. */
export function ChoiceList({ legend, options, selected, onChange, idPrefix, error, className, empty, before }: ChoiceListProps) {
  const chosen = new Set(selected)
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    onChange(options.map((o) => o.id).filter((o) => next.has(o)))
  }
  return (
    <fieldset className={className ? `ed-choices ${className}` : 'ed-choices'} aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>{legend}</legend>
      {before}
      {options.length === 0 && empty && <p className="ed-hint">{empty}</p>}
      <div className="ed-choice-items">
        {options.map((option) => (
          <label key={option.id} className="ed-choice">
            <input type="checkbox" id={`${idPrefix}-${option.id}`} checked={chosen.has(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} />
            <span className="ed-choice-text">
              <span dir="auto">{option.name}</span>
              {option.nameLocal && (
                <span className="ed-choice-local" dir="auto">
                  {option.nameLocal}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-error`} className="ed-error">
          {error}
        </p>
      )}
    </fieldset>
  )
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
