// Parts of the window that the timeline's first paint does not need (the coverage screen, the print
// preview, the guide, the calendar popup, dialogs) are fetched when first shown, so the window starts
// on a smaller script. Where a part is used, its stylesheets stay imported statically: the cascade
// keeps its order (theme/print.css last) and nothing reflows when the part arrives. A part that
// cannot be fetched (a damaged install) says so in words instead of leaving the window blank.
import { Component, lazy, Suspense, useEffect, useId, useState, type ComponentType, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'

/** A part's module could not be fetched (as opposed to a part that fails while it runs, a bug). */
class PartLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the window could not be fetched', { cause })
  }
}
const fetched = <T,>(load: () => Promise<T>) => () =>
  load().catch((error: unknown) => {
    throw new PartLoadError(error)
  })

/** A component fetched on its first render; `load` resolves to the component (a module's named export). */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const fetch = fetched(load)
  return lazy(async () => ({ default: await fetch() }))
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

/** What a part that could not be fetched shows: its title and what to do, inline or as a closable dialog. */
export function PartFailed({ asDialog, onClose }: { asDialog: boolean; onClose?: (() => void) | undefined }) {
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

/** Catches a part that could not be fetched; any other error goes on up, as it did before parts were fetched. */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined }
  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error }
  }
  override render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    if (!(error instanceof PartLoadError)) throw error
    return <PartFailed asDialog={this.props.asDialog} onClose={this.props.onClose} />
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

/** A module fetched once, on the first `load()` (a prefetch when a pointer or the focus comes near). */
export interface PartLoader<T> {
  loaded: () => T | undefined
  load: () => Promise<T>
}

export function partLoader<T>(load: () => Promise<T>): PartLoader<T> {
  const fetch = fetched(load)
  let value: T | undefined
  let pending: Promise<T> | undefined
  return {
    loaded: () => value,
    load: () =>
      (pending ??= fetch().then(
        (v) => (value = v),
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )),
  }
}

/**
 * The part once `wanted`: at once when it was fetched before, else when it arrives, rendered and its
 * effects run in one go (flushSync) so a control that takes the focus has it before the next key.
 */
export function useLoadedPart<T>(loader: PartLoader<T>, wanted: boolean): { part: T | undefined; failed: boolean } {
  const [part, setPart] = useState<T | undefined>(loader.loaded)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!wanted || part !== undefined) return
    let live = true
    loader.load().then(
      (value) => live && flushSync(() => setPart(() => value)),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [loader, wanted, part])
  return { part: part ?? (wanted ? loader.loaded() : undefined), failed }
}
