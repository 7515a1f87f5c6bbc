import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Event, Project } from '../../shared/format'
import { itemName } from '../../shared/commands'
import { findItem, type LocatedItem } from '../../shared/timeline'
import type { ShownConflict } from '../conflicts/packed'
import { Bilingual } from '../components/Bilingual'
import { useModel } from './context'
import { itemDates } from './itemText'
import { useEditingActions } from '../editors/useEditing'
import { editTimelineItem } from '../editors/timelineLinks'
import './timelinePanels.css'

interface DetailsPanelProps {
  ids: readonly string[]
  onClose: () => void
  onAcknowledge: (conflict: ShownConflict) => void
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tl-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function Names({ list }: { list: { id: string; name: string; nameLocal?: string | undefined }[] }) {
  const { t } = useTranslation()
  if (list.length === 0) return <span className="muted">{t('details.none')}</span>
  return (
    <ul className="tl-names">
      {list.map((entry) => (
        <li key={entry.id}>
          <Bilingual primary={entry.name} local={entry.nameLocal} />
        </li>
      ))}
    </ul>
  )
}

const pick = <T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] => ids.map((id) => list.find((x) => x.id === id)).filter((x): x is T => x !== undefined)

function EventFields({ event, project }: { event: Event; project: Project }) {
  const { t, i18n } = useTranslation()
  const model = useModel()
  const venue = project.venues.find((v) => v.id === event.venueId)
  const coproduction = project.coproductions.find((c) => c.id === event.coproductionId)
  return (
    <>
      <Field label={t('details.place')}>
        {venue && <Bilingual primary={venue.name} local={venue.nameLocal} />}
        <span className="tl-field-sub">{model.text.place(event.country, event.city)}</span>
      </Field>
      <Field label={t('details.partners')}>
        <Names list={pick(project.partners, event.partnerIds)} />
      </Field>
      <Field label={t('details.channels')}>
        <Names list={pick(project.channels, event.channelIds)} />
      </Field>
      <Field label={t('details.audiences')}>
        <Names list={pick(project.audiences, event.audienceIds)} />
      </Field>
      <Field label={t('details.strategies')}>
        <Names list={pick(project.strategies, event.strategyIds)} />
      </Field>
      {coproduction && (
        <Field label={t('details.coproduction')}>
          <Bilingual primary={coproduction.title} local={coproduction.titleLocal} />
        </Field>
      )}
      {event.budget && (
        <Field label={t('details.budget')}>
          {new Intl.NumberFormat(i18n.language, { style: 'currency', currency: event.budget.currency }).format(event.budget.amount)}
        </Field>
      )}
      {event.color && (
        <Field label={t('details.color')}>
          <span className="tl-swatch-inline" style={{ background: event.color }} aria-hidden="true" /> {event.color}
        </Field>
      )}
      {event.notes && (
        <Field label={t('details.notes')}>
          <p className="tl-notes" dir="auto">
            {event.notes}
          </p>
        </Field>
      )}
    </>
  )
}

/** What must finish before the item and what waits for it, read-only; shown only when there is any. */
function DependencyFields({ project, id }: { project: Project; id: string }) {
  const { t } = useTranslation()
  const before = project.dependencies.filter((d) => d.from === id).map((d) => ({ id: d.id, name: itemName(project, d.to) }))
  const waits = project.dependencies.filter((d) => d.to === id).map((d) => ({ id: d.id, name: itemName(project, d.from) }))
  return (
    <>
      {before.length > 0 && (
        <Field label={t('editing.dependencies.before')}>
          <Names list={before} />
        </Field>
      )}
      {waits.length > 0 && (
        <Field label={t('editing.dependencies.waits')}>
          <Names list={waits} />
        </Field>
      )}
    </>
  )
}

