import { useTranslation } from 'react-i18next'
import type { BudgetFigure as Figure, BudgetLine, CoverageSlice } from '../../shared/coverage'
import { CountButton } from './CountButton'

/** An amount in its own currency, formatted for the interface language (never converted). */
export function money(language: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`
  }
}

interface LinesProps {
  title: string
  lines: readonly BudgetLine[]
  nameOf: (line: BudgetLine) => string
  originOf: (line: BudgetLine) => CoverageSlice
}

function Lines({ title, lines, nameOf, originOf }: LinesProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className="cv-group">
      <h3>{title}</h3>
      <ul className="cv-lines">
        {lines.map((line) => {
          const amount = money(i18n.language, line.amount, line.currency)
          const name = nameOf(line)
          return (
            <li key={`${line.key}\u0000${line.currency}`}>
              <CountButton ids={line.ids} origin={originOf(line)} label={t('coverage.budget.line', { name, amount, count: line.ids.length })} className="cv-line">
                <span className="cv-line-name" dir="auto">
                  {name}
                </span>
                <span className="cv-line-amount">{amount}</span>
                <span className="cv-line-count">{t('coverage.items', { count: line.ids.length })}</span>
              </CountButton>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** Budget in total, by country and by strategy, per currency. */
export function BudgetFigure({ figure, name, country }: { figure: Figure; name: (id: string) => string; country: (code: string) => string }) {
  const { t, i18n } = useTranslation()
  const currencies = new Intl.DisplayNames([i18n.language], { type: 'currency', fallback: 'code' })
  return (
    <section className="cv-card" aria-labelledby="cv-budget-title">
      <h2 id="cv-budget-title">{t('coverage.budget.title')}</h2>
      <p className="cv-hint">{t('coverage.budget.hint')}</p>
      {figure.totals.length === 0 ? (
        <p className="cv-hint">{t('coverage.budget.none')}</p>
      ) : (
        <>
          <Lines title={t('coverage.budget.total')} lines={figure.totals} nameOf={(l) => currencies.of(l.currency) ?? l.currency} originOf={(l) => ({ figure: 'budget', currency: l.currency })} />
          <Lines title={t('coverage.budget.byCountry')} lines={figure.byCountry} nameOf={(l) => country(l.key)} originOf={(l) => ({ figure: 'budget', currency: l.currency, country: l.key })} />
          <Lines title={t('coverage.budget.byStrategy')} lines={figure.byStrategy} nameOf={(l) => name(l.key)} originOf={(l) => ({ figure: 'budget', currency: l.currency, strategyId: l.key })} />
        </>
      )}
    </section>
  )
}
