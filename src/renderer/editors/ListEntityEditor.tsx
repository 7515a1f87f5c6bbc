import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { media, type Audience, type Channel, type Strategy } from '../../shared/format'
import { NameFields, ValueSelect } from './controls'
import { EditorDialog } from './EditorDialog'
import { Field } from './fields'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

type Listed = Channel | Audience | Strategy
/** The kinds of the plan's reference lists. */
export type ListKind = 'channel' | 'audience' | 'strategy'

/** Creates or edits an item of the plan's reference lists: a channel (with its medium), an audience or a strategy. */
export function ListEntityEditor({ kind, project, initial, isNew, onSave, onCancel, onDelete, onDuplicate }: EditorProps<ListKind> & { kind: ListKind }) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const convert = useCallback((draft: Listed) => draft, [])
  const form = useEntityForm(project, kind, initial as Listed, convert, formId)
  const { draft, update } = form
  const set = (field: string, value: string) => update((d) => ({ ...d, [field]: value }) as Listed, field)
  const capital = kind === 'channel' ? 'Channel' : kind === 'audience' ? 'Audience' : 'Strategy'
  return (
    <EditorDialog
      heading={isNew ? t(`editing.heading.new${capital}`) : t(`editing.heading.edit${capital}`, { name: initial.name })}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
      onDuplicate={onDuplicate}
    >
      <NameFields idPrefix={id} form={form} field="name" />
      {kind === 'channel' ? (
        <Field id={`${id}-medium`} label={t('editing.fields.medium')}>
          {(aria) => (
            <ValueSelect {...aria} field="medium" value={(draft as Channel).medium} values={media} label={(v) => t(`editing.medium.${v}`)} onChange={(v) => set('medium', v)} />
          )}
        </Field>
      ) : (
        <Field id={`${id}-description`} label={t('editing.fields.description')}>
          {(aria) => <textarea {...aria} dir="auto" rows={3} value={(draft as Audience).description ?? ''} onChange={(e) => set('description', e.target.value)} />}
        </Field>
      )}
    </EditorDialog>
  )
}