function ItemDetails({ located, onAcknowledge }: { located: LocatedItem; onAcknowledge: DetailsPanelProps['onAcknowledge'] }) {
  const { t } = useTranslation()
  const model = useModel()
  const project = model.content
  const when = itemDates(located, model.text)
  const conflicts = model.conflicts.get(located.item.id) ?? []
  const editing = useEditingActions()
  const zone = located.type === 'phase' ? undefined : located.item.timeZone
  let heading: ReactNode
  let kind = ''
  let status: string | undefined
  if (located.type === 'event') {
    heading = <Bilingual as="h3" primary={located.item.title} local={located.item.titleLocal} />
    kind = t(`eventKind.${located.item.kind}`)
    status = located.item.status
  } else {
    heading = <Bilingual as="h3" primary={model.itemText.labelOf(located)} local={located.coproduction.titleLocal} />
    kind = located.type === 'phase' ? t(`phaseKind.${located.item.kind}`) : t('details.release')
    status = located.type === 'phase' ? located.item.status : undefined
  }
  return (
    <div className="tl-details-item">
      {heading}
      {editing && (
        <button type="button" className="small" onClick={() => editTimelineItem(editing, project, located.item.id)}>
          {t('editing.editButton')}
        </button>
      )}
      <p className="tl-badges">
        <span className="tl-badge">{kind}</span>
        {status && <span className={`status status-${status}`}>{t(`status.${status as 'idea'}`)}</span>}
      </p>
      <dl className="tl-fields">
        <Field label={t('details.dates', { zone: model.text.dates.primary === 'item' && zone ? zone : project.homeTimeZone })}>{when.text}</Field>
        {when.note && <Field label={t('timeZones.bothLabel')}>{when.note}</Field>}
        {located.type === 'event' && <EventFields event={located.item} project={project} />}
        {located.type !== 'event' && (
          <Field label={t('details.coproduction')}>
            <Bilingual primary={located.coproduction.title} local={located.coproduction.titleLocal} />
          </Field>
        )}
        {located.type === 'release' && (
          <Field label={t('details.channels')}>
            <Names list={pick(project.channels, [located.item.channelId])} />
          </Field>
        )}
        {located.type === 'release' && located.item.country && <Field label={t('details.place')}>{model.text.country(located.item.country)}</Field>}
        {located.type !== 'release' && <DependencyFields project={project} id={located.item.id} />}
      </dl>
      {conflicts.length > 0 && (
        <section className="tl-details-conflicts" aria-label={t('conflicts.heading')}>
          {conflicts.map((conflict) => (
            <div key={conflict.id} className="tl-conflict-row">
              <span className="tl-conflict-icon" aria-hidden="true" />
              <span className="tl-conflict-text">{model.itemText.conflictReason(conflict)}</span>
              <button type="button" className="quiet small" onClick={() => onAcknowledge(conflict)}>
                {t('conflicts.acknowledge')}
              </button>
            </div>
          ))}
        </section>
      )}
    </div>
  )
}

/** The selected item's details, read-only: every field in both languages, dates at home and abroad, conflicts. */
export function DetailsPanel({ ids, onClose, onAcknowledge }: DetailsPanelProps) {
  const { t } = useTranslation()
  const model = useModel()
  const located = ids.map((id) => findItem(model.content, id)).filter((x): x is LocatedItem => x !== undefined)
  return (
    <section className="tl-panel tl-details" aria-labelledby="tl-details-heading">
      <header className="tl-panel-header">
        <h2 id="tl-details-heading">{located.length > 1 ? t('details.many', { count: located.length }) : t('details.heading')}</h2>
        <button type="button" className="quiet small" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </header>
      <div className="tl-panel-body">
        {located.length === 1 && <ItemDetails located={located[0]!} onAcknowledge={onAcknowledge} />}
        {located.length > 1 && (
          <ul className="tl-many">
            {located.map((entry) => (
              <li key={entry.item.id} dir="auto">
                {model.itemText.labelOf(entry)} <span className="muted">{itemDates(entry, model.text).text}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
