import { useCallback, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { templatePhases } from '../../shared/commands'
import { coproductionFormats, eventStatuses, type Coproduction } from '../../shared/format'
import { DateInput, NameFields, ValueSelect } from './controls'
import { PhaseRows, ReleaseRows } from './CoproductionRows'
import { PhaseDependencyList } from './DependencyList'
import { EditorDialog } from './EditorDialog'
import { ChipsPicker } from './ChipsPicker'
import { Field, Row } from './fields'
import { PhaseStrip, shiftDay } from './PhaseStrip'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

/** Creates or edits a co-production: its phases first (a strip and a table; the standard five laid out on create), then releases, then who and what it is for. */
export function CoproductionEditor({ project, initial, isNew, onSave, onCancel, onDelete, onDuplicate, dependencies }: EditorProps<'coproduction'>) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const convert = useCallback((draft: Coproduction) => draft, [])
  const form = useEntityForm(project, 'coproduction', initial, convert, formId)
  const { draft: c, update, touch, errorOf } = form
  const [templateStart, setTemplateStart] = useState(initial.phases[0]?.start ?? '')
  const set = <F extends keyof Coproduction>(field: F, value: Coproduction[F], touched?: string) => update((d) => ({ ...d, [field]: value }), touched ?? field)
  const layOut = () => {
    const phases = templatePhases(templateStart, { status: c.status === 'idea' ? 'idea' : 'planned' })
    if (phases.length > 0) set('phases', phases, 'phases')
  }
  const movePhase = (index: number, days: number) =>
    set(
      'phases',
      c.phases.map((p, i) => (i === index ? { ...p, start: shiftDay(p.start, days), end: shiftDay(p.end, days) } : p)),
      `phases.${index}.start`,
    )
  const f = (name: string) => `${id}-${name}`

  return (
    <EditorDialog
      heading={isNew ? t('editing.heading.newCoproduction') : t('editing.heading.editCoproduction', { name: initial.title })}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
      onDuplicate={onDuplicate}
      size="wide"
    >
      <NameFields idPrefix={id} form={form} field="title" />
      <Row>
        <Field id={f('format')} label={t('editing.fields.format')}>
          {(aria) => <ValueSelect {...aria} field="format" value={c.format} values={coproductionFormats} label={(v) => t(`coproductionFormat.${v}`)} onChange={(v) => set('format', v)} />}
        </Field>
        <Field id={f('status')} label={t('editing.fields.status')}>
          {(aria) => <ValueSelect {...aria} field="status" value={c.status} values={eventStatuses} label={(v) => t(`status.${v}`)} onChange={(v) => set('status', v)} />}
        </Field>
      </Row>
      <fieldset className="ed-group">
        <legend>{t('editing.fields.phases')}</legend>
        <PhaseStrip phases={c.phases} onMove={movePhase} />
        <PhaseRows rows={c.phases} onChange={(rows, touched) => set('phases', rows, touched)} errorOf={errorOf} touch={touch} />
        <div className="ed-template">
          <Field id={f('templateStart')} label={t('editing.template.start')}>
            {(aria) => <DateInput {...aria} field="templateStart" type="date" value={templateStart} onChange={setTemplateStart} />}
          </Field>
          <button type="button" className="small" onClick={layOut} disabled={templatePhases(templateStart).length === 0}>
            {c.phases.length > 0 ? t('editing.template.replace') : t('editing.template.layOut')}
          </button>
          <p className="ed-hint">{t('editing.template.hint')}</p>
        </div>
      </fieldset>
      {dependencies && <PhaseDependencyList project={project} coproductionId={c.id} actions={dependencies} />}
      <fieldset className="ed-group">
        <legend>{t('editing.fields.releases')}</legend>
        <ReleaseRows rows={c.releases} channels={project.channels} onChange={(rows, touched) => set('releases', rows, touched)} errorOf={errorOf} touch={touch} />
      </fieldset>
      <ChipsPicker
        legend={t('editing.fields.partners')}
        idPrefix={f('partners')}
        options={project.partners}
        selected={c.partnerIds}
        onChange={(ids) => set('partnerIds', ids)}
        empty={t('editing.noPartnersYet')}
      />
      <div className="ed-three">
        <ChipsPicker legend={t('editing.fields.channels')} idPrefix={f('channels')} options={project.channels} selected={c.channelIds} onChange={(ids) => set('channelIds', ids)} />
        <ChipsPicker legend={t('editing.fields.audiences')} idPrefix={f('audiences')} options={project.audiences} selected={c.audienceIds} onChange={(ids) => set('audienceIds', ids)} />
        <ChipsPicker legend={t('editing.fields.strategies')} idPrefix={f('strategies')} options={project.strategies} selected={c.strategyIds} onChange={(ids) => set('strategyIds', ids)} />
      </div>
      <Field id={f('notes')} label={t('editing.fields.notes')}>
        {(aria) => <textarea {...aria} dir="auto" rows={3} value={c.notes ?? ''} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </EditorDialog>
  )
}
