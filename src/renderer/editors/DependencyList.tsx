// "Must finish before…" and "Waits for…" beside an event or phase: each dependency with Edit and
// Remove, and Add. The changes are commands of their own, so an unsaved editor around them keeps its draft.
import { useTranslation } from 'react-i18next'
import { itemName } from '../../shared/commands'
import type { Project } from '../../shared/format'

/** What the editing host does for a dependency list inside an editor. */
export interface DependencyActions {
  /** Opens the dependency editor for a new one, with either end filled in. */
  add(defaults: { from?: string; to?: string }): void
  edit(id: string): void
  /** Deletes at once, as one undoable step. */
  remove(id: string): void
}

interface DependencyListProps {
  project: Project
  /** The event or phase the lists are about. */
  itemId: string
  actions: DependencyActions
}

function Side({ project, itemId, actions, side }: DependencyListProps & { side: 'before' | 'waits' }) {
  const { t } = useTranslation()
  const mine = project.dependencies.filter((d) => (side === 'before' ? d.from === itemId : d.to === itemId))
  const heading = t(side === 'before' ? 'editing.dependencies.before' : 'editing.dependencies.waits')
  return (
    <fieldset className="ed-choices ed-deps">
      <legend>{heading}</legend>
      {mine.length === 0 && <p className="ed-hint">{t('editing.dependencies.none')}</p>}
      <ul className="ed-dep-list">
        {mine.map((d) => {
          const other = itemName(project, side === 'before' ? d.to : d.from)
          return (
            <li key={d.id} className="ed-dep">
              <span dir="auto">{other}</span>
              <button type="button" className="small" onClick={() => actions.edit(d.id)} aria-label={t('editing.dependencies.editOne', { name: other })}>
                {t('editing.dependencies.edit')}
              </button>
              <button type="button" className="small" onClick={() => actions.remove(d.id)} aria-label={t('editing.dependencies.removeOne', { name: other })}>
                {t('editing.dependencies.remove')}
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" onClick={() => actions.add(side === 'before' ? { from: itemId } : { to: itemId })}>
        {t(side === 'before' ? 'editing.dependencies.addBefore' : 'editing.dependencies.addWaits')}
      </button>
    </fieldset>
  )
}

/** Both lists of an event's or phase's dependencies, editable. */
export function DependencyList(props: DependencyListProps) {
  return (
    <div className="ed-dep-lists">
      <Side {...props} side="before" />
      <Side {...props} side="waits" />
    </div>
  )
}

/** The dependencies that touch a co-production's saved phases, each "A → B" with Edit and Remove, and Add. */
export function PhaseDependencyList({ project, coproductionId, actions }: { project: Project; coproductionId: string; actions: DependencyActions }) {
  const { t } = useTranslation()
  const phases = new Set(project.coproductions.find((c) => c.id === coproductionId)?.phases.map((p) => p.id) ?? [])
  const mine = project.dependencies.filter((d) => phases.has(d.from) || phases.has(d.to))
  const first = phases.values().next().value
  return (
    <fieldset className="ed-group ed-deps">
      <legend>{t('editing.dependencies.phases')}</legend>
      {mine.length === 0 && <p className="ed-hint">{t('editing.dependencies.none')}</p>}
      <ul className="ed-dep-list">
        {mine.map((d) => {
          const name = `${itemName(project, d.from)} → ${itemName(project, d.to)}`
          return (
            <li key={d.id} className="ed-dep">
              <span dir="auto">{name}</span>
              <button type="button" className="small" onClick={() => actions.edit(d.id)} aria-label={t('editing.dependencies.editOne', { name })}>
                {t('editing.dependencies.edit')}
              </button>
              <button type="button" className="small" onClick={() => actions.remove(d.id)} aria-label={t('editing.dependencies.removeOne', { name })}>
                {t('editing.dependencies.remove')}
              </button>
            </li>
          )
        })}
      </ul>
      {first !== undefined && (
        <button type="button" onClick={() => actions.add({ from: first })}>
          {t('editing.dependencies.add')}
        </button>
      )}
    </fieldset>
  )
}
