import { useTranslation } from 'react-i18next'

/** A section heading with how many items it holds, read out as "Events, 15 events". */
export function SectionHeading({ id, section, count }: { id: string; section: 'events' | 'partners' | 'coproductions'; count: number }) {
  const { t } = useTranslation()
  return (
    <h2 id={id} className="section-heading">
      {t(`${section}.heading`)}{' '}
      <span className="count">
        <span aria-hidden="true">{count}</span>
        <span className="sr-only">{t(`${section}.count`, { count })}</span>
      </span>
    </h2>
  )
}
