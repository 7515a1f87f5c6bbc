// Above the timeline while the tables' filter hides events: how many are shown, and a way back.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmptyFilter } from '../../shared/filters'
import type { Project } from '../../shared/format'
import { useEventFilter, useFilteredEvents } from './useEventFilter'
import { sliceText } from '../coverage/sliceText'
import { useBackToCoverage } from '../coverage/useSlice'
import { usePlanText } from '../usePlanText'
import './filters.css'

/** `sliceOnly`: only a Coverage slice is announced (the tables say the rest in their own filter bar). */
export function FilterNotice({ project, sliceOnly = false }: { project: Project; sliceOnly?: boolean }) {
  const { t } = useTranslation()
  const { filter, clear } = useEventFilter()
  const shown = useFilteredEvents(project)
  const active = useMemo(() => !isEmptyFilter(filter), [filter])
  const text = usePlanText(project.homeTimeZone)
  const back = useBackToCoverage()
  if (!active || (sliceOnly && !filter.items)) return null
  // A slice from the Coverage view says which figure it came from, and leads back there.
  if (filter.items)
    return (
      <div className="fl-notice" role="status">
        <span>{sliceText(t, text, project, filter.items.origin, filter.items.ids.length)}</span>
        <button type="button" className="quiet small" onClick={back}>
          {t('coverage.slice.back')}
        </button>
        <button type="button" className="quiet small" onClick={clear}>
          {t('filters.clearAll')}
        </button>
      </div>
    )
  return (
    <div className="fl-notice" role="status">
      <span>{t('filters.timelineNotice', { shown: shown.length, total: project.events.length })}</span>
      <button type="button" className="quiet small" onClick={clear}>
        {t('filters.clearAll')}
      </button>
    </div>
  )
}
