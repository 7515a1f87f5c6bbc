import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { hasUnsavedChanges } from '../app/document'
import { useWorkspace } from '../app/store'

/** The bottom line: saved or not, where the file is, and the last thing that happened. */
export function StatusBar() {
  const { t } = useTranslation()
  const state = useWorkspace(useShallow((s) => ({ doc: s.doc !== null, status: s.status })))
  const file = useWorkspace((s) => s.doc?.file)
  const dirty = useWorkspace(hasUnsavedChanges)
  return (
    <footer className="status-bar" aria-label={t('statusBar.label')}>
      {state.doc && (
        <span className={dirty ? 'save-state dirty' : 'save-state'}>
          <span className="save-dot" aria-hidden="true" />
          {dirty ? t('statusBar.unsaved') : t('statusBar.allSaved')}
        </span>
      )}
      {state.doc && (
        <span className={file ? 'status-path' : 'status-path no-file'} dir="auto" title={file?.path}>
          {file ? file.path : t('plan.notSavedYet')}
        </span>
      )}
      <span className="status-message" role="status">
        {state.status ? t(`statusBar.${state.status.key}`, { name: state.status.name }) : ''}
      </span>
    </footer>
  )
}
