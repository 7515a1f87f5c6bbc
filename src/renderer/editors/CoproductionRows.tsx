// The phases and releases of a co-production as editable rows.
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { newId, eventStatuses, phaseKinds, type Channel, type Phase, type Release } from '../../shared/format'
import { DateInput, NOT_A_DATE } from './controls'
import { RowsHead } from './fields'
import { CountryPicker, TimeZonePicker } from './pickers'

interface RowsProps<T> {
  rows: readonly T[]
  onChange: (rows: T[], touched?: string) => void
  errorOf: (field: string) => string | undefined
  touch: (field: string) => void
}

function CellError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="ed-error">
      {error}
    </p>
  ) : null
}

/** The phases: kind, optional title, first and last day, status; add and remove rows. */
export function PhaseRows({ rows, onChange, errorOf, touch }: RowsProps<Phase>) {
  const { t } = useTranslation()
  const id = useId()
  const set = (index: number, change: Partial<Phase>, field: string) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)), `phases.${index}.${field}`)
  const add = () => {
    const last = rows.at(-1)
    onChange([...rows, { id: newId('ph-'), kind: 'other', start: last?.end ?? '', end: last?.end ?? '', status: 'planned' }])
  }
  const cell = (index: number, field: string) => ({
    id: `${id}-${index}-${field}`,
    'data-field': `phases.${index}.${field}`,
    'aria-label': t('editing.phase.fieldOf', { field: t(`editing.phase.${field as 'kind'}`), row: index + 1 }),
    'aria-invalid': errorOf(`phases.${index}.${field}`) ? (true as const) : undefined,
    'aria-describedby': errorOf(`phases.${index}.${field}`) ? `${id}-${index}-${field}-error` : undefined,
  })
  return (
    <>
      {rows.length > 0 && (
        <table className="ed-rows">
          <RowsHead labels={(['kind', 'title', 'start', 'end', 'status'] as const).map((field) => t(`editing.phase.${field}`))} />
          <tbody>
            {rows.map((phase, i) => (
              <tr key={phase.id}>
                <td>
                  <select {...cell(i, 'kind')} value={phase.kind} onChange={(e) => set(i, { kind: e.target.value as Phase['kind'] }, 'kind')}>
                    {phaseKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`phaseKind.${k}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input {...cell(i, 'title')} type="text" dir="auto" value={phase.title ?? ''} onChange={(e) => set(i, { title: e.target.value }, 'title')} />
                </td>
                {(['start', 'end'] as const).map((field) => (
                  <td key={field}>
                    <DateInput
                      {...cell(i, field)}
                      field={`phases.${i}.${field}`}
                      type="date"
                      value={phase[field]}
                      onChange={(v) => set(i, { [field]: v }, field)}
                      onBlur={() => touch(`phases.${i}.${field}`)}
                    />
                    <CellError id={`${id}-${i}-${field}-error`} error={errorOf(`phases.${i}.${field}`)} />
                  </td>
                ))}
                <td>
                  <select {...cell(i, 'status')} value={phase.status} onChange={(e) => set(i, { status: e.target.value as Phase['status'] }, 'status')}>
                    {eventStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`status.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="ed-row-actions">
                  <button
                    type="button"
                    className="quiet small ed-remove"
                    title={t('editing.remove')}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    aria-label={t('editing.phase.remove', { row: i + 1, kind: t(`phaseKind.${phase.kind}`) })}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="small" onClick={add}>
        {t('editing.phase.add')}
      </button>
    </>
  )
}

/** The releases: channel, day (and time with its zone), country, title; add and remove rows. */
export function ReleaseRows({ rows, onChange, errorOf, touch, channels }: RowsProps<Release> & { channels: readonly Channel[] }) {
  const { t } = useTranslation()
  const id = useId()
  const set = (index: number, change: Partial<Release>, field: string) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)), `releases.${index}.${field}`)
  const setWhen = (index: number, day: string, time: string) => set(index, { start: time && day && day !== NOT_A_DATE ? `${day}T${time}` : day }, 'start')
  const add = () => onChange([...rows, { id: newId('r-'), channelId: channels[0]?.id ?? '', start: '' }])
  const cell = (index: number, field: string) => ({
    id: `${id}-${index}-${field}`,
    'data-field': `releases.${index}.${field}`,
    'aria-invalid': errorOf(`releases.${index}.${field}`) ? (true as const) : undefined,
    'aria-describedby': errorOf(`releases.${index}.${field}`) ? `${id}-${index}-${field}-error` : undefined,
  })
  const label = (field: string, index: number) => t('editing.release.fieldOf', { field: t(`editing.release.${field as 'title'}`), row: index + 1 })
  // Two lines a release (what and where it goes out; when and where it is seen), so the dialog never scrolls sideways.
  const labelled = (field: string, i: number, control: ReactNode, className?: string) => (
    <div className={className ? `ed-release-field ${className}` : 'ed-release-field'}>
      <label htmlFor={`${id}-${i}-${field === 'day' ? 'start' : field}`} aria-hidden="true">
        {t(`editing.release.${field as 'title'}`)}
      </label>
      {control}
    </div>
  )
  return (
    <>
      {rows.length > 0 && (
        <ol className="ed-releases">
          {rows.map((release, i) => {
            const day = release.start.slice(0, 10)
            const time = release.start.length > 10 ? release.start.slice(11, 16) : ''
            return (
              <li key={release.id} className="ed-release">
                {labelled(
                  'title',
                  i,
                  <input {...cell(i, 'title')} aria-label={label('title', i)} type="text" dir="auto" value={release.title ?? ''} onChange={(e) => set(i, { title: e.target.value }, 'title')} />,
                  'ed-release-wide',
                )}
                {labelled(
                  'channelId',
                  i,
                  <>
                    <select {...cell(i, 'channelId')} aria-label={label('channelId', i)} value={release.channelId} onChange={(e) => set(i, { channelId: e.target.value }, 'channelId')}>
                      {channels.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                    <CellError id={`${id}-${i}-channelId-error`} error={errorOf(`releases.${i}.channelId`)} />
                  </>,
                  'ed-release-wide',
                )}
                <div className="ed-release-remove">
                  <button type="button" className="quiet small ed-remove" title={t('editing.remove')} onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t('editing.release.remove', { row: i + 1 })}>
                    <span aria-hidden="true">✕</span>
                  </button>
                </div>
                {labelled(
                  'day',
                  i,
                  <>
                    <DateInput {...cell(i, 'start')} aria-label={label('day', i)} field={`releases.${i}.start`} type="date" value={day} onChange={(v) => setWhen(i, v, time)} onBlur={() => touch(`releases.${i}.start`)} />
                    <CellError id={`${id}-${i}-start-error`} error={errorOf(`releases.${i}.start`)} />
                  </>,
                )}
                {labelled(
                  'time',
                  i,
                  <DateInput {...cell(i, 'time')} aria-label={label('time', i)} field={`releases.${i}.time`} type="time" value={time} onChange={(v) => setWhen(i, day, v === NOT_A_DATE ? '' : v)} />,
                )}
                {labelled(
                  'timeZone',
                  i,
                  <>
                    <TimeZonePicker {...cell(i, 'timeZone')} aria-label={label('timeZone', i)} value={release.timeZone ?? ''} optional onChange={(v) => set(i, { timeZone: v || undefined }, 'timeZone')} />
                    <CellError id={`${id}-${i}-timeZone-error`} error={errorOf(`releases.${i}.timeZone`)} />
                  </>,
                )}
                {labelled(
                  'country',
                  i,
                  <CountryPicker {...cell(i, 'country')} aria-label={label('country', i)} value={release.country ?? ''} optional onChange={(v) => set(i, { country: v || undefined }, 'country')} />,
                )}
              </li>
            )
          })}
        </ol>
      )}
      <button type="button" className="small" onClick={add} disabled={channels.length === 0}>
        {t('editing.release.add')}
      </button>
    </>
  )
}
