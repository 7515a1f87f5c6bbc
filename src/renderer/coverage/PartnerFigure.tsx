import { useTranslation } from 'react-i18next'
import type { PartnerKindGroup } from '../../shared/coverage'
import { CountButton } from './CountButton'

/** Partners by kind: items per partner as bars, and the partners with nothing planned. */
export function PartnerFigure({ groups, name }: { groups: readonly PartnerKindGroup[]; name: (id: string) => string }) {
  const { t } = useTranslation()
  const max = Math.max(1, ...groups.flatMap((g) => g.partners.map((p) => p.ids.length)))
  const idle = groups.flatMap((g) => g.partners.filter((p) => p.ids.length === 0))
  return (
    <section className="cv-card" aria-labelledby="cv-partners-title">
      <h2 id="cv-partners-title">{t('coverage.partners.title')}</h2>
      <p className="cv-hint">{t('coverage.partners.hint')}</p>
      {groups.length === 0 && <p className="cv-hint">{t('coverage.partners.none')}</p>}
      {groups.map((group) => {
        const kind = t(`partnerKind.${group.kind}`)
        return (
          <div key={group.kind} className="cv-group">
            <h3>
              <CountButton ids={group.ids} origin={{ figure: 'partnerKind', kind: group.kind }} label={t('coverage.partners.kind', { kind, count: group.ids.length })} className="cv-heading-count">
                {kind} <span className="cv-badge">{group.ids.length}</span>
              </CountButton>
            </h3>
            <ul className="cv-bars">
              {group.partners
                .filter((p) => p.ids.length > 0)
                .map((p) => (
                  <li key={p.partnerId}>
                    <CountButton ids={p.ids} origin={{ figure: 'partner', partnerId: p.partnerId }} label={t('coverage.partners.partner', { partner: name(p.partnerId), count: p.ids.length })} className="cv-bar">
                      <span className="cv-bar-name" dir="auto">
                        {name(p.partnerId)}
                      </span>
                      <span className="cv-bar-track">
                        <span className="cv-bar-fill" style={{ inlineSize: `${(p.ids.length / max) * 100}%` }} />
                      </span>
                      <span className="cv-bar-count">{p.ids.length}</span>
                    </CountButton>
                  </li>
                ))}
            </ul>
          </div>
        )
      })}
      {groups.length > 0 && (
        <div className="cv-group">
          <h3>{t('coverage.partners.unplannedTitle')}</h3>
          {idle.length === 0 ? (
            <p className="cv-hint">{t('coverage.partners.allPlanned')}</p>
          ) : (
            <ul className="cv-callouts is-warning">
              {idle.map((p) => (
                <li key={p.partnerId} dir="auto">
                  {name(p.partnerId)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
