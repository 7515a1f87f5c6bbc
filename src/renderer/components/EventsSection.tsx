import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import type { PlanText } from '../usePlanText'
import { Bilingual } from './Bilingual'
import { SectionHeading } from './SectionHeading'

/** The plan's events in date order, as a table. */
export function EventsSection({ project, text }: { project: Project; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  const partnerNames = useMemo(() => new Map(project.partners.map((p) => [p.id, p.name])), [project.partners])
  const events = useMemo(() => {
    const key = (start: string, timeZone?: string) => `${text.dates.homeDay(start, timeZone) ?? start}|${start}`
    return [...project.events].sort((a, b) => key(a.start, a.timeZone).localeCompare(key(b.start, b.timeZone)))
  }, [project.events, text.dates])

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
            <tbody>
              {events.map((event) => {
                const when = text.dates.span(event.start, event.end, event.timeZone)
                const partners = event.partnerIds.map((id) => partnerNames.get(id) ?? id)
                return (
                  <tr key={event.id}>
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
