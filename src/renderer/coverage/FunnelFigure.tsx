import { useTranslation } from 'react-i18next'
import type { StatusFunnel } from '../../shared/coverage'
import { CountButton } from './CountButton'

/** idea → planned → confirmed → done as bars, cancelled apart. */
export function FunnelFigure({ funnel }: { funnel: StatusFunnel }) {
  const { t } = useTranslation()
  const stages = [...funnel.stages, { status: 'cancelled' as const, ids: funnel.cancelled }]
  const max = Math.max(1, ...stages.map((s) => s.ids.length))
  return (
    <section className="cv-card" aria-labelledby="cv-funnel-title">
      <h2 id="cv-funnel-title">{t('coverage.funnel.title')}</h2>
      <p className="cv-hint">{t('coverage.funnel.hint')}</p>
      <ol className="cv-bars">
        {stages.map(({ status, ids }) => {
          const label = t('coverage.funnel.stage', { status: t(`status.${status}`), count: ids.length })
          return (
            <li key={status} className={status === 'cancelled' ? 'is-apart' : undefined}>
              <CountButton ids={ids} origin={{ figure: 'status', status }} label={label} className="cv-bar">
                <span className="cv-bar-name">{t(`status.${status}`)}</span>
                <span className="cv-bar-track">
                  <span className="cv-bar-fill" data-status={status} style={{ inlineSize: `${(ids.length / max) * 100}%` }} />
                </span>
                <span className="cv-bar-count">{ids.length}</span>
              </CountButton>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
