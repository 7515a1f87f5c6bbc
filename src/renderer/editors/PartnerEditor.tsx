import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { partnerKinds, type Contact, type Partner } from '../../shared/format'
import { NameFields, ValueSelect } from './controls'
import { EditorDialog } from './EditorDialog'
import { Field, Row, RowsHead } from './fields'
import { CountryPicker } from './pickers'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

const contactFields = ['name', 'role', 'email', 'phone'] as const

/** Creates or edits a partner organisation with its people (add and remove contact rows). */
export function PartnerEditor({ project, initial, isNew, onSave, onCancel, onDelete, onDuplicate }: EditorProps<'partner'>) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const convert = useCallback((draft: Partner) => draft, [])
  const form = useEntityForm(project, 'partner', { ...initial, contacts: initial.contacts ?? [] }, convert, formId)
  const { draft: p, update, touch, errorOf } = form
  const set = <F extends keyof Partner>(field: F, value: Partner[F]) => update((d) => ({ ...d, [field]: value }), field)
  const contacts = p.contacts ?? []
  const setContact = (index: number, field: keyof Contact, value: string) =>
    update((d) => ({ ...d, contacts: (d.contacts ?? []).map((c, i) => (i === index ? { ...c, [field]: value } : c)) }), `contacts.${index}.${field}`)
  const addContact = () => {
    update((d) => ({ ...d, contacts: [...(d.contacts ?? []), { name: '' }] }))
    requestAnimationFrame(() => document.getElementById(`${id}-contact-${contacts.length}-name`)?.focus())
  }
  const removeContact = (index: number) => update((d) => ({ ...d, contacts: (d.contacts ?? []).filter((_, i) => i !== index) }))
  const f = (name: string) => `${id}-${name}`

  return (
    <EditorDialog
      heading={isNew ? t('editing.heading.newPartner') : t('editing.heading.editPartner', { name: initial.name })}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
      onDuplicate={onDuplicate}
      size="wide"
    >
      <NameFields idPrefix={id} form={form} field="name" />
      <Row>
        <Field id={f('kind')} label={t('editing.fields.partnerKind')}>
          {(aria) => <ValueSelect {...aria} field="kind" value={p.kind} values={partnerKinds} label={(v) => t(`partnerKind.${v}`)} onChange={(v) => set('kind', v)} />}
        </Field>
        <Field id={f('country')} label={t('editing.fields.country')} required error={errorOf('country')}>
          {(aria) => <CountryPicker {...aria} value={p.country} onChange={(v) => set('country', v)} />}
        </Field>
        <Field id={f('city')} label={t('editing.fields.city')}>
          {(aria) => <input {...aria} data-field="city" type="text" dir="auto" value={p.city ?? ''} onChange={(e) => set('city', e.target.value)} />}
        </Field>
      </Row>
      <Field id={f('website')} label={t('editing.fields.website')} hint={t('editing.hints.website')} error={errorOf('website')}>
        {(aria) => (
          <input {...aria} data-field="website" type="url" value={p.website ?? ''} onChange={(e) => set('website', e.target.value)} onBlur={() => touch('website')} />
        )}
      </Field>
      <fieldset className="ed-group">
        <legend>{t('editing.fields.contacts')}</legend>
        {contacts.length === 0 && <p className="ed-hint">{t('editing.noContacts')}</p>}
        {contacts.length > 0 && (
          <table className="ed-rows">
            <RowsHead labels={contactFields.map((field) => t(`editing.contact.${field}`))} />
            <tbody>
              {contacts.map((contact, i) => (
                <tr key={i}>
                  {contactFields.map((field) => {
                    const path = `contacts.${i}.${field}`
                    const error = errorOf(path)
                    return (
                      <td key={field}>
                        <input
                          id={`${id}-contact-${i}-${field}`}
                          data-field={path}
                          type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
                          dir="auto"
                          aria-label={t('editing.contact.fieldOf', { field: t(`editing.contact.${field}`), row: i + 1 })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-contact-${i}-${field}-error` : undefined}
                          value={contact[field] ?? ''}
                          onChange={(e) => setContact(i, field, e.target.value)}
                          onBlur={() => touch(path)}
                        />
                        {error && (
                          <p id={`${id}-contact-${i}-${field}-error`} className="ed-error">
                            {error}
                          </p>
                        )}
                      </td>
                    )
                  })}
                  <td className="ed-row-actions">
                    <button type="button" className="quiet small ed-remove" title={t('editing.remove')} onClick={() => removeContact(i)} aria-label={t('editing.contact.remove', { row: i + 1, name: contact.name })}>
                      <span aria-hidden="true">✕</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" className="small" onClick={addContact}>
          {t('editing.contact.add')}
        </button>
      </fieldset>
      <Field id={f('notes')} label={t('editing.fields.notes')}>
        {(aria) => <textarea {...aria} dir="auto" rows={3} value={p.notes ?? ''} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </EditorDialog>
  )
}
