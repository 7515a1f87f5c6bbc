import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenFailure } from '../app/document'
import { IssueList } from './IssueList'
import './openError.css'

interface OpenErrorViewProps {
  failure: OpenFailure
  onOpenAnother: () => void
  onNewPlan: () => void
  /** Title of the plan still open behind this view, to go back to it. */
  backTo?: string | undefined
  onBack: () => void
}

/** Why a file could not be opened, every problem with its place; the app keeps running. */
export function OpenErrorView({ failure, onOpenAnother, onNewPlan, backTo, onBack }: OpenErrorViewProps) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [failure])

  return (
    <section className="open-error" aria-labelledby="open-error-heading">
      <h1 id="open-error-heading" ref={heading} tabIndex={-1}>
        {t('openError.heading')}
      </h1>
      {failure.name && (
        <p className="open-error-file">
          <strong dir="auto">{failure.name}</strong>
          {failure.path && (
            <span className="open-error-path" dir="auto">
              {failure.path}
            </span>
          )}
        </p>
      )}
      <p>
        {t('openError.intro', { name: failure.name || failure.path })}{' '}
        <span className="muted">({t('openError.issueCount', { count: failure.errors.length })})</span>
      </p>
      <IssueList issues={failure.errors} />
      <p className="muted">{t('openError.advice')}</p>
      <div className="button-row">
        {backTo !== undefined && (
          <button type="button" className="primary" onClick={onBack}>
            {t('openError.back', { title: backTo })}
          </button>
        )}
        <button type="button" className={backTo === undefined ? 'primary' : undefined} onClick={onOpenAnother}>
          {t('openError.openAnother')}
        </button>
        <button type="button" onClick={onNewPlan}>
          {t('openError.newPlan')}
        </button>
      </div>
    </section>
  )
}
