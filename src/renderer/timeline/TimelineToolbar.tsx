import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { groupings, isPresetScale, zoomLevels, type ColorBy, type Grouping, type Zoom } from '../../shared/timeline'
import './timeline.css'

interface TimelineToolbarProps {
  zoom: Zoom
  /** Pixels per day: a preset's button is pressed only when the view is exactly at it. */
  scale: number
  grouping: Grouping
  colorBy: ColorBy
  conflicts: number
  conflictsOpen: boolean
  legendOpen: boolean
  onZoom: (zoom: Zoom) => void
  onGrouping: (grouping: Grouping) => void
  onColorBy: (colorBy: ColorBy) => void
  onFit: () => void
  onToday: () => void
  onGoTo: () => void
  onToggleConflicts: () => void
  onToggleLegend: () => void
}

/** The timeline's own controls: zoom, grouping, colouring, where to look, warnings and legend. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { t } = useTranslation()
  const groupId = useId()
  const colorId = useId()
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <div className="tl-segmented" role="group" aria-label={t('timeline.zoom.label')}>
        {zoomLevels.map((zoom) => (
          <button
            key={zoom}
            type="button"
            aria-pressed={isPresetScale(props.scale, zoom)}
            title={t('timeline.zoom.hint', { level: t(`timeline.zoom.${zoom}`) })}
            onClick={() => props.onZoom(zoom)}
          >
            {t(`timeline.zoom.${zoom}`)}
          </button>
        ))}
      </div>
      <label className="tl-select" htmlFor={groupId}>
        <span>{t('timeline.groupBy')}</span>
        <select id={groupId} value={props.grouping} onChange={(event) => props.onGrouping(event.target.value as Grouping)}>
          {groupings.map((grouping) => (
            <option key={grouping} value={grouping}>
              {t(`timeline.grouping.${grouping}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="tl-select" htmlFor={colorId}>
        <span>{t('timeline.colorBy')}</span>
        <select id={colorId} value={props.colorBy} onChange={(event) => props.onColorBy(event.target.value as ColorBy)}>
          <option value="kind">{t('timeline.color.kind')}</option>
          <option value="status">{t('timeline.color.status')}</option>
        </select>
      </label>
      <div className="tl-toolbar-group">
        <button type="button" onClick={props.onFit} title={t('timeline.fitHint')}>
          {t('timeline.fit')}
        </button>
        <button type="button" onClick={props.onToday}>
          {t('timeline.today')}
        </button>
        <button type="button" onClick={props.onGoTo} aria-keyshortcuts="Control+G">
          {t('timeline.goTo.button')}
        </button>
      </div>
      <div className="tl-toolbar-end">
        <button type="button" aria-pressed={props.legendOpen} onClick={props.onToggleLegend}>
          {t('timeline.legend.button')}
        </button>
        <button type="button" className={props.conflicts > 0 ? 'tl-conflicts-button has-conflicts' : 'tl-conflicts-button'} aria-pressed={props.conflictsOpen} onClick={props.onToggleConflicts}>
          {props.conflicts > 0 && <span className="tl-conflict-icon" aria-hidden="true" />}
          {t('timeline.conflictsButton', { count: props.conflicts })}
        </button>
      </div>
    </div>
  )
}
