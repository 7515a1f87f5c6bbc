import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { formatDate, planExtent } from '../../shared/timeline'
import type { FileInfo } from '../../shared/ipc'
import { PlanView } from '../components/PlanView'
import { usePlanText } from '../usePlanText'
import { useWorkspace, type Screen } from '../app/store'
import { Timeline, type TimelineHandle } from './Timeline'
import { isTableView, TablesScreen } from '../tables/TablesScreen'
import { FilterNotice } from '../filters/FilterNotice'
import { LazyScreen, lazyPart } from '../components/Lazy'
// The coverage screen (its world map carries d3-geo and the atlas) is fetched when first shown.
import '../coverage/countryMap.css'
import '../coverage/coverage.css'
import './planScreen.css'

const CoverageScreen = lazyPart(() => import('../coverage/CoverageScreen').then((m) => m.CoverageScreen))

/** Which view of the plan fills the window. */
export type PlanScreenView = Screen

interface PlanScreenProps {
  project: Project
  file: FileInfo | null
  migratedFrom?: number | undefined
  timelineRef: RefObject<TimelineHandle | null>
}

function ViewSwitch() {
  const { t } = useTranslation()
  const view = useWorkspace((s) => s.screen)
  const onView = useWorkspace((s) => s.setScreen)
  return (
    <div className="view-switch" role="group" aria-label={t('planScreen.view')}>
      {(['timeline', 'events', 'partners', 'venues', 'coproductions', 'list', 'coverage'] as const).map((option) => (
        <button key={option} type="button" aria-pressed={view === option} onClick={() => onView(option)}>
          {isTableView(option) ? t(`views.${option}`) : t(`planScreen.${option}`)}
        </button>
      ))}
    </div>
  )
}

/** The open plan: a compact one-line header and the timeline, or the read-only lists. */
export function PlanScreen({ project, file, migratedFrom, timelineRef }: PlanScreenProps) {
  const { t } = useTranslation()
  const view = useWorkspace((s) => s.screen)
  const text = usePlanText(project.homeTimeZone)
  if (view === 'list') {
    return (
      <div className="plan-list-screen">
        <div className="plan-list-switch">
          <ViewSwitch />
        </div>
        <PlanView project={project} file={file} migratedFrom={migratedFrom} />
      </div>
    )
  }
  const extent = planExtent(project)
  const span = extent && { start: formatDate(extent.start), end: formatDate(Math.max(extent.start, extent.end - 1)) }
  const offset = text.dates.offsetOf(project.homeTimeZone)
  return (
    <div className="plan-screen">
      <header className="plan-bar">
        <h1 id="plan-title" className="plan-bar-title">
          <span className="name-primary" dir="auto">
            {project.title}
          </span>
          {project.titleLocal && (
            <span className="plan-bar-local" dir="auto">
              {project.titleLocal}
            </span>
          )}
        </h1>
        <p className="plan-bar-meta">
          <span>{span ? text.dates.daySpanOf(span.start, span.end) : t('plan.noDates')}</span>
          <span title={t('plan.homeTimeZone')}>{offset ? t('plan.zoneWithOffset', { zone: project.homeTimeZone, offset }) : project.homeTimeZone}</span>
        </p>
        {migratedFrom !== undefined && <p className="plan-bar-note">{t('plan.migrated', { from: migratedFrom })}</p>}
        <ViewSwitch />
      </header>
      {view === 'coverage' ? (
        <LazyScreen>
          <CoverageScreen project={project} />
        </LazyScreen>
      ) : isTableView(view) ? (
        <>
          {view === 'events' && <FilterNotice project={project} sliceOnly />}
          <TablesScreen project={project} view={view} />
        </>
      ) : (
        <>
          <FilterNotice project={project} />
          <Timeline project={project} handleRef={timelineRef} />
        </>
      )}
    </div>
  )
}
