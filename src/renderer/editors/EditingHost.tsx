// Shows the open editor or delete question and turns their answers into registered commands: each
// save, duplicate or delete is one undo step with its label ("Edit partner ‘Almaty Museum of Arts’").
import { useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { collectionOf, entityName, getEntity, idPrefixOf, type AnyEntity, type EntityKind } from '../../shared/commands'
import { newId } from '../../shared/format'
import { deleteOrAsk } from '../app/editCommands'
import { selectProject, useWorkspace, useWorkspaceStore } from '../app/store'
import { LazyDialog, lazyPart } from '../components/Lazy'
import { blankEntity } from './blank'
import { DeleteDialog } from './DeleteDialog'
import type { DependencyActions } from './DependencyList'
import type { CreateOver, EditorProps } from './types'
import './editing.css'
import './combobox.css'
import './editorLists.css'
import './chips.css'
import './coproductionEditor.css'

// The editors (with their pickers and phase strip) are fetched the first time one opens.
const Editor = lazyPart(() => import('./Editor').then((m) => m.Editor))

/** An editor shown over the open one: a dependency of it, or a venue or partner it is choosing. */
interface SubEditor {
  kind: 'dependency' | 'venue' | 'partner'
  initial: AnyEntity
  isNew: boolean
  /** The editor it was opened over; it goes when that one closes. */
  over: unknown
  /** Takes the saved entity into the editor below ("New venue…" chooses the new venue). */
  chosen?: (entity: AnyEntity) => void
}

/** The open editor or delete question; each save, duplicate or delete is one registered command. */
export function EditingHost() {
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const project = useWorkspace(selectProject)
  const editor = useWorkspace((s) => s.dialogs.editor)
  const deleting = useWorkspace((s) => s.dialogs.deleting)
  const { dispatch, closeEditor, cancelDelete, openDialog } = store.getState()
  // A new entity's blank (and its fresh id) is made once per editor opened, not per render.
  const blank = useMemo(() => (editor?.isNew && project ? blankEntity(editor.kind, project, editor.defaults) : null), [editor]) // eslint-disable-line react-hooks/exhaustive-deps

  // A dependency, venue or partner opened from inside another editor shows over it, so that editor keeps its draft.
  const [sub, setSub] = useState<SubEditor | null>(null)
  if (!project) return null
  const removeDependency = (id: string) => dispatch({ id: 'entity.delete', args: { id } })
  const dependencies: DependencyActions = {
    add: (defaults) => setSub({ kind: 'dependency', initial: blankEntity('dependency', project, defaults), isNew: true, over: editor }),
    edit(id) {
      const found = getEntity(project, 'dependency', id)
      if (found) setSub({ kind: 'dependency', initial: found, isNew: false, over: editor })
    },
    remove: removeDependency,
  }
  const create: CreateOver = (kind, defaults, chosen) =>
    setSub({ kind, initial: blankEntity(kind, project, defaults), isNew: true, over: editor, chosen: chosen as (entity: AnyEntity) => void })
  const subDialog = sub && editor && sub.over === editor && (
    <Editor
      kind={sub.kind}
      props={{
        project,
        initial: sub.initial,
        isNew: sub.isNew,
        onSave: (entity) => {
          setSub(null)
          dispatch({ id: sub.isNew ? 'entity.add' : 'entity.update', args: { kind: sub.kind, entity } })
          const after = selectProject(store.getState())
          if (after && getEntity(after, sub.kind, entity.id)) sub.chosen?.(entity)
        },
        onCancel: () => setSub(null),
        onDelete: sub.isNew
          ? undefined
          : () => {
              setSub(null)
              removeDependency(sub.initial.id)
            },
      }}
    />
  )

  let dialog = null
  if (deleting) {
    dialog = (
      <DeleteDialog
        project={project}
        ids={deleting}
        onCancel={cancelDelete}
        onConfirm={() => {
          closeEditor()
          dispatch({ id: 'entities.delete', args: { ids: [...deleting] } })
        }}
      />
    )
  } else if (editor) {
    const initial: AnyEntity | undefined = editor.isNew ? (blank ?? undefined) : getEntity(project, editor.kind, editor.id)
    if (initial) {
      const kind = editor.kind
      const save = (entity: AnyEntity) => {
        closeEditor()
        dispatch({ id: editor.isNew ? 'entity.add' : 'entity.update', args: { kind, entity } })
        // A new entity is selected, and a new event shown where it landed with the focus on it.
        const after = selectProject(store.getState())
        if (editor.isNew && after && (after[collectionOf[kind]] as readonly { id: string }[]).some((e) => e.id === entity.id)) {
          const state = store.getState()
          state.select([entity.id])
          if (kind === 'event' && state.screen === 'timeline') state.revealItem(entity.id)
        }
      }
      const duplicate = () => {
        const copyId = newId(idPrefixOf[kind])
        const name = t('editing.copyName', { name: entityName(project, initial) })
        dispatch({ id: 'entity.duplicate', args: { kind, id: initial.id, newId: copyId, name } })
        const after = selectProject(store.getState())
        if (after && getEntity(after, kind, copyId)) openDialog({ editor: { kind, id: copyId, isNew: false } })
      }
      const props: EditorProps<EntityKind> = {
        project,
        initial,
        isNew: editor.isNew,
        onSave: save,
        onCancel: closeEditor,
        onDelete: editor.isNew ? undefined : () => deleteOrAsk(store, [initial.id]),
        onDuplicate: editor.isNew || kind === 'dependency' ? undefined : duplicate,
        dependencies: editor.isNew ? undefined : dependencies,
        create,
      }
      dialog = <Editor kind={kind} props={props} />
    }
  }
  if (!dialog) return null
  return (
    <>
      {createPortal(<LazyDialog onClose={deleting ? cancelDelete : closeEditor}>{dialog}</LazyDialog>, document.body)}
      {subDialog && !deleting && createPortal(<LazyDialog onClose={() => setSub(null)}>{subDialog}</LazyDialog>, document.body)}
    </>
  )
}
