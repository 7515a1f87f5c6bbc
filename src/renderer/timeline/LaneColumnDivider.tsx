import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { clampLaneHeaderWidth, LANE_HEADER_DEFAULT, LANE_HEADER_MAX, LANE_HEADER_MIN } from '../../shared/timeline'

interface DividerProps {
  width: number
  /** The element carrying `--lane-header-width`: a pointer drag moves it live and commits on release. */
  rootRef: RefObject<HTMLElement | null>
  onChange: (width: number) => void
}

const KEY_STEP = 16

/** The line between the lane names and the lanes: drag it, or focus it and use ←/→ (Home/End, Enter for the default), to size the lane-name column. */
export function LaneColumnDivider({ width, rootRef, onChange }: DividerProps) {
  const { t } = useTranslation()
  const drag = useRef<{ x: number; width: number; now: number } | null>(null)

  const live = (px: number) => rootRef.current?.style.setProperty('--lane-header-width', `${px}px`)
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, width, now: width }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current
    if (!current) return
    current.now = clampLaneHeaderWidth(current.width + event.clientX - current.x)
    live(current.now)
  }
  const end = () => {
    const current = drag.current
    drag.current = null
    if (current && current.now !== width) onChange(current.now)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft' ? width - KEY_STEP : event.key === 'ArrowRight' ? width + KEY_STEP : event.key === 'Home' ? LANE_HEADER_MIN : event.key === 'End' ? LANE_HEADER_MAX : event.key === 'Enter' ? LANE_HEADER_DEFAULT : null
    if (next === null) return
    event.preventDefault()
    onChange(clampLaneHeaderWidth(next))
  }

  return (
    <div
      className="tl-lane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('timeline.laneColumn')}
      aria-valuenow={width}
      aria-valuemin={LANE_HEADER_MIN}
      aria-valuemax={LANE_HEADER_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={onKeyDown}
    />
  )
}
