import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaravanApi, RuntimeVersions } from '../../shared/ipc'
import { useWorkspace, useWorkspaceStore } from '../app/store'
import { appInfo } from '../guide/appInfo'
import { Dialog } from './Dialog'
import './about.css'

/** Help ▸ About Caravan: the name, this build's version, the runtime's versions where known, the licence. */
export function AboutDialog({ api }: { api: CaravanApi }) {
  const open = useWorkspace((s) => s.dialogs.about)
  const store = useWorkspaceStore()
  const { t } = useTranslation()
  const heading = useId()
  const close = useRef<HTMLButtonElement>(null)
  const [runtime, setRuntime] = useState<RuntimeVersions | null>(null)
  useEffect(() => {
    if (!open) return
    let live = true
    api.invoke('app:about', undefined).then(
      (versions) => live && setRuntime(versions),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [api, open])
  if (!open) return null
  const { closeDialogs } = store.getState()
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={closeDialogs} initialFocus={close} className="dialog-form about-dialog">
      <h2 id={heading} className="dialog-title">
        {t('about.heading')}
      </h2>
      <p className="about-name">
        {t('appName')} <span className="about-version">{t('about.version', { version: appInfo.version })}</span>
      </p>
      <p>{t('about.tagline')}</p>
      <ul className="about-runtime">
        {runtime?.electron && <li>{t('about.electron', { version: runtime.electron })}</li>}
        {runtime?.chrome && <li>{t('about.chrome', { version: runtime.chrome })}</li>}
        {runtime && <li>{t('about.node', { version: runtime.node })}</li>}
        {api.host === 'web' && <li>{t('about.browser')}</li>}
      </ul>
      <p className="about-licence">
        <strong>{t('about.licence')}</strong> {appInfo.license ?? t('about.licenceNone')}
      </p>
      <p className="field-hint">{t('about.format')}</p>
      <div className="dialog-buttons">
        <button ref={close} type="button" className="primary" onClick={closeDialogs}>
          {t('about.close')}
        </button>
      </div>
    </Dialog>
  )
}
