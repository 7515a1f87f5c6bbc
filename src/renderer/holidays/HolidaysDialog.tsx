// Plan ▸ Holidays…: the public holidays of a country in a year (the plan's countries first), with
// the plan's events on each, and the plan's own non-working days, marked and unmarked as undoable
// edits (plan.setNonWorkingDay).
import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { Dialog } from '../components/Dialog'
import { DayField } from '../editors/DateField'
import { NOT_A_DATE } from '../editors/dateEntry'
import { usePlanText } from '../usePlanText'
import { useWorkspaceStore } from '../app/store'
import { hostCountryOf, planCountries } from './hostCountry'
import { useHolidayCalendar, type HolidayCalendar } from './calendar'
import './holidays.css'

interface HolidaysDialogProps {
  project: Project
  onClose: () => void
}

function firstYear(project: Project): number {
  const years = project.events.map((e) => Number(e.start.slice(0, 4))).filter((y) => Number.isFinite(y))
  return years.length > 0 ? Math.min(...years) : new Date().getFullYear()
}

/** The Holidays dialog: a country's public holidays by year, and the plan's own non-working days. */
export function HolidaysDialog(props: HolidaysDialogProps) {
  const { t } = useTranslation()
  const calendar = useHolidayCalendar()
  const heading = useId()
  if (calendar) return <HolidaysForm {...props} calendar={calendar} />
  // The holiday rules load on first use (a moment, once): the dialog says so meanwhile.
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={props.onClose} className="dialog-wide hol-dialog">
      <h2 id={heading} className="dialog-title">
        {t('holidays.title')}
      </h2>
      <p className="muted" role="status">
        {t('holidays.loading')}
      </p>
    </Dialog>
  )
}

function HolidaysForm({ project, onClose, calendar }: HolidaysDialogProps & { calendar: HolidayCalendar }) {
  const { holidayCountries, homeCountry, publicHolidays } = calendar
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const text = usePlanText(project.homeTimeZone)
  const heading = useId()
  const base = useId()
  const inPlan = useMemo(() => planCountries(project), [project])
  const others = useMemo(
    () => holidayCountries().filter((c) => !inPlan.includes(c)).sort((a, b) => text.country(a).localeCompare(text.country(b), text.language)),
    [inPlan, text, holidayCountries],
  )
  const [country, setCountry] = useState(() => homeCountry(project) ?? inPlan[0] ?? 'CN')
  const [year, setYear] = useState(() => firstYear(project))
  const [date, setDate] = useState('')
  const [name, setName] = useState('')
  const [nameLocal, setNameLocal] = useState('')

  const holidays = publicHolidays(country, year, text.language.slice(0, 2))
  const eventsOn = useMemo(() => {
    const map = new Map<string, string[]>()
    for (const event of project.events) {
      if (hostCountryOf(project, event) !== country) continue
      const day = event.start.slice(0, 10)
      map.set(day, [...(map.get(day) ?? []), event.title])
    }
    return map
  }, [project, country])
  const countryName = text.country(country)
  const days = project.nonWorkingDays ?? []

  const mark = (event: FormEvent) => {
    event.preventDefault()
    if (date === '' || date === NOT_A_DATE) return
    store.getState().dispatch({ id: 'plan.setNonWorkingDay', args: { date, off: true, name, nameLocal } })
    setDate('')
    setName('')
    setNameLocal('')
  }
  const unmark = (day: string) => store.getState().dispatch({ id: 'plan.setNonWorkingDay', args: { date: day, off: false } })
  const dayText = (value: string) => text.dates.daySpanOf(value, value)

  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={onClose} className="dialog-wide hol-dialog">
      <h2 id={heading} className="dialog-title">
        {t('holidays.title')}
      </h2>
      <div className="hol-pickers">
        <div className="field">
          <label htmlFor={`${base}-country`}>{t('holidays.country')}</label>
          <select id={`${base}-country`} value={country} onChange={(e) => setCountry(e.target.value)}>
            <optgroup label={t('holidays.planCountries')}>
              {inPlan.map((code) => (
                <option key={code} value={code}>
                  {text.country(code)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('holidays.allCountries')}>
              {others.map((code) => (
                <option key={code} value={code}>
                  {text.country(code)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="field hol-year">
          <label htmlFor={`${base}-year`}>{t('holidays.year')}</label>
          <div className="hol-year-row">
            <button type="button" className="small" aria-label={t('holidays.previousYear')} onClick={() => setYear((y) => y - 1)}>
              ‹
            </button>
            <input id={`${base}-year`} type="number" min={1900} max={2200} value={year} onChange={(e) => Number(e.target.value) > 0 && setYear(Number(e.target.value))} />
            <button type="button" className="small" aria-label={t('holidays.nextYear')} onClick={() => setYear((y) => y + 1)}>
              ›
            </button>
          </div>
        </div>
      </div>
      <h3 className="hol-heading" id={`${base}-list`}>
        {t('holidays.heading', { country: countryName, year })}
      </h3>
      {holidays.length === 0 ? (
        <p className="muted">{t('holidays.none', { country: countryName, year })}</p>
      ) : (
        <div className="hol-table-wrap">
          <table className="hol-table" aria-labelledby={`${base}-list`}>
            <thead>
              <tr>
                <th scope="col">{t('holidays.date')}</th>
                <th scope="col">{t('holidays.name')}</th>
                <th scope="col">{t('holidays.events')}</th>
              </tr>
            </thead>
            <tbody>
              {holidays.map((holiday) => (
                <tr key={holiday.date}>
                  <td className="hol-date">{dayText(holiday.date)}</td>
                  <td>
                    <bdi>{holiday.name}</bdi>
                  </td>
                  <td>
                    {(eventsOn.get(holiday.date) ?? []).map((title) => (
                      <bdi key={title} className="hol-event">
                        {title}
                      </bdi>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="hol-heading">{t('holidays.planHeading')}</h3>
      <p className="field-hint">{t('holidays.planHint')}</p>
      {days.length === 0 ? (
        <p className="muted">{t('holidays.planNone')}</p>
      ) : (
        <ul className="hol-days">
          {days.map((day) => (
            <li key={day.date}>
              <span className="hol-date">{dayText(day.date)}</span>
              <bdi dir="auto">{day.name ?? ''}</bdi>
              {day.nameLocal && <bdi dir="auto" className="muted">{day.nameLocal}</bdi>}
              <button type="button" className="quiet small" aria-label={t('holidays.removeDay', { date: dayText(day.date) })} onClick={() => unmark(day.date)}>
                {t('holidays.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="hol-add" onSubmit={mark}>
        <div className="field">
          <label htmlFor={`${base}-date`}>{t('holidays.newDate')}</label>
          <DayField id={`${base}-date`} aria-describedby={undefined} aria-invalid={date === NOT_A_DATE ? true : undefined} field="date" value={date} onChange={setDate} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-name`}>{t('holidays.newName')}</label>
          <input id={`${base}-name`} type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-local`}>{t('holidays.newNameLocal')}</label>
          <input id={`${base}-local`} type="text" dir="auto" value={nameLocal} onChange={(e) => setNameLocal(e.target.value)} />
        </div>
        <button type="submit" className="hol-mark" disabled={date === '' || date === NOT_A_DATE}>
          {t('holidays.mark')}
        </button>
      </form>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          {t('holidays.close')}
        </button>
      </div>
    </Dialog>
  )
}
