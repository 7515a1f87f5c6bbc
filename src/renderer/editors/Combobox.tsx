// A type-ahead picker following the WAI-ARIA combobox pattern (input + listbox): type to narrow,
// ↑/↓ to move, Enter to choose, Esc to close the list (a second Esc reaches the dialog). The list
// is virtualized (@tanstack/react-virtual), so 10,000 events or 400 partners open at once and only
// the options on screen are in the DOM. An optional last entry ("New venue…") runs an action.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { foldText, searchWords, matchesWords } from '../../shared/filters'
import type { ControlAria } from './fields'
import type { PickerOption } from './countries'

/** An entry after the matches that does something instead of choosing, with the text typed so far. */
export interface ComboboxAction {
  label: string
  run: (typed: string) => void
}

interface ComboboxProps extends ControlAria {
  value: string
  options: readonly PickerOption[]
  onChange: (value: string) => void
  /** The text for "no value" when the field is optional; the field cannot be emptied without it. */
  emptyLabel?: string | undefined
  placeholder?: string | undefined
  noMatches: string
  action?: ComboboxAction | undefined
  /** The input empties after a choice (adding chips to a set), and Backspace in it calls this. */
  adder?: { onBackspace: () => void } | undefined
}

/** Names that begin with what was typed come first ("俄罗斯" finds Russia before 白俄罗斯, Belarus); otherwise the list's order. */
function byPrefix(found: readonly PickerOption[], word: string): readonly PickerOption[] {
  const begins = (o: PickerOption) => foldText(o.label).startsWith(word) || (o.detail !== undefined && foldText(o.detail).startsWith(word))
  const first = found.filter(begins)
  return first.length === 0 || first.length === found.length ? found : [...first, ...found.filter((o) => !begins(o))]
}

/** One row of the list, px: options are one line, so the list needs no measuring. */
const OPTION_HEIGHT = 32
const ACTION = '\u0000action'

export function Combobox({ value, options, onChange, emptyLabel, placeholder, noMatches, action, adder, ...aria }: ComboboxProps) {
  const listId = useId()
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [list, setList] = useState<HTMLUListElement | null>(null)
  const current = adder ? undefined : options.find((o) => o.value === value)
  const shownText = query ?? (adder ? '' : current ? current.label : value)

  const matches = useMemo(() => {
    const words = searchWords(query ?? '')
    const found = words.length === 0 ? options : byPrefix(options.filter((o) => matchesWords(o.search, words)), words[0]!)
    const all = emptyLabel && words.length === 0 ? [{ value: '', label: emptyLabel, search: '' }, ...found] : found
    return action ? [...all, { value: ACTION, label: action.label, search: '' }] : all
  }, [options, query, emptyLabel, action])

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: open ? matches.length : 0, getScrollElement: () => list, estimateSize: () => OPTION_HEIGHT, overscan: 6 })

  // Before the list has a size (its first frame, or a document without layout) the first options show.
  const measured = virtualizer.getVirtualItems()
  const shown = measured.length > 0 || !open ? measured : matches.slice(0, 12).map((_, index) => ({ index, start: index * OPTION_HEIGHT }))

  const choose = (option: PickerOption | undefined) => {
    if (option?.value === ACTION) action?.run(query ?? '')
    else if (option) onChange(option.value)
    setQuery(null)
    setOpen(false)
  }

  const openAt = (index: number) => {
    const at = Math.max(0, Math.min(index, matches.length - 1))
    setOpen(true)
    setActive(at)
    requestAnimationFrame(() => virtualizer.scrollToIndex(at, { align: 'auto' }))
  }
  const selectedIndex = () => Math.max(0, matches.findIndex((o) => o.value === value))

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && adder && (query ?? '') === '') {
      adder.onBackspace()
      return
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => openAt(open ? active + 1 : selectedIndex()),
      ArrowUp: () => openAt(open ? active - 1 : 0),
      PageDown: () => openAt(active + 8),
      PageUp: () => openAt(active - 8),
      Enter: () => choose(matches[active]),
      Escape: () => {
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
    if (query !== null && !adder) {
      const typed = query.trim().toLowerCase()
      const exact = options.find((o) => o.value.toLowerCase() === typed || o.label.toLowerCase() === typed)
      if (exact) onChange(exact.value)
      else if (typed === '' && emptyLabel) onChange('')
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
          virtualizer.scrollToOffset(0)
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && openAt(selectedIndex())}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {current?.detail && query === null && (
        <span className="ed-combobox-detail" aria-hidden="true" dir="auto">
          {current.detail}
        </span>
      )}
      <ul ref={setList} id={listId} role="listbox" className="ed-listbox" hidden={!open} aria-label={placeholder}>
        {open && matches.length === 0 && (
          <li className="ed-option-none" role="presentation">
            {noMatches}
          </li>
        )}
        {open && <li role="presentation" aria-hidden="true" className="ed-listbox-extent" style={{ height: virtualizer.getTotalSize() }} />}
        {shown.map(({ index, start }) => {
          const option = matches[index]!
          const isAction = option.value === ACTION
          return (
            <li
              key={option.value || '(none)'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={!isAction && option.value === value}
              aria-setsize={matches.length}
              aria-posinset={index + 1}
              data-active={index === active}
              className={isAction ? 'ed-option ed-option-action' : 'ed-option'}
              style={{ transform: `translateY(${start}px)` }}
              // Choosing on mousedown keeps the input's blur from closing the list first.
              onMouseDown={(e) => {
                e.preventDefault()
                choose(option)
              }}
              onMouseMove={() => setActive(index)}
            >
              <span className="ed-option-label" dir="auto">
                {option.label}
              </span>
              {option.detail && (
                <span className="ed-option-detail" dir="auto">
                  {option.detail}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
