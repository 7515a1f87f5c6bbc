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
}
