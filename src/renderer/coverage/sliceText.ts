// A slice picked in the Coverage view, in words, for the notice over the filtered timeline.
import type { TFunction } from 'i18next'
import type { CoverageSlice } from '../../shared/coverage'
import type { Project } from '../../shared/format'
import type { PlanText } from '../usePlanText'
import { planNames } from './names'

/** "Q2 2027" / "2027年第2季度" from `2027-Q2`. */
export function quarterText(t: TFunction, quarter: string): string {
  return t('coverage.strategies.quarter', { year: quarter.slice(0, 4), q: quarter.slice(-1) })
}

/** What the slice holds, e.g. "Coverage: 3 items on Social media reaching Students & youth". */
export function sliceText(t: TFunction, text: PlanText, project: Project, origin: CoverageSlice, count: number): string {
  const name = planNames(project, text.language)
  switch (origin.figure) {
    case 'pair':
      return t('coverage.slice.pair', { count, channel: name(origin.channelId), audience: name(origin.audienceId) })
    case 'strategy':
      return origin.quarter
        ? t('coverage.slice.strategyQuarter', { count, strategy: name(origin.strategyId), quarter: quarterText(t, origin.quarter) })
        : t('coverage.slice.strategy', { count, strategy: name(origin.strategyId) })
    case 'country':
      return t('coverage.slice.country', { count, country: text.country(origin.country) })
    case 'partner':
      return t('coverage.slice.partner', { count, partner: name(origin.partnerId) })
    case 'partnerKind':
      return t('coverage.slice.partnerKind', { count, kind: t(`partnerKind.${origin.kind}`) })
    case 'budget':
      if (origin.country) return t('coverage.slice.budgetCountry', { count, currency: origin.currency, country: text.country(origin.country) })
      if (origin.strategyId) return t('coverage.slice.budgetStrategy', { count, currency: origin.currency, strategy: name(origin.strategyId) })
      return t('coverage.slice.budget', { count, currency: origin.currency })
    case 'status':
      return t('coverage.slice.status', { count, status: t(`status.${origin.status}`) })
  }
}
