import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Event, Project } from '../../shared/format'
import { projectSpans } from '../../shared/timeline'
import type { PlanText } from '../usePlanText'
import { Bilingual } from './Bilingual'
import { SectionHeading } from './SectionHeading'
import { SpacerRow } from './SpacerRow'
import { useSectionRows } from './useSectionRows'

/** The plan's events in date order, as a table whose rows on screen are rendered. */
export function EventsSection({ project, text }: { project: Project; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  const partnerNames = useMemo(() => new Map(project.partners.map((p) => [p.id, p.name])), [project.partners])
  const events = useMemo(() => {
    // The timeline's spans (home wall-clock minutes, memoized per document) order the events as
    // they stand on the axis, without converting 10,000 dates between zones again.
    const spans = projectSpans(project)
    const at = (e: Event) => spans.get(e.id)?.start ?? Number.POSITIVE_INFINITY
    return [...project.events].sort((a, b) => at(a) - at(b) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  }, [project])
  const { anchor, virtualizer, before, after } = useSectionRows<HTMLTableSectionElement>(events.length, 64)

  return (
    <section className="plan-section" aria-labelledby={heading}>
      <SectionHeading id={heading} section="events" count={events.length} />
      {events.length === 0 ? (
        <p className="empty-note">{t('events.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table events-table">
            <thead>
              <tr>
                <th scope="col">{t('events.title')}</th>
                <th scope="col">{t('events.kind')}</th>
                <th scope="col">{t('events.status')}</th>
                <th scope="col">{t('events.dates')}</th>
                <th scope="col">{t('events.place')}</th>
                <th scope="col">{t('events.partners')}</th>
              </tr>
            </thead>
            <tbody ref={anchor}>
              <SpacerRow height={before} columns={6} />
              {virtualizer.getVirtualItems().map(({ index }) => {
                const event = events[index]!
                const when = text.dates.span(event.start, event.end, event.timeZone)
                const partners = event.partnerIds.map((id) => partnerNames.get(id) ?? id)
                return (
                  <tr key={event.id} data-index={index} ref={virtualizer.measureElement}>
                    <th scope="row">
                      <Bilingual primary={event.title} local={event.titleLocal} />
                    </th>
                    <td>{t(`eventKind.${event.kind}`)}</td>
                    <td>
                      <span className={`status status-${event.status}`}>{t(`status.${event.status}`)}</span>
                    </td>
                    <td className="dates">
                      <span className="date-text">{when.text}</span>
                      {when.note && <span className="date-note">{when.note}</span>}
                    </td>
                    <td>{text.place(event.country, event.city)}</td>
                    <td>
                      {partners.length === 0 ? (
                        <span className="muted">{t('events.noPartners')}</span>
                      ) : (
                        <ul className="inline-list">
                          {partners.map((name, i) => (
                            <li key={`${i}-${name}`} dir="auto">
                              {name}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                )
              })}
              <SpacerRow height={after} columns={6} />
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
