// The options of the Print dialog: layout, range, paper, orientation, margins, the timeline's
// scale, names, and what to include. Every change is a view setting (remembered per plan), not an edit.
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { marginSizes, nameModes, paperSizes, printLayouts, printRanges, scaleUnits, type PrintSettings } from '../../shared/print'

function Choice({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId()
  return (
    <div className="print-option">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  )
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="print-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  )
}

/** The form beside the preview. */
export function PrintOptions({ settings, onChange }: { settings: PrintSettings; onChange: (settings: PrintSettings) => void }) {
  const { t } = useTranslation()
  const set = (patch: Partial<PrintSettings>) => onChange({ ...settings, ...patch })
  const scale = settings.scale
  return (
    <form className="print-options" aria-label={t('print.options')} onSubmit={(e) => e.preventDefault()}>
      <Choice label={t('print.layout.label')}>
        {(id) => (
          <select id={id} name="layout" value={settings.layout} onChange={(e) => set({ layout: e.target.value as PrintSettings['layout'] })}>
            {printLayouts.map((layout) => (
              <option key={layout} value={layout}>
                {t(`print.layout.${layout}`)}
              </option>
            ))}
          </select>
        )}
      </Choice>
      <Choice label={t('print.range.label')}>
        {(id) => (
          <select id={id} name="range" value={settings.range} onChange={(e) => set({ range: e.target.value as PrintSettings['range'] })}>
            {printRanges.map((range) => (
              <option key={range} value={range}>
                {t(`print.range.${range}`)}
              </option>
            ))}
          </select>
        )}
      </Choice>
      {settings.range === 'custom' && (
        <div className="print-option-pair">
          <Choice label={t('print.range.from')}>{(id) => <input id={id} name="from" type="date" value={settings.from} onChange={(e) => set({ from: e.target.value })} />}</Choice>
          <Choice label={t('print.range.to')}>{(id) => <input id={id} name="to" type="date" value={settings.to} onChange={(e) => set({ to: e.target.value })} />}</Choice>
        </div>
      )}
      <div className="print-option-pair">
        <Choice label={t('print.paper')}>
          {(id) => (
            <select id={id} name="paper" value={settings.paper} onChange={(e) => set({ paper: e.target.value as PrintSettings['paper'] })}>
              {paperSizes.map((paper) => (
                <option key={paper} value={paper}>
                  {paper}
                </option>
              ))}
            </select>
          )}
        </Choice>
        <Choice label={t('print.orientation.label')}>
          {(id) => (
            <select id={id} name="orientation" value={settings.orientation} onChange={(e) => set({ orientation: e.target.value as PrintSettings['orientation'] })}>
              <option value="portrait">{t('print.orientation.portrait')}</option>
              <option value="landscape">{t('print.orientation.landscape')}</option>
            </select>
          )}
        </Choice>
      </div>
      <Choice label={t('print.margins.label')}>
        {(id) => (
          <select id={id} name="margins" value={settings.margins} onChange={(e) => set({ margins: e.target.value as PrintSettings['margins'] })}>
            {marginSizes.map((m) => (
              <option key={m} value={m}>
                {t(`print.margins.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Choice>
      {settings.layout === 'timeline' && (
        <div className="print-option-pair">
          <Choice label={t('print.scale.label')}>
            {(id) => (
              <select
                id={id}
                name="scale"
                value={scale.mode === 'fit' ? 'fit' : scale.unit}
                onChange={(e) => {
                  const value = e.target.value
                  set({ scale: value === 'fit' ? { mode: 'fit', pagesWide: scale.mode === 'fit' ? scale.pagesWide : 2 } : { mode: 'unit', unit: value as 'day', count: scale.mode === 'unit' ? scale.count : 3 } })
                }}
              >
                {scaleUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`print.scale.${unit}`)} {t('print.scale.per')}
                  </option>
                ))}
                <option value="fit">{t('print.scale.fit')}</option>
              </select>
            )}
          </Choice>
          <Choice label={scale.mode === 'fit' ? t('print.scale.pagesWide') : t('print.scale.count')}>
            {(id) => (
              <input
                id={id}
                name="scaleCount"
                type="number"
                min={1}
                max={scale.mode === 'fit' ? 50 : 366}
                value={scale.mode === 'fit' ? scale.pagesWide : scale.count}
                onChange={(e) => {
                  const n = Math.max(1, Math.min(scale.mode === 'fit' ? 50 : 366, Math.round(Number(e.target.value) || 1)))
                  set({ scale: scale.mode === 'fit' ? { mode: 'fit', pagesWide: n } : { ...scale, count: n } })
                }}
              />
            )}
          </Choice>
        </div>
      )}
      <Choice label={t('print.names.label')}>
        {(id) => (
          <select id={id} name="names" value={settings.names} onChange={(e) => set({ names: e.target.value as PrintSettings['names'] })}>
            {nameModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`print.names.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </Choice>
      <fieldset className="print-option print-checks">
        <legend>{t('print.include.label')}</legend>
        <Check label={t('print.include.notes')} checked={settings.notes} onChange={(notes) => set({ notes })} />
        <Check label={t('print.include.contacts')} checked={settings.contacts} onChange={(contacts) => set({ contacts })} />
        <Check label={t('print.include.budgets')} checked={settings.budgets} onChange={(budgets) => set({ budgets })} />
      </fieldset>
      <Check label={t('print.useFilter')} checked={settings.useFilter} onChange={(useFilter) => set({ useFilter })} />
      {settings.layout === 'partners' && <Check label={t('print.selectedOnly')} checked={settings.selectedOnly} onChange={(selectedOnly) => set({ selectedOnly })} />}
    </form>
  )
}
