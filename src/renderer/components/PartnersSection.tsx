import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import type { PlanText } from '../usePlanText'
import { Bilingual } from './Bilingual'
import { SectionHeading } from './SectionHeading'
import { SpacerRow } from './SpacerRow'
import { useSectionRows } from './useSectionRows'

/** The organisations the plan works with. */
export function PartnersSection({ project, text }: { project: Project; text: PlanText }) {
  const { t } = useTranslation()
  const heading = useId()
  const { anchor, virtualizer, before, after } = useSectionRows<HTMLTableSectionElement>(project.partners.length, 56)
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
            <tbody ref={anchor}>
              <SpacerRow height={before} columns={3} />
              {virtualizer.getVirtualItems().map(({ index }) => {
                const partner = project.partners[index]!
                return (
                <tr key={partner.id} data-index={index} ref={virtualizer.measureElement}>
                  <th scope="row">
                    <Bilingual primary={partner.name} local={partner.nameLocal} />
                  </th>
                  <td>{t(`partnerKind.${partner.kind}`)}</td>
                  <td>{text.place(partner.country, partner.city)}</td>
                </tr>
                )
              })}
              <SpacerRow height={after} columns={3} />
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
