import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { eventKinds, eventStatuses, type Event, type Venue } from '../../shared/format'
import { DateInput, NameFields, ValueSelect } from './controls'
import { DependencyList } from './DependencyList'
import { EditorDialog } from './EditorDialog'
import { ChipsPicker } from './ChipsPicker'
import { CoproductionPicker, VenuePicker } from './entityPickers'
import { Field, Row } from './fields'
import { CountryPicker, CurrencyPicker, TimeZonePicker } from './pickers'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

/** The event as the form holds it: dates split into day and time, budget and colour as typed. */
interface EventDraft {
  base: Event
  allDay: boolean
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  amount: string
  currency: string
  useColor: boolean
  color: string
}

function toDraft(event: Event): EventDraft {
  const timed = event.start.length > 10
  return {
    base: event,
    allDay: !timed,
    startDate: event.start.slice(0, 10),
    startTime: timed ? event.start.slice(11, 16) : '10:00',
    endDate: event.end.slice(0, 10),
    endTime: timed ? event.end.slice(11, 16) : '12:00',
    amount: event.budget ? String(event.budget.amount) : '',
    currency: event.budget?.currency ?? '',
    useColor: event.color !== undefined,
    color: event.color ?? '#1f5f99',
  }
}

function toEvent(draft: EventDraft): unknown {
  const { budget: _budget, color: _color, ...rest } = draft.base
  const at = (day: string, time: string) => (draft.allDay || day === '' ? day : `${day}T${time}`)
  const amount = draft.amount.trim()
  const out: Record<string, unknown> = { ...rest, start: at(draft.startDate, draft.startTime), end: at(draft.endDate, draft.endTime) }
  if (amount !== '' || draft.currency !== '') out.budget = { amount: amount === '' ? undefined : Number(amount.replace(/[\s,]/g, '')), currency: draft.currency }
  if (draft.useColor) out.color = draft.color
  return out
}

