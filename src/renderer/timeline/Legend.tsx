import { useTranslation } from 'react-i18next'
import type { ColorBy } from '../../shared/timeline'
import { legendSwatches } from './colors'
import './legend.css'

/** What the colours and shapes mean, for the chosen colouring; `collapsed` keeps it to one line (the rest scrolls). */
export function Legend({ colorBy, collapsed, onCollapsed }: { colorBy: ColorBy; collapsed: boolean; onCollapsed: (collapsed: boolean) => void }) {
  const { t } = useTranslation()
  const { events, phases } = legendSwatches(colorBy)
  return (
    <div className={collapsed ? 'tl-legend is-one-line' : 'tl-legend'} role="group" aria-label={t('timeline.legend.label')}>
      <button
        type="button"
        className="tl-legend-toggle"
        aria-expanded={!collapsed}
        aria-label={t(collapsed ? 'timeline.legend.expand' : 'timeline.legend.collapse')}
        title={t(collapsed ? 'timeline.legend.expand' : 'timeline.legend.collapse')}
        onClick={() => onCollapsed(!collapsed)}
      >
        <span className="tl-chevron" aria-hidden="true" />
      </button>
      <div className="tl-legend-lists">
      <ul className="tl-legend-list">
        {events.map((swatch) => (
          <li key={swatch.color}>
            <span className="tl-swatch" data-color={swatch.color} aria-hidden="true" />
            {t(swatch.label)}
          </li>
        ))}
      </ul>
      {phases.length > 0 && (
        <ul className="tl-legend-list">
          {phases.map((swatch) => (
            <li key={swatch.color}>
              <span className={swatch.color === 'release' ? 'tl-swatch is-diamond' : 'tl-swatch'} data-color={swatch.color} aria-hidden="true" />
              {t(swatch.label)}
            </li>
          ))}
        </ul>
      )}
      <ul className="tl-legend-list tl-legend-shapes">
        <li>
          <span className="tl-swatch is-idea" aria-hidden="true" />
          {t('timeline.legend.idea')}
        </li>
        <li>
          <span className="tl-swatch-text is-cancelled" aria-hidden="true">
            {t('timeline.legend.cancelledSample')}
          </span>
          {t('timeline.legend.cancelled')}
        </li>
        <li>
          <span className="tl-swatch is-diamond" aria-hidden="true" />
          {t('timeline.legend.milestone')}
        </li>
        <li>
          <span className="tl-legend-arrow" aria-hidden="true" />
          {t('timeline.legend.dependency')}
        </li>
        <li>
          <span className="tl-legend-count" aria-hidden="true">
            {3}
          </span>
          {t('timeline.legend.moreArrows')}
        </li>
        <li>
          <span className="tl-conflict-icon" aria-hidden="true" />
          {t('timeline.legend.conflict')}
        </li>
      </ul>
      </div>
    </div>
  )
}
