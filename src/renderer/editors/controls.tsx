// Small controls the editors share: date and time inputs that report a date the calendar does not
// have, a select over a fixed list of values, and the two name fields side by side.
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, Row, type ControlAria } from './fields'

/** What a date or time input holds while what was typed is not a real date (`30/02/2027`): never valid. */
export const NOT_A_DATE = 'not-a-date'

interface DateInputProps extends ControlAria {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  type: 'date' | 'time'
  field: string
}

/** The browser's date (or time) picker; an impossible date typed into it becomes NOT_A_DATE, so the form can say so. */
export function DateInput({ value, onChange, onBlur, type, field, ...aria }: DateInputProps) {
  const read = (event: ChangeEvent<HTMLInputElement> | React.FocusEvent<HTMLInputElement>) =>
    event.target.validity.badInput ? NOT_A_DATE : event.target.value
  return (
    <input
      {...aria}
      data-field={field}
      type={type}
      // An impossible date shows as typed: giving the input '' keeps the person's text.
      value={value === NOT_A_DATE ? '' : value}
      onChange={(e) => onChange(read(e))}
      onBlur={(e) => {
        const now = read(e)
        if (now !== value) onChange(now)
        onBlur?.()
      }}
    />
  )
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

interface NamesProps {
  idPrefix: string
  /** `title`/`titleLocal` or `name`/`nameLocal`. */
  keys: readonly [string, string]
  values: readonly [string, string]
  labels: readonly [string, string]
  onChange: (key: string, value: string) => void
  onBlur: (key: string) => void
  errorOf: (field: string) => string | undefined
}

/** A name and its second-language name side by side: every entity is shown and printed in both. */
export function NameFields({ idPrefix, keys, values, labels, onChange, onBlur, errorOf }: NamesProps) {
  const { t } = useTranslation()
  return (
    <Row>
      <Field id={`${idPrefix}-${keys[0]}`} label={labels[0]} required error={errorOf(keys[0])}>
        {(aria) => (
          <input {...aria} data-field={keys[0]} type="text" dir="auto" aria-required="true" value={values[0]} onChange={(e) => onChange(keys[0], e.target.value)} onBlur={() => onBlur(keys[0])} />
        )}
      </Field>
      <Field id={`${idPrefix}-${keys[1]}`} label={labels[1]} hint={t('editing.localNameHint')} error={errorOf(keys[1])}>
        {(aria) => (
          <input {...aria} data-field={keys[1]} type="text" dir="auto" lang="" value={values[1]} onChange={(e) => onChange(keys[1], e.target.value)} onBlur={() => onBlur(keys[1])} />
        )}
      </Field>
    </Row>
  )
}
