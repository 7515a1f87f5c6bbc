import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { useSectionRows } from '../components/useSectionRows'
import type { ConflictList, ShownConflict } from '../conflicts/packed'
import { useModel } from './context'
import './timelinePanels.css'

interface ConflictsPanelProps {
  onShow: (itemId: string) => void
  onAcknowledge: (conflict: ShownConflict) => void
  onWarnAgain: (conflict: ShownConflict) => void
  onClose: () => void
}

/** A list of warnings of which only those on screen are in the DOM (a big plan has thousands). */
function ConflictRows({ conflicts, row, quiet }: { conflicts: ConflictList; row: (conflict: ShownConflict) => ReactNode; quiet?: boolean }) {
  const { anchor, virtualizer, before, after } = useSectionRows<HTMLUListElement>(conflicts.length, 96)
  return (
    <ul className="tl-conflict-list" ref={anchor} style={{ paddingBlock: `${before}px ${after}px` }}>
      {virtualizer.getVirtualItems().map(({ index }) => (
        <li key={conflicts.at(index)!.id} data-index={index} ref={virtualizer.measureElement} className={quiet ? 'tl-conflict-row is-quiet' : 'tl-conflict-row'}>
          {row(conflicts.at(index)!)}
        </li>
      ))}
    </ul>
  )
}

/** Every scheduling warning of the plan: jump to the item, or acknowledge it until its dates change. */
export function ConflictsPanel({ onShow, onAcknowledge, onWarnAgain, onClose }: ConflictsPanelProps) {
  const { t } = useTranslation()
  const model = useModel()
  const { conflicts, acknowledged } = model
  return (
    <section className="tl-panel tl-conflicts" aria-labelledby="tl-conflicts-heading">
      <header className="tl-panel-header">
        <h2 id="tl-conflicts-heading">{t('conflicts.headingCount', { count: conflicts.length })}</h2>
        <button type="button" className="quiet small" onClick={onClose} aria-label={t('conflicts.close')}>
          ×
        </button>
      </header>
      <div className="tl-panel-body">
        {conflicts.length === 0 && <p className="muted">{t('conflicts.none')}</p>}
        <ConflictRows
          conflicts={conflicts}
          row={(conflict) => (
            <>
              <span className="tl-conflict-icon" aria-hidden="true" />
              <div className="tl-conflict-body">
                <span className="tl-conflict-kind">{t(`conflicts.kind.${conflict.code}`)}</span>
                <span className="tl-conflict-text">{model.itemText.conflictReason(conflict)}</span>
                <span className="tl-conflict-actions">
                  <button type="button" className="small" onClick={() => onShow(conflict.itemIds[0] ?? '')}>
                    {t('conflicts.show')}
                  </button>
                  <button type="button" className="quiet small" onClick={() => onAcknowledge(conflict)}>
                    {t('conflicts.acknowledge')}
                  </button>
                </span>
              </div>
            </>
          )}
        />
        {acknowledged.length > 0 && (
          <details className="tl-acknowledged">
            <summary>{t('conflicts.acknowledgedCount', { count: acknowledged.length })}</summary>
            <ConflictRows
              quiet
              conflicts={acknowledged}
              row={(conflict) => (
                <div className="tl-conflict-body">
                  <span className="tl-conflict-text">{model.itemText.conflictReason(conflict)}</span>
                  <span className="tl-conflict-actions">
                    <button type="button" className="small" onClick={() => onShow(conflict.itemIds[0] ?? '')}>
                      {t('conflicts.show')}
                    </button>
                    <button type="button" className="quiet small" onClick={() => onWarnAgain(conflict)}>
                      {t('conflicts.warnAgain')}
                    </button>
                  </span>
                </div>
              )}
            />
          </details>
        )}
      </div>
    </section>
  )
}
