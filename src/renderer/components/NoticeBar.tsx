import { useTranslation } from 'react-i18next'

/** A non-blocking notice that the open file was changed on disk by someone else. */
export function NoticeBar({ name, onDismiss }: { name: string; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice-bar" role="status">
      <span className="notice-icon" aria-hidden="true">
        !
      </span>
      <p>{t('notice.changedOnDisk', { name })}</p>
      <button type="button" className="quiet" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
