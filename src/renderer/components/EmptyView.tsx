import { useTranslation } from 'react-i18next'
import './openError.css'

/** Shown when no plan is open: start one or open a file. */
export function EmptyView({ onNewPlan, onOpen }: { onNewPlan: () => void; onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="empty-view" aria-labelledby="empty-heading">
      <h1 id="empty-heading">{t('empty.heading')}</h1>
      <p className="muted">{t('empty.body')}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onNewPlan}>
          {t('commands.file.new')}
        </button>
        <button type="button" onClick={onOpen}>
          {t('commands.file.open')}
        </button>
      </div>
    </section>
  )
}
