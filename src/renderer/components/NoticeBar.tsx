import { useTranslation } from 'react-i18next'

interface NoticeBarProps {
  name: string
  /** Whether this window has edits that are not saved. */
  dirty: boolean
  onReload: () => void
  onSaveCopy: () => void
  onDismiss: () => void
  /** Merge the file as changed on disk into the open plan (the merge view, with it as theirs). */
  onMerge?: () => void
}

/**
 * A non-blocking notice that the open file was changed on disk by someone else. With nothing
 * unsaved here: Reload. With unsaved edits: keep mine (the next save asks before overwriting),
 * merge theirs into mine (the merge view), save mine as a copy, or reload and lose mine.
 */
export function NoticeBar({ name, dirty, onReload, onSaveCopy, onDismiss, onMerge }: NoticeBarProps) {
  const { t } = useTranslation()
  return (
    <div className="notice-bar" role="status">
      <span className="notice-icon" aria-hidden="true">
        !
      </span>
      <p>{t(dirty ? 'notice.changedOnDiskDirty' : 'notice.changedOnDisk', { name })}</p>
      {dirty ? (
        <>
          <button type="button" className="quiet" onClick={onDismiss}>
            {t('notice.keepMine')}
          </button>
          {onMerge && (
            <button type="button" className="quiet" onClick={onMerge}>
              {t('notice.mergeTheirs')}
            </button>
          )}
          <button type="button" className="quiet" onClick={onSaveCopy}>
            {t('notice.saveCopy')}
          </button>
          <button type="button" className="quiet" onClick={onReload}>
            {t('notice.reloadLoseMine')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="quiet" onClick={onReload}>
            {t('notice.reload')}
          </button>
          <button type="button" className="quiet" onClick={onDismiss}>
            {t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  )
}
