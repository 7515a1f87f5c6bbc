// Shows the open editor or delete question and turns their answers into commands: each save,
// duplicate or delete is one undo step with its label ("Edit partner ‘Almaty Museum of Arts’").
import { useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  addEntity,
  deleteEntity,
  duplicateEntity,
  entityLabel,
  entityName,
  findEntity,
  getEntity,
  idPrefixOf,
  updateEntity,
  type AnyEntity,
  type EntityKind,
  type EntityLabel,
} from '../../shared/commands'
import { newId, type Dependency, type Project } from '../../shared/format'
import { blankEntity } from './blank'
import { CoproductionEditor } from './CoproductionEditor'
import { DeleteDialog } from './DeleteDialog'
import { DependencyEditor } from './DependencyEditor'
import type { DependencyActions } from './DependencyList'
import { EventEditor } from './EventEditor'
import { ListEntityEditor, type ListKind } from './ListEntityEditor'
import { PartnerEditor } from './PartnerEditor'
import type { EditorProps } from './types'
import type { Editing } from './useEditing'
import { VenueEditor } from './VenueEditor'
import './editing.css'

interface EditingHostProps {
  project: Project
  editing: Editing
  /** Records a new document as one undo step. */
  commit: (project: Project, label: EntityLabel) => void
}

function Editor({ kind, props }: { kind: EntityKind; props: EditorProps<EntityKind> }) {
  const key = props.initial.id
  switch (kind) {
    case 'event':
      return <EventEditor key={key} {...(props as EditorProps<'event'>)} />
    case 'partner':
      return <PartnerEditor key={key} {...(props as EditorProps<'partner'>)} />
    case 'venue':
      return <VenueEditor key={key} {...(props as EditorProps<'venue'>)} />
    case 'coproduction':
      return <CoproductionEditor key={key} {...(props as EditorProps<'coproduction'>)} />
    case 'dependency':
      return <DependencyEditor key={key} {...(props as EditorProps<'dependency'>)} />
    case 'channel':
    case 'audience':
    case 'strategy':
      return <ListEntityEditor key={key} kind={kind} {...(props as unknown as EditorProps<ListKind>)} />
  }
}

export function EditingHost({ project, editing, commit }: EditingHostProps) {
  const { t } = useTranslation()
  const { editor, deleting } = editing.state
  // A new entity's blank (and its fresh id) is made once per editor opened, not per render.
  const blank = useMemo(() => (editor?.isNew ? blankEntity(editor.kind, project, editor.defaults) : null), [editor]) // eslint-disable-line react-hooks/exhaustive-deps

  // A dependency opened from inside another editor shows over it, so that editor keeps its draft.
  const [sub, setSub] = useState<{ initial: Dependency; isNew: boolean; over: unknown } | null>(null)
  const removeDependency = (id: string) => {
    const found = getEntity(project, 'dependency', id)
    if (found) commit(deleteEntity(project, id, { removeReferences: true }), entityLabel('delete', 'dependency', entityName(project, found)))
  }
  const dependencies: DependencyActions = {
    add: (defaults) => setSub({ initial: blankEntity('dependency', project, defaults), isNew: true, over: editor }),
    edit(id) {
      const found = getEntity(project, 'dependency', id)
      if (found) setSub({ initial: found, isNew: false, over: editor })
    },
    remove: removeDependency,
  }
  const subDialog = sub && editor && sub.over === editor && (
    <DependencyEditor
      key={sub.initial.id}
      project={project}
      initial={sub.initial}
      isNew={sub.isNew}
      onSave={(dependency) => {
        setSub(null)
        const next = sub.isNew ? addEntity(project, 'dependency', dependency) : updateEntity(project, 'dependency', dependency)
        if (next !== project) commit(next, entityLabel(sub.isNew ? 'add' : 'edit', 'dependency', entityName(next, dependency)))
      }}
      onCancel={() => setSub(null)}
      onDelete={
        sub.isNew
          ? undefined
          : () => {
              setSub(null)
              removeDependency(sub.initial.id)
            }
      }
    />
  )

  let dialog = null
  if (deleting) {
    const found = findEntity(project, deleting)
    dialog = (
      <DeleteDialog
        project={project}
        id={deleting}
        onCancel={() => (editor ? editing.edit(editor.kind, deleting) : editing.close())}
        onConfirm={() => {
          editing.close()
          if (found) commit(deleteEntity(project, deleting, { removeReferences: true }), entityLabel('delete', found.kind, entityName(project, found.entity)))
        }}
      />
    )
  } else if (editor) {
    const initial: AnyEntity | undefined = editor.isNew ? (blank ?? undefined) : getEntity(project, editor.kind, editor.id)
    if (initial) {
      const kind = editor.kind
      const save = (entity: AnyEntity) => {
        editing.close()
        const next = editor.isNew ? addEntity(project, kind, entity) : updateEntity(project, kind, entity)
        if (next !== project) commit(next, entityLabel(editor.isNew ? 'add' : 'edit', kind, entityName(next, entity)))
      }
      const duplicate = () => {
        const copyId = newId(idPrefixOf[kind])
        const name = t('editing.copyName', { name: entityName(project, initial) })
        const next = duplicateEntity(project, kind, { id: initial.id, newId: copyId, name })
        if (next === project) return
        commit(next, entityLabel('duplicate', kind, entityName(project, initial)))
        editing.edit(kind, copyId)
      }
      const props: EditorProps<EntityKind> = {
        project,
        initial,
        isNew: editor.isNew,
        onSave: save,
        onCancel: editing.close,
        onDelete: editor.isNew ? undefined : () => editing.remove(initial.id),
        onDuplicate: editor.isNew || kind === 'dependency' ? undefined : duplicate,
        dependencies: editor.isNew ? undefined : dependencies,
      }
      dialog = <Editor kind={kind} props={props} />
    }
  }
  if (!dialog) return null
  return (
    <>
      {createPortal(dialog, document.body)}
      {subDialog && !deleting && createPortal(subDialog, document.body)}
    </>
  )
}
