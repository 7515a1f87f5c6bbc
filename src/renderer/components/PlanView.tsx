import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import type { FileInfo } from '../../shared/ipc'
import { formatDate, planExtent } from '../../shared/timeline'
import { usePlanText } from '../usePlanText'
import { CoproductionsSection } from './CoproductionsSection'
import { EventsSection } from './EventsSection'
import { PartnersSection } from './PartnersSection'
import './plan.css'

interface PlanViewProps {
  project: Project
  file: FileInfo | null
  migratedFrom?: number | undefined
}

/** The open plan, read-only: its header, then events, partners and co-productions. */
export function PlanView({ project, file, migratedFrom }: PlanViewProps) {
  const { t } = useTranslation()
  const text = usePlanText(project.homeTimeZone)
  // The timeline's spans are memoized per document: the header does not convert every date again.
  const extent = planExtent(project)
  const span = extent && { start: formatDate(extent.start), end: formatDate(Math.max(extent.start, extent.end - 1)) }
  const offset = text.dates.offsetOf(project.homeTimeZone)

  return (
    <article className="plan" aria-labelledby="plan-title">
      <header className="plan-header">
        <h1 id="plan-title" className="plan-title">
          <span className="name-primary" dir="auto">
            {project.title}
          </span>
          {project.titleLocal && (
            <span className="plan-title-local" dir="auto">
              {project.titleLocal}
            </span>
          )}
        </h1>
        <dl className="plan-meta">
          <div>
            <dt>{t('plan.dates')}</dt>
            <dd>{span ? text.dates.daySpanOf(span.start, span.end) : t('plan.noDates')}</dd>
          </div>
          <div>
            <dt>{t('plan.homeTimeZone')}</dt>
            <dd>{offset ? t('plan.zoneWithOffset', { zone: project.homeTimeZone, offset }) : project.homeTimeZone}</dd>
          </div>
          <div>
            <dt>{t('plan.file')}</dt>
            <dd title={file?.path}>{file ? file.name : t('plan.notSavedYet')}</dd>
          </div>
        </dl>
        {migratedFrom !== undefined && <p className="plan-note">{t('plan.migrated', { from: migratedFrom })}</p>}
      </header>
      <EventsSection project={project} text={text} />
      <PartnersSection project={project} text={text} />
      <CoproductionsSection project={project} text={text} />
    </article>
  )
}
