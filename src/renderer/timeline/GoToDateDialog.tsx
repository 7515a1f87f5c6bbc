import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../components/Dialog'
import { DayField } from '../editors/DateField'
import { entryFormat, formatDay } from '../editors/dateEntry'
import { regionalTag } from '../i18n'
import './timeline.css'

/** A small dialog asking for a date to scroll the timeline to. */
export function GoToDateDialog({ initial, onGo, onCancel }: { initial: string; onGo: (date: string) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const heading = useId()
  const input = useId()
  const [value, setValue] = useState(initial)
  const [invalid, setInvalid] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setInvalid(true)
      return
    }
    onGo(value)
  }
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onCancel} className="tl-goto">
      <form onSubmit={submit}>
        <h2 id={heading}>{t('timeline.goTo.heading')}</h2>
        <label htmlFor={input}>{t('timeline.goTo.date')}</label>
        <DayField
          id={input}
          field="date"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${input}-error` : undefined}
          onChange={(date) => {
            setValue(date)
            setInvalid(false)
          }}
        />
        {invalid && (
          <p id={`${input}-error`} className="field-error">
            {t('timeline.goTo.invalid', { example: formatDay('2027-04-15', entryFormat(regionalTag())) })}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            {t('timeline.goTo.go')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('timeline.goTo.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
