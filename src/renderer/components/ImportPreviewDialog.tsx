import { useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { importArgs, type ImportRow } from '../../shared/exchange/preview'
import { messageText, type Translate } from '../../locales/messages'
import { useWorkspace, useWorkspaceStore } from '../app/store'
import { remapped, showPreview } from '../app/exchangeFlows'
import { ImportProgress, MappingEditor, RangePicker } from './ImportSourceControls'
import { Dialog } from './Dialog'
import { IssueList } from './IssueList'
import './importPreview.css'

/** Rows shown in the table; the summary counts them all. */
const shownRows = 300

function RowLine({ row, words }: { row: ImportRow; words: Translate }) {
  const { t } = useTranslation()
  const e = row.event
  const p = row.partner
  const problems = [...row.errors, ...row.warnings].map((issue) => messageText(words, issue).replace(/^row \d+: /, ''))
  return (
    <tr className={`import-row is-${row.action}`}>
      <td>{row.row}</td>
      <td>{t(`importDialog.actions.${row.action}`)}</td>
      <td dir="auto">{e?.title ?? p?.name ?? row.title ?? ''}</td>
      <td>{e?.start.replace('T', ' ') ?? ''}</td>
      <td>{e?.end.replace('T', ' ') ?? ''}</td>
      <td>{e?.country ?? p?.country ?? ''}</td>
      <td dir="auto">{problems.join(' · ')}</td>
    </tr>
  )
}

/** File ▸ Import: what the file would add and update, row by row; nothing changes until Import is pressed. */
export function ImportPreviewDialog() {
  const importing = useWorkspace((s) => s.dialogs.importing)
  const store = useWorkspaceStore()
  const { t } = useTranslation()
  const heading = useId()
  const confirm = useRef<HTMLButtonElement>(null)
  const args = useMemo(() => (importing ? importArgs(importing.preview) : { events: [], partners: [], venues: [] }), [importing])
  if (!importing) return null
  const { preview, fileName, source, progress } = importing
  const words = t as unknown as Translate
  const count = (action: ImportRow['action']) => preview.rows.filter((r) => r.action === action).length
  const total = args.events.length + (preview.kind === 'partners' ? args.partners.length : 0)
  const { closeDialogs, dispatch } = store.getState()
  const apply = () => {
    closeDialogs()
    if (args.events.length + args.partners.length > 0) dispatch({ id: 'events.import', args })
  }
  const remap = (index: number, field: Parameters<typeof remapped>[2]) => source && void showPreview(store, fileName, source, { kind: preview.kind, mapping: remapped(preview.mapping, index, field) })
  const reading = progress !== undefined
  return (
    <Dialog role="dialog" labelledBy={heading} onCancel={closeDialogs} initialFocus={confirm} className="dialog-import">
      <h2 id={heading} className="dialog-title">
        {t('importDialog.heading', { name: fileName })}
      </h2>
      {reading && <ImportProgress done={progress.done} total={progress.total} onStop={closeDialogs} />}
      {!reading && source?.kind === 'table' && preview.headers.length > 0 && <MappingEditor preview={preview} onChange={remap} onKind={(kind) => void showPreview(store, fileName, source, { kind })} />}
      {!reading && source?.kind === 'calendar' && <RangePicker range={source.range} onApply={(range) => void showPreview(store, fileName, { ...source, range })} />}
      {!reading && preview.issues.length > 0 && (
        <>
          <p>{t('importDialog.fileProblems')}</p>
          <IssueList issues={preview.issues} />
        </>
      )}
      {!reading && preview.rows.length > 0 && (
        <>
          <p className="import-summary">{t('importDialog.summary', { add: count('add'), update: count('update'), same: count('same'), skip: count('skip') })}</p>
          {preview.newPartners.length > 0 && <p dir="auto">{t('importDialog.newPartners', { names: args.partners.filter((p) => preview.newPartners.includes(p)).map((p) => p.name).join(', ') })}</p>}
          {args.venues.length > 0 && <p dir="auto">{t('importDialog.newVenues', { names: args.venues.map((v) => `${v.name} (${v.city})`).join(', ') })}</p>}
          <div className="import-table-box">
            <table className="import-table">
              <thead>
                <tr>
                  {(['row', 'action', 'title', 'start', 'end', 'country', 'problems'] as const).map((k) => (
                    <th key={k} scope="col">
                      {t(`importDialog.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, shownRows).map((row) => (
                  <RowLine key={row.row} row={row} words={words} />
                ))}
              </tbody>
            </table>
          </div>
          {preview.rows.length > shownRows && <p>{t('importDialog.more', { count: preview.rows.length - shownRows })}</p>}
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={closeDialogs}>
          {t('importDialog.cancel')}
        </button>
        <button ref={confirm} type="button" className="primary" disabled={total === 0 || reading} onClick={apply}>
          {total === 0 ? t('importDialog.nothing') : t(preview.kind === 'partners' ? 'importDialog.confirmPartners' : 'importDialog.confirmEvents', { count: total })}
        </button>
      </div>
    </Dialog>
  )
}
