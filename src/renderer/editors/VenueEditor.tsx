import { useId, useState } from 'react'
import { zoneOfPlace } from '../../shared/format/placeZones'
import { useTranslation } from 'react-i18next'
import type { Venue } from '../../shared/format'
import { NameFields } from './controls'
import { EditorDialog } from './EditorDialog'
import { Field, Row } from './fields'
import { CountryPicker, TimeZonePicker } from './pickers'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

type VenueDraft = Omit<Venue, 'capacity'> & { capacity: string }

const toVenue = ({ capacity, ...rest }: VenueDraft): unknown => {
  const trimmed = capacity.trim().replace(/[\s,]/g, '')
  return trimmed === '' ? rest : { ...rest, capacity: /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN }
}

/** Creates or edits a venue: where it is, its time zone (events there default to it) and capacity. */
export function VenueEditor({ project, initial, isNew, onSave, onCancel, onDelete, onDuplicate }: EditorProps<'venue'>) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const form = useEntityForm(project, 'venue', { ...initial, capacity: initial.capacity === undefined ? '' : String(initial.capacity) }, toVenue, formId)
  const { draft: v, update, touch, errorOf } = form
  const set = <F extends keyof VenueDraft>(field: F, value: VenueDraft[F]) => update((d) => ({ ...d, [field]: value }), field)
  // A new venue's time zone follows its city and country until someone picks one by hand.
  const [zoneByHand, setZoneByHand] = useState(!isNew)
  const setPlace = (field: 'country' | 'city', value: string) =>
    update((d) => {
      const next = { ...d, [field]: value }
      return zoneByHand ? next : { ...next, timeZone: zoneOfPlace(next.country, next.city) ?? d.timeZone }
    }, field)
  const f = (name: string) => `${id}-${name}`

  return (
    <EditorDialog
      heading={isNew ? t('editing.heading.newVenue') : t('editing.heading.editVenue', { name: initial.name })}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
      onDuplicate={onDuplicate}
    >
      <NameFields idPrefix={id} form={form} field="name" />
      <Row>
        <Field id={f('country')} label={t('editing.fields.country')} required error={errorOf('country')}>
          {(aria) => <CountryPicker {...aria} value={v.country} onChange={(value) => setPlace('country', value)} />}
        </Field>
        <Field id={f('city')} label={t('editing.fields.city')} required error={errorOf('city')}>
          {(aria) => (
            <input {...aria} data-field="city" type="text" dir="auto" aria-required="true" value={v.city} onChange={(e) => setPlace('city', e.target.value)} onBlur={() => touch('city')} />
          )}
        </Field>
      </Row>
      <Field id={f('address')} label={t('editing.fields.address')}>
        {(aria) => <input {...aria} data-field="address" type="text" dir="auto" value={v.address ?? ''} onChange={(e) => set('address', e.target.value)} />}
      </Field>
      <Row>
        <Field id={f('timeZone')} label={t('editing.fields.timeZone')} required hint={zoneByHand ? t('editing.hints.venueTimeZone') : t('editing.hints.venueTimeZoneFollows')} error={errorOf('timeZone')}>
          {(aria) => (
            <TimeZonePicker
              {...aria}
              value={v.timeZone}
              onChange={(value) => {
                setZoneByHand(true)
                set('timeZone', value)
              }}
            />
          )}
        </Field>
        <Field id={f('capacity')} label={t('editing.fields.capacity')} hint={t('editing.hints.capacity')} error={errorOf('capacity')}>
          {(aria) => (
            <input {...aria} data-field="capacity" type="text" inputMode="numeric" value={v.capacity} onChange={(e) => set('capacity', e.target.value)} onBlur={() => touch('capacity')} />
          )}
        </Field>
      </Row>
    </EditorDialog>
  )
}
