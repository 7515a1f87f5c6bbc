import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Coproduction, Project } from '../../shared/format'
import type { PlanText } from '../usePlanText'
import { Bilingual } from './Bilingual'
import { SectionHeading } from './SectionHeading'
import { useSectionRows } from './useSectionRows'

interface Names {
  partners: Map<string, string>
  channels: Map<string, string>
}

function CoproductionCard({ coproduction, names, text }: { coproduction: Coproduction; names: Names; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  const partners = coproduction.partnerIds.map((id) => names.partners.get(id) ?? id)
  return (
    <article className="card coproduction" aria-labelledby={heading}>
      <header className="card-header">
        <h3 id={heading} className="card-title">
          <Bilingual primary={coproduction.title} local={coproduction.titleLocal} />
        </h3>
        <p className="card-meta">
          <span className="tag">{t(`coproductionFormat.${coproduction.format}`)}</span>
          <span className={`status status-${coproduction.status}`}>{t(`status.${coproduction.status}`)}</span>
          {partners.length > 0 && (
            <span className="card-partners">
              <span className="sr-only">{t('coproductions.partners')}: </span>
              {partners.join(' · ')}
            </span>
          )}
        </p>
      </header>
      <div className="card-columns">
        <div>
          <h4 className="subheading">{t('coproductions.phases')}</h4>
          {coproduction.phases.length === 0 ? (
            <p className="empty-note">{t('coproductions.noPhases')}</p>
          ) : (
            <ol className="phase-list">
              {coproduction.phases.map((phase) => (
                <li key={phase.id}>
                  <span className="phase-name" dir="auto">
                    {phase.title ?? t(`phaseKind.${phase.kind}`)}
                  </span>
                  <span className="phase-dates">{text.dates.span(phase.start, phase.end).text}</span>
                  <span className={`status status-${phase.status}`}>{t(`status.${phase.status}`)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h4 className="subheading">{t('coproductions.releases')}</h4>
          {coproduction.releases.length === 0 ? (
            <p className="empty-note">{t('coproductions.noReleases')}</p>
          ) : (
            <ul className="release-list">
              {coproduction.releases.map((release) => {
                const when = text.dates.moment(release.start, release.timeZone)
                const channel = names.channels.get(release.channelId) ?? release.channelId
                return (
                  <li key={release.id}>
                    <span className="release-title" dir="auto">
                      {release.title ?? t('coproductions.untitledRelease')}
                    </span>
                    <span className="release-where">
                      {release.country ? t('coproductions.releaseOn', { channel, country: text.country(release.country) }) : channel}
                    </span>
                    <span className="release-when">
                      <span className="date-text">{when.text}</span>
                      {when.note && <span className="date-note">{when.note}</span>}
                    </span>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      </div>
    </article>
  )
}

/** Programmes made with media partners: their phases and releases. */
export function CoproductionsSection({ project, text }: { project: Project; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  const names = useMemo<Names>(
    () => ({
      partners: new Map(project.partners.map((p) => [p.id, p.name])),
      channels: new Map(project.channels.map((c) => [c.id, c.name])),
    }),
    [project.partners, project.channels],
  )
  const { anchor, virtualizer, before, after } = useSectionRows<HTMLDivElement>(project.coproductions.length, 220)
  return (
    <section className="plan-section" aria-labelledby={heading}>
      <SectionHeading id={heading} section="coproductions" count={project.coproductions.length} />
      {project.coproductions.length === 0 ? (
        <p className="empty-note">{t('coproductions.empty')}</p>
      ) : (
        <div className="card-list" ref={anchor} style={{ paddingBlock: `${before}px ${after}px` }}>
          {virtualizer.getVirtualItems().map(({ index }) => {
            const coproduction = project.coproductions[index]!
            return (
              <div key={coproduction.id} data-index={index} ref={virtualizer.measureElement} className="card-slot">
                <CoproductionCard coproduction={coproduction} names={names} text={text} />
              </div>
            )
          })}
        </div>
      )}
    </section>
  )
}
