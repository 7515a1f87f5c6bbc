// One filter facet as a button that opens a list of checkboxes (Status ▾, Partner ▾ …). A long
// list (hundreds of partners) gets a box to narrow it, and only the rows on screen are rendered.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { foldText, matchesWords, searchWords } from '../../shared/filters'
import './filters.css'

/** Lists longer than this get the narrowing box. */
const LONG = 12
/** One row, px (a row is one line). */
const ROW = 28

export interface FacetOption {
  value: string
  label: string
  detail?: string | undefined
}

interface FacetMenuProps {
  label: string
  options: readonly FacetOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
  clearLabel: string
}

export function FacetMenu({ label, options, selected, onChange, clearLabel }: FacetMenuProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const box = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const chosen = new Set(selected)
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [list, setList] = useState<HTMLDivElement | null>(null)
  const shown = useMemo(() => {
    const words = searchWords(query)
    return words.length === 0 ? options : options.filter((o) => matchesWords(foldText(`${o.label} ${o.detail ?? ''}`), words))
  }, [options, query])
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: open ? shown.length : 0, getScrollElement: () => list, estimateSize: () => ROW, overscan: 8 })
  // Until the list has a size (its first frame, or no layout at all) the first rows show.
  const measured = virtualizer.getVirtualItems()
  const rows = measured.length > 0 ? measured : shown.slice(0, 30).map((_, index) => ({ index, start: index * ROW }))

  useEffect(() => {
    if (!open) return
    const close = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    box.current?.querySelector<HTMLElement>('input')?.focus()
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(value)
    else next.delete(value)
    onChange(options.map((o) => o.value).filter((v) => next.has(v)))
  }

  return (
    <div
      className="fl-facet"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          setOpen(false)
          button.current?.focus()
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className={selected.length > 0 ? 'fl-facet-button is-active' : 'fl-facet-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
        {selected.length > 0 && <span className="fl-badge">{selected.length}</span>}
        <span aria-hidden="true" className="fl-caret">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="fl-panel" role="group" aria-label={label}>
          {options.length > LONG && (
            <input
              type="search"
              className="fl-narrow"
              aria-label={t('filters.narrow')}
              placeholder={t('filters.narrow')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          )}
          <div className="fl-options" ref={setList}>
            <div className="fl-options-extent" style={{ height: shown.length * ROW }}>
              {rows.map(({ index, start }) => {
                const option = shown[index]!
                return (
                  <label key={option.value} className="fl-option" style={{ transform: `translateY(${start}px)` }}>
                    <input type="checkbox" checked={chosen.has(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
                    <span className="fl-option-label" dir="auto">
                      {option.label}
                    </span>
                    {option.detail && (
                      <span className="fl-option-detail" dir="auto">
                        {option.detail}
                      </span>
                    )}
                  </label>
                )
              })}
            </div>
          </div>
          {selected.length > 0 && (
            <button type="button" className="quiet small" onClick={() => onChange([])}>
              {clearLabel}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
