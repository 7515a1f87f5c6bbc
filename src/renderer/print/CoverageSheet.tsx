// The Coverage view on paper: page 1 the channels × audiences matrix and its gaps, page 2 the
// strategies per quarter, the statuses and the budget, page 3 the countries reached (map and list)
// and the partners. Counts are printed as numbers, so the shading is a help, never the only sign.
import { useTranslation } from 'react-i18next'
import type { Coverage } from '../../shared/coverage'
import { GapList } from '../coverage/GapList'
import { shadeOf } from '../coverage/names'
import { money } from '../coverage/BudgetFigure'
import { quarterText } from '../coverage/sliceText'
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '../coverage/worldShapes'
import type { CoveragePage } from './model'
import type { SheetContext } from './PageParts'
import './printCoverage.css'

type Name = (id: string) => string

function namesOf(context: SheetContext): Name {
  const names = new Map<string, string>()
  const { project } = context
  for (const list of [project.channels, project.audiences, project.strategies, project.partners])
    for (const e of list) {
      const n = context.nameIn(e.name, e.nameLocal)
      // Isolated, so an Arabic second name cannot pull the count after it to its side.
      names.set(e.id, `\u2068${n.secondary ? `${n.primary} · ${n.secondary}` : n.primary}\u2069`)
    }
  return (id) => names.get(id) ?? id
}

function MatrixPage({ coverage, context, name }: { coverage: Coverage; context: SheetContext; name: Name }) {
  const { t } = context
  const { matrix } = coverage
  const gaps = matrix.rows.flat().filter((c) => c.ids.length === 0)
  return (
    <section className="pc-section">
      <h3>{t('coverage.matrix.title')}</h3>
      <p className="pc-hint">{t('coverage.counted', { count: coverage.items.length })}</p>
      <table className="pc-table pc-matrix">
        <thead>
          <tr>
            <th>{t('coverage.matrix.corner')}</th>
            {matrix.audienceIds.map((id) => (
              <th key={id} dir="auto">
                {name(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={matrix.channelIds[r]}>
              <th dir="auto">{name(matrix.channelIds[r]!)}</th>
              {row.map((cell) => (
                <td key={cell.audienceId} className={cell.ids.length === 0 ? 'is-gap' : undefined} data-shade={shadeOf(cell.ids.length, matrix.max)}>
                  {cell.ids.length === 0 ? t('coverage.print.gapMark') : cell.ids.length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {t('coverage.matrix.gapsTitle')} ({gaps.length})
      </h3>
      <GapList gaps={gaps} name={name} listClass="pc-list pc-columns" hintClass="pc-hint" />
    </section>
  )
}

function StrategiesPage({ coverage, context, name }: { coverage: Coverage; context: SheetContext; name: Name }) {
  const { t } = context
  const { strategies, funnel, budget } = coverage
  const max = Math.max(0, ...strategies.rows.flatMap((r) => r.quarters.map((q) => q.length)))
  const { i18n } = useTranslation()
  const language = i18n.language
  return (
    <>
      <section className="pc-section">
        <h3>{t('coverage.strategies.title')}</h3>
        <table className="pc-table">
          <thead>
            <tr>
              <th>{t('coverage.strategies.strategy')}</th>
              {strategies.quarters.map((q) => (
                <th key={q}>{quarterText(t, q)}</th>
              ))}
              <th>{t('coverage.strategies.total')}</th>
            </tr>
          </thead>
          <tbody>
            {strategies.rows.map((row) => (
              <tr key={row.strategyId}>
                <th dir="auto">{name(row.strategyId)}</th>
                {row.quarters.map((ids, i) => (
                  <td key={strategies.quarters[i]} data-shade={shadeOf(ids.length, max)}>
                    {ids.length}
                  </td>
                ))}
                <td className="pc-total">{row.ids.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {strategies.rows
          .filter((r) => r.ids.length === 0)
          .map((r) => (
            <p key={r.strategyId} className="pc-callout">
              {t('coverage.strategies.unplanned', { strategy: name(r.strategyId) })}
            </p>
          ))}
      </section>
      <div className="pc-pair is-even">
        <section className="pc-section">
          <h3>{t('coverage.funnel.title')}</h3>
          <table className="pc-table pc-narrow">
            <tbody>
              {[...funnel.stages, { status: 'cancelled' as const, ids: funnel.cancelled }].map(({ status, ids }) => (
                <tr key={status}>
                  <th>{t(`status.${status}`)}</th>
                  <td className="pc-total">{ids.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="pc-section">
          <h3>{t('coverage.budget.title')}</h3>
          {budget.totals.length === 0 && <p className="pc-hint">{t('coverage.budget.none')}</p>}
          <ul className="pc-list">
            {budget.totals.map((l) => (
              <li key={l.currency}>
                <strong>{t('coverage.budget.total')}</strong> {money(language, l.amount, l.currency)}
              </li>
            ))}
            {budget.byCountry.map((l) => (
              <li key={`c${l.key}${l.currency}`}>
                {context.country(l.key)}: {money(language, l.amount, l.currency)}
              </li>
            ))}
            {budget.byStrategy.map((l) => (
              <li key={`s${l.key}${l.currency}`} dir="auto">
                {name(l.key)}: {money(language, l.amount, l.currency)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}

function ReachPage({ coverage, context, name }: { coverage: Coverage; context: SheetContext; name: Name }) {
  const { t } = context
  const byCode = new Map(coverage.countries.map((c) => [c.country, c.ids.length]))
  const max = Math.max(0, ...byCode.values())
  const idle = coverage.partnerKinds.flatMap((g) => g.partners.filter((p) => p.ids.length === 0))
  return (
    <>
      <section className="pc-section">
        <h3>{t('coverage.countries.title')}</h3>
        <div className="pc-pair">
          <svg className="pc-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-hidden="true">
            {worldShapes().map((shape, i) => (
              <path key={i} d={shape.d} className="pc-land" data-shade={shadeOf(byCode.get(shape.code) ?? 0, max)} />
            ))}
          </svg>
          <ul className="pc-list">
            {coverage.countries.map((c) => (
              <li key={c.country}>
                {context.country(c.country)}: {c.ids.length}
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section className="pc-section">
        <h3>{t('coverage.partners.title')}</h3>
        <ul className="pc-list pc-columns">
          {coverage.partnerKinds.flatMap((g) => [
            <li key={g.kind} className="pc-kind">
              {t('coverage.partners.kind', { kind: t(`partnerKind.${g.kind}`), count: g.ids.length })}
            </li>,
            ...g.partners
              .filter((p) => p.ids.length > 0)
              .map((p) => (
                <li key={p.partnerId} dir="auto">
                  {t('coverage.partners.partner', { partner: name(p.partnerId), count: p.ids.length })}
                </li>
              )),
          ])}
        </ul>
        {idle.length > 0 && (
          <p className="pc-callout">
            {t('coverage.partners.unplannedTitle')}: {idle.map((p) => name(p.partnerId)).join(', ')}
          </p>
        )}
      </section>
    </>
  )
}

/** One printed page of the Coverage layout. */
export function CoverageSheet({ coverage, page, context }: { coverage: Coverage; page: CoveragePage; context: SheetContext }) {
  const name = namesOf(context)
  return (
    <div className="pc-sheet">
      {page === 'matrix' && <MatrixPage coverage={coverage} context={context} name={name} />}
      {page === 'strategies' && <StrategiesPage coverage={coverage} context={context} name={name} />}
      {page === 'reach' && <ReachPage coverage={coverage} context={context} name={name} />}
    </div>
  )
}
