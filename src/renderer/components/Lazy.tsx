// Parts of the window that the timeline's first paint does not need (the coverage screen, the print
// preview, the guide, the calendar popup, dialogs) are fetched when first shown, so the window starts
// on a smaller script. Where a part is used, its stylesheets stay imported statically: the cascade
// keeps its order (theme/print.css last) and nothing reflows when the part arrives. A part that
// cannot be fetched (a damaged install) says so in words instead of leaving the window blank.
import { Component, lazy, Suspense, useEffect, useId, useState, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'

/** A component fetched on its first render; `load` resolves to the component (a module's named export). */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }))
}

/** "Loading…", only when fetching takes long enough to be noticed, so a quick load shows nothing. */
function SlowLoading() {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 400)
    return () => clearTimeout(timer)
  }, [])
  return slow ? <p className="loading">{t('loadingPart')}</p> : null
}

function PartFailed({ asDialog, onClose }: { asDialog: boolean; onClose?: (() => void) | undefined }) {
  const { t } = useTranslation()
  const heading = useId()
  const text = (
    <>
      <h2 id={heading} className="dialog-title">
        {t('partFailed.title')}
      </h2>
      <p>{t('partFailed.body')}</p>
    </>
  )
  if (!asDialog)
    return (
      <div role="alert" className="part-failed" aria-labelledby={heading}>
        {text}
      </div>
    )
  const close = onClose ?? (() => undefined)
  return (
    <Dialog role="alertdialog" labelledBy={heading} onCancel={close} className="dialog-form">
      {text}
      <div className="dialog-buttons">
        <button type="button" onClick={close}>
          {t('partFailed.close')}
        </button>
      </div>
    </Dialog>
  )
}

interface BoundaryProps {
  asDialog: boolean
  onClose?: (() => void) | undefined
  children: ReactNode
}

class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? <PartFailed asDialog={this.props.asDialog} onClose={this.props.onClose} /> : this.props.children
  }
}

/** A screen fetched on demand: nothing while it loads quickly, "Loading…" when slow, words when it fails. */
export function LazyScreen({ children }: { children: ReactNode }) {
  return (
    <PartBoundary asDialog={false}>
      <Suspense fallback={<SlowLoading />}>{children}</Suspense>
    </PartBoundary>
  )
}

/** A dialog fetched on demand: it appears when loaded; a failure is a dialog of its own that `onClose` closes. */
export function LazyDialog({ onClose, children }: { onClose?: () => void; children: ReactNode }) {
  return (
    <PartBoundary asDialog onClose={onClose}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  )
}
