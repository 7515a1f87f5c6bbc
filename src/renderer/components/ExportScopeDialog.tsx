import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { filterEvents } from '../../shared/filters'
import { selectProject, useWorkspace, useWorkspaceStore } from '../app/store'
import type { FileFlows } from '../app/fileFlows'
import { Dialog } from './Dialog'

/** File ▸ Export while the filter is on: export what the filter shows, or the whole plan. */
export function ExportScopeDialog({ files }: { files: FileFlows }) {
  const exporting = useWorkspace((s) => s.dialogs.exporting)
  const project = useWorkspace(selectProject)
  const filter = useWorkspace((s) => s.filter)
  const store = useWorkspaceStore()
  const { t } = useTranslation()
  const heading = useId()
  const group = useId()
  const confirm = useRef<HTMLButtonElement>(null)
  const [scope, setScope] = useState<'filtered' | 'whole'>('filtered')
  if (!exporting || !project) return null
  const shown = filterEvents(project, filter).length
  const { closeDialogs } = store.getState()
  const run = () => {
    closeDialogs()
    void files.exportAs(exporting.format, undefined, exporting.what, scope)
  }
  const what = exporting.what && exporting.what !== 'events' ? t(`exportDialog.csvOf.${exporting.what}`) : t(`exportDialog.formats.${exporting.format}`)
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={closeDialogs} initialFocus={confirm} className="dialog-form export-scope-dialog">
      <h2 id={heading} className="dialog-title">
        {t('exportDialog.heading', { what })}
      </h2>
      <fieldset className="settings-choices">
        <legend>{t('exportDialog.scope')}</legend>
        <label className="settings-choice">
          <input type="radio" name={group} checked={scope === 'filtered'} onChange={() => setScope('filtered')} />
          {t('exportDialog.filtered', { count: shown })}
        </label>
        <label className="settings-choice">
          <input type="radio" name={group} checked={scope === 'whole'} onChange={() => setScope('whole')} />
          {t('exportDialog.whole', { count: project.events.length })}
        </label>
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" onClick={closeDialogs}>
          {t('exportDialog.cancel')}
        </button>
        <button ref={confirm} type="button" className="primary" onClick={run}>
          {t('exportDialog.confirm')}
        </button>
      </div>
    </Dialog>
  )
}
