// A type-ahead picker following the WAI-ARIA combobox pattern (input + listbox): type to narrow,
// ↑/↓ to move, Enter to choose, Esc to close the list (a second Esc reaches the dialog).
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { searchWords, matchesWords } from '../../shared/filters'
import type { ControlAria } from './fields'
import type { PickerOption } from './countries'

interface ComboboxProps extends ControlAria {
  value: string
  options: readonly PickerOption[]
  onChange: (value: string) => void
  /** The text for "no value" when the field is optional; the field cannot be emptied without it. */
  emptyLabel?: string
  placeholder?: string
  noMatches: string
}

/** Shown at most; typing narrows a list of 400 time zones quickly enough that nobody scrolls further. */
const MAX_SHOWN = 120

export function Combobox({ value, options, onChange, emptyLabel, placeholder, noMatches, ...aria }: ComboboxProps) {
  const listId = useId()
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const list = useRef<HTMLUListElement>(null)
  const current = options.find((o) => o.value === value)
  const shownText = query ?? (current ? current.label : value)

  const matches = useMemo(() => {
    const words = searchWords(query ?? '')
    const found = words.length === 0 ? options : options.filter((o) => matchesWords(o.search, words))
    const all = emptyLabel && words.length === 0 ? [{ value: '', label: emptyLabel, search: '' }, ...found] : found
    return all.slice(0, MAX_SHOWN)
  }, [options, query, emptyLabel])

  const choose = (option: PickerOption | undefined) => {
    if (option) onChange(option.value)
    setQuery(null)
    setOpen(false)
  }

  const openAt = (index: number) => {
    setOpen(true)
    setActive(Math.max(0, Math.min(index, matches.length - 1)))
    requestAnimationFrame(() => list.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: 'nearest' }))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => openAt(open ? active + 1 : Math.max(0, matches.findIndex((o) => o.value === value))),
      ArrowUp: () => openAt(open ? active - 1 : 0),
      PageDown: () => openAt(active + 10),
      PageUp: () => openAt(active - 10),
      Enter: () => {
        if (open) choose(matches[active])
      },
      Escape: () => {
        if (!open && query === null) return
        setQuery(null)
        setOpen(false)
      },
    }
    const move = moves[event.key]
    if (!move) return
    if (event.key === 'Enter' && !open) return
    if (event.key === 'Escape' && !open && query === null) return
    event.preventDefault()
    event.stopPropagation()
    move()
  }

  const onBlur = () => {
    // Typing a code or a whole name and leaving the field picks it, as a person expects.
    if (query !== null) {
      const words = searchWords(query)
      const exact = options.find((o) => o.value.toLowerCase() === query.trim().toLowerCase() || o.label.toLowerCase() === query.trim().toLowerCase())
      if (exact) onChange(exact.value)
      else if (words.length === 0 && emptyLabel) onChange('')
    }
    setQuery(null)
    setOpen(false)
  }

  const activeId = open && matches[active] ? `${listId}-${active}` : undefined
  return (
    <div className="ed-combobox">
      <input
        {...aria}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={shownText}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && openAt(Math.max(0, matches.findIndex((o) => o.value === value)))}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {current?.detail && query === null && (
        <span className="ed-combobox-detail" aria-hidden="true" dir="auto">
          {current.detail}
        </span>
      )}
      <ul ref={list} id={listId} role="listbox" className="ed-listbox" hidden={!open} aria-label={placeholder}>
        {open && matches.length === 0 && (
          <li className="ed-option-none" role="presentation">
            {noMatches}
          </li>
        )}
        {open &&
          matches.map((option, i) => (
            <li
              key={option.value || '(none)'}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={option.value === value}
              data-active={i === active}
              className="ed-option"
              // Choosing on mousedown keeps the input's blur from closing the list first.
              onMouseDown={(e) => {
                e.preventDefault()
                choose(option)
              }}
              onMouseMove={() => setActive(i)}
            >
              <span dir="auto">{option.label}</span>
              {option.detail && (
                <span className="ed-option-detail" dir="auto">
                  {option.detail}
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  )
}
