// The Coverage view: the plan against its communication strategy — channels × audiences,
// strategies per quarter, countries reached, partners, budget and statuses — for the items the
// window's filter shows. Every count clicks through to the timeline filtered to exactly its items.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { coverageOf } from '../../shared/coverage'
import { isEmptyFilter } from '../../shared/filters'
import type { Project } from '../../shared/format'
import { useWorkspace } from '../app/store'
import { usePlanText } from '../usePlanText'
import { BudgetFigure } from './BudgetFigure'
import { CountryFigure } from './CountryFigure'
import { FunnelFigure } from './FunnelFigure'
import { MatrixFigure } from './MatrixFigure'
import { PartnerFigure } from './PartnerFigure'
import { StrategyFigure } from './StrategyFigure'
import { planNames } from './names'
import './coverage.css'

export function CoverageScreen({ project }: { project: Project }) {
  const { t } = useTranslation()
  const text = usePlanText(project.homeTimeZone)
  const filter = useWorkspace((s) => s.filter)
  const clearFilter = useWorkspace((s) => s.clearFilter)
  // A slice picked here earlier is not part of what is counted: the view counts the filter's items.
  const counted = useMemo(() => ({ ...filter, items: null }), [filter])
  const coverage = useMemo(() => coverageOf(project, counted), [project, counted])
  const name = useMemo(() => planNames(project, text.language), [project, text.language])
  return (
    <div className="cv-screen" role="region" aria-label={t('coverage.region')}>
      <p className="cv-summary">
        <span>{t('coverage.counted', { count: coverage.items.length })}</span>
        {!isEmptyFilter(counted) && (
          <>
            <span className="cv-filtered">{t('coverage.filtered')}</span>
            <button type="button" className="quiet small" onClick={clearFilter}>
              {t('coverage.clearFilter')}
            </button>
          </>
        )}
        <span className="cv-legend" aria-hidden="true">
          {t('coverage.fewer')}
          {[1, 2, 3, 4, 5].map((shade) => (
            <span key={shade} className="cv-swatch" data-shade={shade} />
          ))}
          {t('coverage.more')}
        </span>
      </p>
      <div className="cv-grid">
        <MatrixFigure matrix={coverage.matrix} name={name} />
        <StrategyFigure figure={coverage.strategies} name={name} />
        <CountryFigure counts={coverage.countries} country={text.country} />
        <PartnerFigure groups={coverage.partnerKinds} name={name} />
        <div className="cv-stack">
          <FunnelFigure funnel={coverage.funnel} />
          <BudgetFigure figure={coverage.budget} name={name} country={text.country} />
        </div>
      </div>
    </div>
  )
}
