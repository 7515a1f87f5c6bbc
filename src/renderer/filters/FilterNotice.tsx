// Above the timeline while the tables' filter hides events: how many are shown, and a way back.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { isEmptyFilter } from '../../shared/filters'
import type { Project } from '../../shared/format'
import { useEventFilter, useFilteredEvents } from './useEventFilter'
import './filters.css'

export function FilterNotice({ project }: { project: Project }) {
  const { t } = useTranslation()
  const { filter, clear } = useEventFilter()
  const shown = useFilteredEvents(project)
  const active = useMemo(() => !isEmptyFilter(filter), [filter])
  if (!active) return null
  return (
    <div className="fl-notice" role="status">
      <span>{t('filters.timelineNotice', { shown: shown.length, total: project.events.length })}</span>
      <button type="button" className="quiet small" onClick={clear}>
        {t('filters.clearAll')}
      </button>
    </div>
  )
}
