// Small controls the editors share: date and time inputs that report a date the calendar does not
// have, a select over a fixed list of values, and the two name fields side by side.
import { useTranslation } from 'react-i18next'
import { DayField, TimeField } from './DateField'
import { Field, Row, type ControlAria } from './fields'
import type { EntityForm } from './useEntityForm'

export { NOT_A_DATE } from './dateEntry'

interface DateInputProps extends ControlAria {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  type: 'date' | 'time'
  field: string
}

/** A date (with its calendar) or a time in the user's locale format; what is not a real date becomes NOT_A_DATE, so the form can say so. */
export function DateInput({ type, ...props }: DateInputProps) {
  return type === 'date' ? <DayField {...props} /> : <TimeField {...props} />
}

interface SelectProps<V extends string> extends ControlAria {
  value: V
  values: readonly V[]
  label: (value: V) => string
  onChange: (value: V) => void
  field: string
}

/** A select over a fixed list (kind, status, format, medium). */
export function ValueSelect<V extends string>({ value, values, label, onChange, field, ...aria }: SelectProps<V>) {
  return (
    <select {...aria} data-field={field} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  )
}

interface NamesProps<D> {
  idPrefix: string
  /** The editor's form; its draft has `title`/`titleLocal` or `name`/`nameLocal`. */
  form: Pick<EntityForm<D>, 'draft' | 'update' | 'touch' | 'errorOf'>
  field: 'title' | 'name'
  /** Where the names are when not on the draft itself (the event editor keeps them in `draft.base`). */
  names?: object
  onChange?: (key: string, value: string) => void
}

/** A name and its second-language name side by side: every entity is shown and printed in both. */
export function NameFields<D extends object>({ idPrefix, form, field, names = form.draft, onChange }: NamesProps<D>) {
  const { t } = useTranslation()
  const draft = names as Record<string, unknown>
  const change = onChange ?? ((key: string, value: string) => form.update((d) => ({ ...d, [key]: value }), key))
  const input = (key: string, extra: { 'aria-required'?: 'true'; lang?: string }) => (aria: ControlAria) => (
    <input
      {...aria}
      {...extra}
      data-field={key}
      type="text"
      dir="auto"
      value={typeof draft[key] === 'string' ? draft[key] : ''}
      onChange={(e) => change(key, e.target.value)}
      onBlur={() => form.touch(key)}
    />
  )
  const local = `${field}Local`
  return (
    <Row>
      <Field id={`${idPrefix}-${field}`} label={t(`editing.fields.${field}`)} required error={form.errorOf(field)}>
        {input(field, { 'aria-required': 'true' })}
      </Field>
      <Field id={`${idPrefix}-${local}`} label={t(`editing.fields.${field}Local`)} hint={t('editing.localNameHint')} error={form.errorOf(local)}>
        {input(local, { lang: '' })}
      </Field>
    </Row>
  )
}
