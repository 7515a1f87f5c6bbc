import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dependency } from '../../shared/format'
import { ItemPicker } from './entityPickers'
import { EditorDialog } from './EditorDialog'
import { Field } from './fields'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

/** Creates or edits "this must finish before that starts" between events and phases. */
export function DependencyEditor({ project, initial, isNew, onSave, onCancel, onDelete }: EditorProps<'dependency'>) {
  const { t } = useTranslation()
  const id = useId()
  const formId = `${id}-form`
  const convert = useCallback((draft: Dependency) => draft, [])
  const form = useEntityForm(project, 'dependency', initial, convert, formId)
  const { draft, update, errorOf } = form
  const set = (field: 'from' | 'to', value: string) => update((d) => ({ ...d, [field]: value }), field)
  return (
    <EditorDialog
      heading={isNew ? t('editing.heading.newDependency') : t('editing.heading.editDependency')}
      form={form}
      onSave={onSave}
      onCancel={onCancel}
      onDelete={onDelete}
    >
      <Field id={`${id}-from`} label={t('editing.fields.from')} required error={errorOf('from')}>
        {(aria) => (
          <ItemPicker {...aria} data-field="from" project={project} value={draft.from} onChange={(v) => set('from', v)} />
        )}
      </Field>
      <p className="ed-sentence">{t('editing.mustFinishBefore')}</p>
      <Field id={`${id}-to`} label={t('editing.fields.to')} required error={errorOf('to')}>
        {(aria) => (
          <ItemPicker {...aria} data-field="to" project={project} value={draft.to} onChange={(v) => set('to', v)} />
        )}
      </Field>
      <p className="ed-hint">{t('editing.hints.dependency')}</p>
    </EditorDialog>
  )
}
