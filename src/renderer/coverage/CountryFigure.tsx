import type { KeyboardEvent } from 'react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountryCount } from '../../shared/coverage'
import { CountButton } from './CountButton'
import { shadeOf } from './names'
import { useShowSlice } from './useSlice'
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from './worldShapes'
import './countryMap.css'

/** The countries reached: an offline world map shaded by count, and the list beside it. */
export function CountryFigure({ counts, country }: { counts: readonly CountryCount[]; country: (code: string) => string }) {
  const { t } = useTranslation()
  const show = useShowSlice()
  const byCode = useMemo(() => new Map(counts.map((c) => [c.country, c])), [counts])
  const max = Math.max(0, ...counts.map((c) => c.ids.length))
  const label = (c: CountryCount) => t('coverage.countries.country', { country: country(c.country), count: c.ids.length })
  const onKey = (event: KeyboardEvent, c: CountryCount) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    show(c.ids, { figure: 'country', country: c.country })
  }
  return (
    <section className="cv-card cv-wide" aria-labelledby="cv-countries-title">
      <h2 id="cv-countries-title">{t('coverage.countries.title')}</h2>
      <p className="cv-hint">{t('coverage.countries.hint')}</p>
      <div className="cv-countries">
        <svg className="cv-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={t('coverage.countries.map')}>
          {worldShapes().map((shape, i) => {
            const reached = shape.code ? byCode.get(shape.code) : undefined
            if (!reached) return <path key={i} d={shape.d} className="cv-land" aria-hidden="true" />
            return (
              <path
                key={i}
                d={shape.d}
                className="cv-land is-reached"
                data-shade={shadeOf(reached.ids.length, max)}
                role="button"
                tabIndex={0}
                aria-label={label(reached)}
                onClick={() => show(reached.ids, { figure: 'country', country: reached.country })}
                onKeyDown={(e) => onKey(e, reached)}
              >
                <title>{label(reached)}</title>
              </path>
            )
          })}
        </svg>
        {counts.length === 0 ? (
          <p className="cv-hint">{t('coverage.countries.none')}</p>
        ) : (
          <ul className="cv-bars cv-country-list">
            {counts.map((c) => (
              <li key={c.country}>
                <CountButton ids={c.ids} origin={{ figure: 'country', country: c.country }} label={label(c)} className="cv-bar">
                  <span className="cv-swatch" data-shade={shadeOf(c.ids.length, max)} aria-hidden="true" />
                  <span className="cv-bar-name">{country(c.country)}</span>
                  <span className="cv-bar-count">{c.ids.length}</span>
                </CountButton>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
