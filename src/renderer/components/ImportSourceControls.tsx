// The parts of the import preview that change what is read: the column mapping of a sheet, the
// date range recurring calendar events are expanded in, and the progress of a big sheet.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Field, ImportKind, ImportPreview } from '../../shared/exchange'
import { fieldsOf } from '../../shared/exchange/mapping'
import { DayField } from '../editors/DateField'
import { NOT_A_DATE } from '../editors/dateEntry'

/** Each source column with the Caravan field it fills; the guess is what is chosen at first. */
export function MappingEditor({ preview, onChange, onKind }: { preview: ImportPreview; onChange: (index: number, field: Field | undefined) => void; onKind: (kind: ImportKind) => void }) {
  const { t } = useTranslation()
  const ids = useId()
  const fields = fieldsOf(preview.kind)
  const label = (f: Field) => t(`importDialog.fields.${f}` as 'importDialog.fields.title')
  return (
    <fieldset className="import-mapping" aria-describedby={`${ids}-hint`}>
      <legend>{t('importDialog.mapping')}</legend>
      <p id={`${ids}-hint`} className="field-hint">
        {t('importDialog.mappingHint')}
      </p>
      <div className="import-mapping-kind" role="radiogroup" aria-labelledby={`${ids}-kind`}>
        <span id={`${ids}-kind`}>{t('importDialog.rowsAre')}</span>
        {(['events', 'partners'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name={`${ids}-kind`} checked={preview.kind === kind} onChange={() => onKind(kind)} />
            {t(`importDialog.kinds.${kind}`)}
          </label>
        ))}
      </div>
      <div className="import-mapping-grid">
        {preview.headers.map((header, i) => (
          <div key={i} className="import-mapping-column">
            <label htmlFor={`${ids}-${i}`} className="import-mapping-header" dir="auto" title={header}>
              {header || `#${i + 1}`}
            </label>
            <select id={`${ids}-${i}`} value={preview.mapping[i] ?? ''} onChange={(event) => onChange(i, (event.target.value || undefined) as Field | undefined)}>
              <option value="">{t('importDialog.notImported')}</option>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {label(f)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** The days recurring events of a calendar are imported between. */
export function RangePicker({ range, onApply }: { range: { from: string; to: string }; onApply: (range: { from: string; to: string }) => void }) {
  const { t } = useTranslation()
  const ids = useId()
  const [from, setFrom] = useState(range.from)
  const [to, setTo] = useState(range.to)
  const valid = from !== NOT_A_DATE && to !== NOT_A_DATE && from !== '' && to !== '' && from <= to
  return (
    <fieldset className="import-range" aria-describedby={`${ids}-hint`}>
      <legend>{t('importDialog.range')}</legend>
      <p id={`${ids}-hint`} className="field-hint">
        {valid ? t('importDialog.rangeHint') : t('importDialog.rangeInvalid')}
      </p>
      <div className="import-range-fields">
        <label htmlFor={`${ids}-from`}>{t('importDialog.rangeFrom')}</label>
        <DayField id={`${ids}-from`} field="from" aria-describedby={`${ids}-hint`} aria-invalid={valid ? undefined : true} value={from} onChange={setFrom} />
        <label htmlFor={`${ids}-to`}>{t('importDialog.rangeTo')}</label>
        <DayField id={`${ids}-to`} field="to" aria-describedby={`${ids}-hint`} aria-invalid={valid ? undefined : true} value={to} onChange={setTo} />
        <button type="button" disabled={!valid || (from === range.from && to === range.to)} onClick={() => onApply({ from, to })}>
          {t('importDialog.rangeApply')}
        </button>
      </div>
    </fieldset>
  )
}

/** How far the reading of a big sheet is, with the Stop button. */
export function ImportProgress({ done, total, onStop }: { done: number; total: number; onStop: () => void }) {
  const { t } = useTranslation()
  const ids = useId()
  return (
    <div className="import-progress">
      <label id={ids}>{t('importDialog.reading', { done, total })}</label>
      <progress aria-labelledby={ids} max={total} value={done} />
      <button type="button" onClick={onStop}>
        {t('importDialog.stop')}
      </button>
    </div>
  )
}
