import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dependency, Project } from '../../shared/format'
import { EditorDialog } from './EditorDialog'
import { Field } from './fields'
import type { EditorProps } from './types'
import { useEntityForm } from './useEntityForm'

/** Events and co-production phases, grouped, for "what must finish first" and "what waits". */
function ItemOptions({ project }: { project: Project }) {
  const { t } = useTranslation()
  return (
    <>
      <option value="">{t('editing.chooseItem')}</option>
      <optgroup label={t('editing.fields.events')}>
        {project.events.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </optgroup>
      {project.coproductions.map((c) => (
        <optgroup key={c.id} label={c.title}>
          {c.phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title ? `${t(`phaseKind.${p.kind}`)}: ${p.title}` : t(`phaseKind.${p.kind}`)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  )
}

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
          <select {...aria} data-field="from" value={draft.from} onChange={(e) => set('from', e.target.value)}>
            <ItemOptions project={project} />
          </select>
        )}
      </Field>
      <p className="ed-sentence">{t('editing.mustFinishBefore')}</p>
      <Field id={`${id}-to`} label={t('editing.fields.to')} required error={errorOf('to')}>
        {(aria) => (
          <select {...aria} data-field="to" value={draft.to} onChange={(e) => set('to', e.target.value)}>
            <ItemOptions project={project} />
          </select>
        )}
      </Field>
      <p className="ed-hint">{t('editing.hints.dependency')}</p>
    </EditorDialog>
  )
}
