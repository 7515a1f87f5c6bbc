import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { format, isToday } from 'date-fns'
import { currentDateLocale } from '../i18n'
import type { PendingPrompt } from '../usePrompt'
import type { Prompt, PromptAnswer } from '../app/fileFlows'
import { Dialog } from './Dialog'
import { IssueList } from './IssueList'

/** The question a file flow is waiting on: unsaved changes, a conflict on disk, or a failed save. */
export function PromptDialog({ prompt }: { prompt: PendingPrompt<Prompt, PromptAnswer> }) {
  const { t } = useTranslation()
  const heading = useId()
  const body = useId()
  const preferred = useRef<HTMLButtonElement>(null)
  const { question, answer } = prompt

  switch (question.kind) {
    case 'unsaved':
      return (
        <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={() => answer('cancel')} initialFocus={preferred}>
          <h2 id={heading} className="dialog-title">
            {t(`unsaved.question_${question.action}`, { title: question.title })}
          </h2>
          <p id={body}>{t('unsaved.body')}</p>
          <div className="dialog-buttons">
            <button ref={preferred} type="button" className="primary" onClick={() => answer('save')}>
              {t('unsaved.save')}
            </button>
            <button type="button" onClick={() => answer('discard')}>
              {t('unsaved.discard')}
            </button>
            <button type="button" onClick={() => answer('cancel')}>
              {t('unsaved.cancel')}
            </button>
          </div>
        </Dialog>
      )
    case 'conflict':
      return (
        <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={() => answer('cancel')} initialFocus={preferred}>
          <h2 id={heading} className="dialog-title">
            {t('conflict.heading')}
          </h2>
          <div id={body}>
            <p>{t('conflict.body', { name: question.name })}</p>
            <p className="muted">{t('conflict.advice')}</p>
          </div>
          <div className="dialog-buttons">
            <button ref={preferred} type="button" className="primary" onClick={() => answer('copy')}>
              {t('conflict.saveCopy')}
            </button>
            <button type="button" className="danger" onClick={() => answer('overwrite')}>
              {t('conflict.overwrite')}
            </button>
            <button type="button" onClick={() => answer('cancel')}>
              {t('conflict.cancel')}
            </button>
          </div>
        </Dialog>
      )
    case 'inUse': {
      const since = format(new Date(question.by.since), isToday(new Date(question.by.since)) ? 'p' : 'PPp', { locale: currentDateLocale() })
      return (
        <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={() => answer('cancel')} initialFocus={preferred}>
          <h2 id={heading} className="dialog-title">
            {t('inUse.heading', { name: question.name })}
          </h2>
          <p id={body}>{t('inUse.body', { user: question.by.user, host: question.by.host, since })}</p>
          <div className="dialog-buttons">
            <button ref={preferred} type="button" className="primary" onClick={() => answer('readOnly')}>
              {t('inUse.readOnly')}
            </button>
            <button type="button" onClick={() => answer('takeOver')}>
              {t('inUse.takeOver')}
            </button>
            <button type="button" onClick={() => answer('cancel')}>
              {t('inUse.cancel')}
            </button>
          </div>
        </Dialog>
      )
    }
    case 'saveFailed':
    case 'savedWithWarnings': {
      const words = question.kind === 'saveFailed' ? 'saveFailed' : 'savedWithWarnings'
      return (
        <Dialog role="alertdialog" labelledBy={heading} describedBy={body} onCancel={() => answer('ok')} initialFocus={preferred} className="dialog-wide">
          <h2 id={heading} className="dialog-title">
            {t(`${words}.heading`, { name: question.name })}
          </h2>
          <p id={body}>{t(`${words}.body`)}</p>
          <IssueList issues={question.errors} />
          <div className="dialog-buttons">
            <button ref={preferred} type="button" className="primary" onClick={() => answer('ok')}>
              {t(`${words}.ok`)}
            </button>
          </div>
        </Dialog>
      )
    }
  }
}
