import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import type { PlanText } from '../usePlanText'
import { Bilingual } from './Bilingual'
import { SectionHeading } from './SectionHeading'

/** The organisations the plan works with. */
export function PartnersSection({ project, text }: { project: Project; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  return (
    <section className="plan-section" aria-labelledby={heading}>
      <SectionHeading id={heading} section="partners" count={project.partners.length} />
      {project.partners.length === 0 ? (
        <p className="empty-note">{t('partners.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table partners-table">
            <thead>
              <tr>
                <th scope="col">{t('partners.name')}</th>
                <th scope="col">{t('partners.kind')}</th>
                <th scope="col">{t('partners.country')}</th>
              </tr>
            </thead>
            <tbody>
              {project.partners.map((partner) => (
                <tr key={partner.id}>
                  <th scope="row">
                    <Bilingual primary={partner.name} local={partner.nameLocal} />
                  </th>
                  <td>{t(`partnerKind.${partner.kind}`)}</td>
                  <td>{text.place(partner.country, partner.city)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