/** Creates or edits an event: names in two languages, dates all-day or timed, place, partners, reach, money. */
export function EventEditor({ project, initial, isNew, onSave, onCancel, onDelete, onDuplicate, dependencies, create }: EditorProps<'event'>) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const form = useEntityForm(project, 'event', toDraft(initial), toEvent, formId)
  const { draft, update, touch, errorOf } = form
  const e = draft.base

  const set = <F extends keyof Event>(field: F, value: Event[F]) => update((d) => ({ ...d, base: { ...d.base, [field]: value } }), field)
  const setDraft = <F extends keyof EventDraft>(field: F, value: EventDraft[F], touched: string) => update((d) => ({ ...d, [field]: value }), touched)

  // A venue just made over this editor is not in `project` yet when it is chosen, so it comes along.
  const chooseVenue = (venueId: string, made?: Venue) => {
    const venue = made ?? project.venues.find((v) => v.id === venueId)
    update((d) => {
      const { venueId: _old, ...base } = d.base
      if (!venue) return { ...d, base }
      // The venue says where the event happens: its country, city and time zone become the event's.
      return { ...d, base: { ...base, venueId, country: venue.country, city: venue.city, timeZone: venue.timeZone } }
    }, 'venueId')
  }

  const newVenue = create && ((typed: string) => create('venue', { name: typed.trim(), country: e.country, city: e.city ?? '' }, (venue) => chooseVenue(venue.id, venue)))
  const newPartner = create && {
    label: t('editing.pickers.newPartner'),
    run: (typed: string) =>
      create('partner', { name: typed.trim(), country: e.country, ...(e.city ? { city: e.city } : {}) }, (partner) =>
        update((d) => ({ ...d, base: { ...d.base, partnerIds: [...d.base.partnerIds.filter((p) => p !== partner.id), partner.id] } }), 'partnerIds'),
      ),
  }

  const f = (name: string) => `${id}-${name}`

  return (
    <EditorDialog
      heading={isNew ? t('editing.heading.newEvent') : t('editing.heading.editEvent', { name: initial.title })}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
      onDuplicate={onDuplicate}
      size="wide"
    >
      <NameFields idPrefix={id} form={form} field="title" names={e} onChange={(key, value) => set(key as 'title', value)} />
      <Row>
        <Field id={f('kind')} label={t('editing.fields.kind')}>
          {(aria) => <ValueSelect {...aria} field="kind" value={e.kind} values={eventKinds} label={(v) => t(`eventKind.${v}`)} onChange={(v) => set('kind', v)} />}
        </Field>
        <Field id={f('status')} label={t('editing.fields.status')}>
          {(aria) => <ValueSelect {...aria} field="status" value={e.status} values={eventStatuses} label={(v) => t(`status.${v}`)} onChange={(v) => set('status', v)} />}
        </Field>
      </Row>
      <fieldset className="ed-group">
        <legend>{t('editing.fields.when')}</legend>
        <div className="ed-toggle" role="radiogroup" aria-label={t('editing.fields.timing')}>
          <label>
            <input type="radio" name={f('timing')} checked={draft.allDay} onChange={() => setDraft('allDay', true, 'start')} />
            {t('editing.fields.allDay')}
          </label>
          <label>
            <input type="radio" name={f('timing')} checked={!draft.allDay} onChange={() => setDraft('allDay', false, 'start')} />
            {t('editing.fields.timed')}
          </label>
        </div>
        <Row className="ed-dates">
          <Field id={f('start')} label={t('editing.fields.start')} required error={errorOf('start')}>
            {(aria) => <DateInput {...aria} field="start" type="date" value={draft.startDate} onChange={(v) => setDraft('startDate', v, 'start')} onBlur={() => touch('start')} />}
          </Field>
          {!draft.allDay && (
            <Field id={f('startTime')} label={t('editing.fields.startTime')}>
              {(aria) => <DateInput {...aria} field="startTime" type="time" value={draft.startTime} onChange={(v) => setDraft('startTime', v, 'start')} />}
            </Field>
          )}
          <Field id={f('end')} label={t('editing.fields.end')} required hint={t('editing.hints.endInclusive')} error={errorOf('end')}>
            {(aria) => <DateInput {...aria} field="end" type="date" value={draft.endDate} onChange={(v) => setDraft('endDate', v, 'end')} onBlur={() => touch('end')} />}
          </Field>
          {!draft.allDay && (
            <Field id={f('endTime')} label={t('editing.fields.endTime')}>
              {(aria) => <DateInput {...aria} field="endTime" type="time" value={draft.endTime} onChange={(v) => setDraft('endTime', v, 'end')} />}
            </Field>
          )}
        </Row>
        <Field
          id={f('timeZone')}
          label={t('editing.fields.timeZone')}
          required={!draft.allDay}
          hint={draft.allDay ? t('editing.hints.timeZoneAllDay') : t('editing.hints.timeZoneTimed')}
          error={errorOf('timeZone')}
        >
          {(aria) => <TimeZonePicker {...aria} value={e.timeZone ?? ''} optional onChange={(v) => set('timeZone', v === '' ? undefined : v)} />}
        </Field>
      </fieldset>
      <fieldset className="ed-group">
        <legend>{t('editing.fields.where')}</legend>
        <Row>
          <Field id={f('venue')} label={t('editing.fields.venue')} hint={t('editing.hints.venue')} error={errorOf('venueId')}>
            {(aria) => <VenuePicker {...aria} data-field="venueId" project={project} value={e.venueId ?? ''} optional onChange={(v) => chooseVenue(v)} onNew={newVenue} />}
          </Field>
          <Field id={f('country')} label={t('editing.fields.country')} required error={errorOf('country')}>
            {(aria) => <CountryPicker {...aria} value={e.country} onChange={(v) => set('country', v)} />}
          </Field>
          <Field id={f('city')} label={t('editing.fields.city')} error={errorOf('city')}>
            {(aria) => <input {...aria} data-field="city" type="text" dir="auto" value={e.city ?? ''} onChange={(ev) => set('city', ev.target.value)} />}
          </Field>
        </Row>
      </fieldset>
      <ChipsPicker
        legend={t('editing.fields.partners')}
        idPrefix={f('partners')}
        options={project.partners}
        selected={e.partnerIds}
        onChange={(ids) => set('partnerIds', ids)}
        empty={newPartner ? undefined : t('editing.noPartnersYet')}
        action={newPartner}
      />
      <div className="ed-three">
        <ChipsPicker legend={t('editing.fields.channels')} idPrefix={f('channels')} options={project.channels} selected={e.channelIds} onChange={(ids) => set('channelIds', ids)} />
        <ChipsPicker legend={t('editing.fields.audiences')} idPrefix={f('audiences')} options={project.audiences} selected={e.audienceIds} onChange={(ids) => set('audienceIds', ids)} />
        <ChipsPicker legend={t('editing.fields.strategies')} idPrefix={f('strategies')} options={project.strategies} selected={e.strategyIds} onChange={(ids) => set('strategyIds', ids)} />
      </div>
      <Row>
        <Field id={f('coproduction')} label={t('editing.fields.coproduction')} error={errorOf('coproductionId')}>
          {(aria) => (
            <CoproductionPicker
              {...aria}
              data-field="coproductionId"
              project={project}
              value={e.coproductionId ?? ''}
              optional
              onChange={(v) => set('coproductionId', v === '' ? undefined : v)}
            />
          )}
        </Field>
        <Field id={f('amount')} label={t('editing.fields.budget')} error={errorOf('budget.amount')}>
          {(aria) => (
            <input
              {...aria}
              data-field="budget.amount"
              type="text"
              inputMode="decimal"
              value={draft.amount}
              onChange={(ev) => setDraft('amount', ev.target.value, 'budget.amount')}
            />
          )}
        </Field>
        <Field id={f('currency')} label={t('editing.fields.currency')} error={errorOf('budget.currency')}>
          {(aria) => <CurrencyPicker {...aria} value={draft.currency} optional onChange={(v) => setDraft('currency', v, 'budget.currency')} />}
        </Field>
      </Row>
      <Row>
        <div className="ed-field ed-color">
          <label className="ed-inline">
            <input type="checkbox" checked={draft.useColor} onChange={(ev) => setDraft('useColor', ev.target.checked, 'color')} />
            {t('editing.fields.ownColor')}
          </label>
          {draft.useColor && (
            <input type="color" aria-label={t('editing.fields.color')} value={draft.color} onChange={(ev) => setDraft('color', ev.target.value, 'color')} />
          )}
        </div>
      </Row>
      <Field id={f('notes')} label={t('editing.fields.notes')}>
        {(aria) => <textarea {...aria} dir="auto" rows={3} value={e.notes ?? ''} onChange={(ev) => set('notes', ev.target.value)} />}
      </Field>
      {dependencies ? <DependencyList project={project} itemId={e.id} actions={dependencies} /> : <p className="ed-hint">{t('editing.dependencies.saveFirst')}</p>}
    </EditorDialog>
  )
}
