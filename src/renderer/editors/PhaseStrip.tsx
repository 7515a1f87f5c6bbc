// A small Gantt strip of a co-production's phases above their table: each phase a bar from its first
// to its last day, in order. A bar is dragged (or moved with ←/→, Shift for a week) to shift the
// phase by whole days, keeping its length; the table below follows.
import { useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Phase } from '../../shared/format'
import { regionalTag } from '../i18n'
import { entryFormat, formatDay } from './dateEntry'

const DAY = 86_400_000
const dayNumber = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY : Number.NaN)

/** `YYYY-MM-DD` moved by whole days. */
export function shiftDay(iso: string, days: number): string {
  const n = dayNumber(iso)
  return Number.isNaN(n) ? iso : new Date((n + days) * DAY).toISOString().slice(0, 10)
}

interface PhaseStripProps {
  phases: readonly Phase[]
  /** Moves phase `index` by `days` (both its days). */
  onMove: (index: number, days: number) => void
}

export function PhaseStrip({ phases, onMove }: PhaseStripProps) {
  const { t } = useTranslation()
  const [drag, setDrag] = useState<{ index: number; x: number; perDay: number; days: number } | null>(null)
  const spans = phases.map((p) => ({ start: dayNumber(p.start), end: dayNumber(p.end) })).map((s) => (Number.isNaN(s.start) || Number.isNaN(s.end) || s.end < s.start ? null : s))
  const valid = spans.filter((s) => s !== null)
  if (valid.length === 0) return null
  const first = Math.min(...valid.map((s) => s.start))
  const total = Math.max(...valid.map((s) => s.end)) + 1 - first
  const format = entryFormat(regionalTag())
  const day = (iso: string) => formatDay(iso, format)

  const down = (event: PointerEvent<HTMLButtonElement>, index: number) => {
    if (event.button !== 0) return
    const strip = event.currentTarget.parentElement!.getBoundingClientRect()
    event.currentTarget.setPointerCapture(event.pointerId)
    setDrag({ index, x: event.clientX, perDay: strip.width / total, days: 0 })
  }
  const move = (event: PointerEvent) => {
    if (drag) setDrag({ ...drag, days: Math.round((event.clientX - drag.x) / drag.perDay) })
  }
  const up = () => {
    if (drag && drag.days !== 0) onMove(drag.index, drag.days)
    setDrag(null)
  }
  const key = (event: KeyboardEvent, index: number) => {
    const step = event.shiftKey ? 7 : 1
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault()
      onMove(index, event.key === 'ArrowLeft' ? -step : step)
    }
  }

  return (
    <div className="ed-strip" role="group" aria-label={t('editing.strip.label')}>
      <div className="ed-strip-lanes" style={{ gridTemplateRows: `repeat(${phases.length}, 22px)` }}>
        {phases.map((phase, i) => {
          const span = spans[i]
          if (!span) return <span key={phase.id} aria-hidden="true" />
          const shift = drag?.index === i ? drag.days : 0
          const kind = t(`phaseKind.${phase.kind}`)
          const name = phase.title ? `${kind}: ${phase.title}` : kind
          return (
            <button
              key={phase.id}
              type="button"
              className={`ed-strip-bar ed-strip-${phase.status}${drag?.index === i ? ' is-dragging' : ''}`}
              style={{ gridRow: i + 1, marginInlineStart: `${((span.start + shift - first) / total) * 100}%`, width: `${((span.end - span.start + 1) / total) * 100}%` }}
              aria-label={t('editing.strip.bar', { name, start: day(shiftDay(phase.start, shift)), end: day(shiftDay(phase.end, shift)) })}
              title={`${name}: ${day(shiftDay(phase.start, shift))} – ${day(shiftDay(phase.end, shift))}`}
              onPointerDown={(e) => down(e, i)}
              onPointerMove={move}
              onPointerUp={up}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e) => key(e, i)}
            >
              <span className="ed-strip-name" dir="auto">
                {name}
              </span>
            </button>
          )
        })}
      </div>
      <div className="ed-strip-ends" aria-hidden="true">
        <span>{day(shiftDay('1970-01-01', first))}</span>
        <span>{day(shiftDay('1970-01-01', first + total - 1))}</span>
      </div>
      <p className="ed-hint">{t('editing.strip.hint')}</p>
    </div>
  )
}
