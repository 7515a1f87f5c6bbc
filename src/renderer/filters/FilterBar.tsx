// The filter bar above the tables: search in both languages, facets, a date range, and how many
// events are shown. The timeline reads the same filter.
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { activeFacetCount, type EventFilter } from '../../shared/filters'
import { eventKinds, eventStatuses, type Project } from '../../shared/format'
import { countryOptions } from '../editors/countries'
import { DayField } from '../editors/DateField'
import { NOT_A_DATE } from '../editors/dateEntry'
import { FacetMenu, type FacetOption } from './FacetMenu'
import { useEventFilter } from './useEventFilter'
import './filters.css'

const named = (list: readonly { id: string; name: string; nameLocal?: string | undefined }[]): FacetOption[] =>
  list.map((e) => ({ value: e.id, label: e.name, detail: e.nameLocal }))

/** Search and facets for the events of `project`; `shown`/`total` say how many pass. */
export function FilterBar({ project, shown, total, searchLabel }: { project: Project; shown: number; total: number; searchLabel: string }) {
  const { t } = useTranslation()
  const ids = useId()
  const { filter, update, clear } = useEventFilter()
  const countries = useMemo(() => {
    const used = new Set(project.events.map((e) => e.country))
    return countryOptions()
      .filter((c) => used.has(c.value))
      .map((c) => ({ value: c.value, label: c.label, detail: c.detail }))
  }, [project.events])

  const facet = (key: keyof EventFilter, label: string, options: FacetOption[]) => (
    <FacetMenu label={label} options={options} selected={filter[key] as string[]} onChange={(values) => update({ [key]: values })} clearLabel={t('filters.clearFacet')} />
  )
  const active = activeFacetCount(filter)

  return (
    <div className="fl-bar" role="search" aria-label={t('filters.label')}>
      <input
        type="search"
        className="fl-search"
        aria-label={searchLabel}
        placeholder={searchLabel}
        value={filter.text}
        onChange={(e) => update({ text: e.target.value })}
      />
      <div className="fl-facets">
        {facet('statuses', t('filters.status'), eventStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })))}
        {facet('kinds', t('filters.kind'), eventKinds.map((k) => ({ value: k, label: t(`eventKind.${k}`) })))}
        {facet('countries', t('filters.country'), countries)}
        {facet('partnerIds', t('filters.partner'), named(project.partners))}
        {facet('channelIds', t('filters.channel'), named(project.channels))}
        {facet('audienceIds', t('filters.audience'), named(project.audiences))}
        {facet('strategyIds', t('filters.strategy'), named(project.strategies))}
        <label className="fl-date">
          <span>{t('filters.from')}</span>
          <DayField id={`${ids}-from`} field="from" aria-describedby={undefined} aria-invalid={undefined} value={filter.from} onChange={(from) => from !== NOT_A_DATE && update({ from })} />
        </label>
        <label className="fl-date">
          <span>{t('filters.to')}</span>
          <DayField id={`${ids}-to`} field="to" aria-describedby={undefined} aria-invalid={undefined} value={filter.to} onChange={(to) => to !== NOT_A_DATE && update({ to })} />
        </label>
        {active > 0 && (
          <button type="button" className="quiet small" onClick={clear}>
            {t('filters.clearAll')}
          </button>
        )}
      </div>
      <p className="fl-count" role="status">
        {active > 0 ? t('filters.showing', { shown, total }) : t('filters.all', { count: total })}
      </p>
    </div>
  )
}
