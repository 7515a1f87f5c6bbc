import { useId, useMemo, useRef, useState, type FormEvent, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { messageText, type Translate } from '../../locales/messages'
import { TITLE_MAX_LENGTH, planPropertiesIssues, type PlanProperties, type PlanPropertiesIssue } from '../../shared/commands'
import { Dialog } from './Dialog'

type FieldName = PlanPropertiesIssue['path']

interface PlanPropertiesDialogProps {
  project: Project
  onApply: (properties: PlanProperties) => void
  onCancel: () => void
}

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes(current) ? zones : [current, ...zones].sort()
}

interface FieldProps {
  id: string
  label: string
  hint: string
  error: string | undefined
  /** The control, given the attributes that tie it to its hint and error. */
  children: (aria: { id: string; 'aria-describedby': string; 'aria-invalid': true | undefined }) => ReactElement
}

/** A labelled form control with its hint and, after Apply, its error right beneath it. */
function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`, 'aria-invalid': error ? true : undefined })}
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** Edits the plan's title in both languages and its home time zone. */
export function PlanPropertiesDialog({ project, onApply, onCancel }: PlanPropertiesDialogProps) {
  const { t } = useTranslation()
  const heading = useId()
  const baseId = useId()
  const [values, setValues] = useState<PlanProperties>({
    title: project.title,
    titleLocal: project.titleLocal ?? '',
    homeTimeZone: project.homeTimeZone,
  })
  const [issues, setIssues] = useState<PlanPropertiesIssue[]>([])
  const zones = useMemo(() => timeZones(project.homeTimeZone), [project.homeTimeZone])
  const titleField = useRef<HTMLInputElement>(null)
  const form = useRef<HTMLFormElement>(null)

  const idOf = (field: FieldName) => `${baseId}-${field}`
  const errorOf = (field: FieldName) => {
    const issue = issues.find((i) => i.path === field)
    return issue && messageText(t as unknown as Translate, issue)
  }

  const change = (field: keyof PlanProperties, value: string) => {
    const next = { ...values, [field]: value }
    setValues(next)
    // Errors already shown update as the user fixes them; new ones wait for Apply.
    if (issues.length > 0) setIssues(planPropertiesIssues(next))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = planPropertiesIssues(values)
    setIssues(found)
    const first = found[0]
    if (first) {
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(idOf(first.path))}`)?.focus()
      return
    }
    onApply(values)
  }

  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onCancel} initialFocus={titleField} className="dialog-form">
      <form ref={form} onSubmit={submit} noValidate>
        <h2 id={heading} className="dialog-title">
          {t('properties.heading')}
        </h2>
        {issues.length > 0 && (
          <p className="form-summary" role="alert">
            {t('properties.errorSummary', { count: issues.length })}
          </p>
        )}
        <Field id={idOf('title')} label={t('properties.title')} hint={t('properties.titleHint', { max: TITLE_MAX_LENGTH })} error={errorOf('title')}>
          {(aria) => (
            <input {...aria} ref={titleField} type="text" dir="auto" required aria-required="true" value={values.title} onChange={(e) => change('title', e.target.value)} />
          )}
        </Field>
        <Field id={idOf('titleLocal')} label={t('properties.titleLocal')} hint={t('properties.titleLocalHint')} error={errorOf('titleLocal')}>
          {(aria) => <input {...aria} type="text" dir="auto" value={values.titleLocal} onChange={(e) => change('titleLocal', e.target.value)} />}
        </Field>
        <Field id={idOf('homeTimeZone')} label={t('properties.homeTimeZone')} hint={t('properties.homeTimeZoneHint')} error={errorOf('homeTimeZone')}>
          {(aria) => (
            <select {...aria} value={values.homeTimeZone} onChange={(e) => change('homeTimeZone', e.target.value)}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            {t('properties.apply')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('properties.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
