import { useTranslation } from 'react-i18next'
import type { StrategyFigure as Figure } from '../../shared/coverage'
import { CountButton } from './CountButton'
import { shadeOf } from './names'
import { quarterText } from './sliceText'

/** Items per strategy per quarter; a strategy with nothing planned is called out. */
export function StrategyFigure({ figure, name }: { figure: Figure; name: (id: string) => string }) {
  const { t } = useTranslation()
  const max = Math.max(0, ...figure.rows.flatMap((r) => r.quarters.map((ids) => ids.length)))
  const unplanned = figure.rows.filter((r) => r.ids.length === 0)
  return (
    <section className="cv-card cv-wide" aria-labelledby="cv-strategies-title">
      <h2 id="cv-strategies-title">{t('coverage.strategies.title')}</h2>
      <p className="cv-hint">{t('coverage.strategies.hint')}</p>
      {figure.rows.length === 0 ? (
        <p className="cv-hint">{t('coverage.strategies.none')}</p>
      ) : (
        <div className="cv-scroll">
          <table className="cv-strategies">
            <thead>
              <tr>
                <th scope="col">{t('coverage.strategies.strategy')}</th>
                {figure.quarters.map((q) => (
                  <th key={q} scope="col">
                    {quarterText(t, q)}
                  </th>
                ))}
                <th scope="col">{t('coverage.strategies.total')}</th>
              </tr>
            </thead>
            <tbody>
              {figure.rows.map((row) => {
                const strategy = name(row.strategyId)
                return (
                  <tr key={row.strategyId} className={row.ids.length === 0 ? 'is-unplanned' : undefined}>
                    <th scope="row" dir="auto">
                      {strategy}
                    </th>
                    {row.quarters.map((ids, i) => {
                      const quarter = figure.quarters[i]!
                      return (
                        <td key={quarter}>
                          <CountButton
                            ids={ids}
                            origin={{ figure: 'strategy', strategyId: row.strategyId, quarter }}
                            label={t('coverage.strategies.cell', { strategy, quarter: quarterText(t, quarter), count: ids.length })}
                            shade={shadeOf(ids.length, max)}
                            className="cv-cell"
                          />
                        </td>
                      )
                    })}
                    <td>
                      <CountButton ids={row.ids} origin={{ figure: 'strategy', strategyId: row.strategyId }} label={t('coverage.strategies.totalCell', { strategy, count: row.ids.length })} className="cv-cell cv-total" />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {unplanned.length > 0 && (
        <ul className="cv-callouts is-warning">
          {unplanned.map((row) => (
            <li key={row.strategyId}>{t('coverage.strategies.unplanned', { strategy: name(row.strategyId) })}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
