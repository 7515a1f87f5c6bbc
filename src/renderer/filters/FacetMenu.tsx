// One filter facet as a button that opens a short list of checkboxes (Status ▾, Partner ▾ …).
import { useEffect, useId, useRef, useState } from 'react'
import './filters.css'

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
          <div className="fl-options">
            {options.map((option) => (
              <label key={option.value} className="fl-option">
                <input type="checkbox" checked={chosen.has(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
                <span dir="auto">{option.label}</span>
                {option.detail && (
                  <span className="fl-option-detail" dir="auto">
                    {option.detail}
                  </span>
                )}
              </label>
            ))}
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
