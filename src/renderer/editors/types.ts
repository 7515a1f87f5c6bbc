import type { EntityKind, EntityOf } from '../../shared/commands'
import type { Project } from '../../shared/format'
import type { DependencyActions } from './DependencyList'

/** What every editor is given: the plan, the entity as it starts (a blank one for a new entity), and what to do on Save. */
export interface EditorProps<K extends EntityKind> {
  project: Project
  initial: EntityOf[K]
  /** True for an entity that is not in the plan yet. */
  isNew: boolean
  onSave: (entity: EntityOf[K]) => void
  onCancel: () => void
  onDelete?: (() => void) | undefined
  onDuplicate?: (() => void) | undefined
  /** Edits the dependencies of the entity (or its phases) as commands of their own. */
  dependencies?: DependencyActions | undefined
  /** Opens the editor of a new venue or partner over this one ("New venue…" in a picker); `chosen` gets it once it is saved. */
  create?: CreateOver | undefined
}

/** Starts a new venue or partner from inside another editor, which keeps its draft. */
export type CreateOver = <K extends 'venue' | 'partner'>(kind: K, defaults: Partial<EntityOf[K]>, chosen: (entity: EntityOf[K]) => void) => void
