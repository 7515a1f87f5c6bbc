// Date and time fields in the user's locale format (dateEntry.ts), a date with a calendar popup
// (react-day-picker: arrow keys move by day and week, Page Up/Down by month, Enter picks, Escape
// closes) whose weeks start on the locale's first day.
import { useMemo, useRef, useState, type FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
// The picker's stylesheet stays in the first load, so the calendar is styled the moment it arrives.
import 'react-day-picker/style.css'
import './dateField.css'
import { currentDateLocale, pickLanguage, regionalTag } from '../i18n'
import { NOT_A_DATE, entryFormat, formatDay, formatTime, parseDay, parseTime } from './dateEntry'
import type { ControlAria } from './fields'
import { PartFailed, partLoader, useLoadedPart } from '../components/Lazy'

// The calendar is fetched when a pointer or the focus reaches a date field's button, or when it opens.
const calendarGrid = partLoader(() => import('./CalendarGrid').then((m) => m.CalendarGrid))
const prefetchCalendar = () => void calendarGrid.load().catch(() => undefined)

interface EntryProps extends ControlAria {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  field: string
}

/** A text field that shows `value` in the locale's format and reports what is typed in the file's (or NOT_A_DATE). */
function useEntry(value: string, onChange: (value: string) => void, show: (value: string) => string, read: (text: string) => string) {
  const [text, setText] = useState(() => show(value))
  // A value set from outside (the calendar, a venue, undo) or a new format replaces the text; what
  // was typed stays (React's "adjust state while rendering" pattern, no effect).
  const [seen, setSeen] = useState({ value, show })
  if (seen.value !== value || seen.show !== show) {
    setSeen({ value, show })
    if (seen.show !== show || (value !== NOT_A_DATE && read(text) !== value)) setText(show(value))
  }
  return {
    text,
    type: (typed: string) => {
      setText(typed)
      const now = read(typed)
      if (now !== value) onChange(now)
    },
    tidy: () => {
      const now = read(text)
      if (now !== NOT_A_DATE && now !== '') setText(show(now))
    },
  }
}

/** A day in the locale's format (15/04/2027, 04/15/2027, 2027/04/15) with a calendar popup. */
export function DayField({ value, onChange, onBlur, field, ...aria }: EntryProps) {
  const { t, i18n } = useTranslation()
  const format = entryFormat(regionalTag())
  const locale = currentDateLocale()
  // The language is read so a switch rewrites the text in the new format.
  const shown = useMemo(() => (v: string) => formatDay(v, entryFormat(regionalTag(pickLanguage([i18n.language])))), [i18n.language])
  const entry = useEntry(value, onChange, shown, (text) => parseDay(text, format))
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const box = useRef<HTMLSpanElement>(null)
  const popup = useRef<HTMLDivElement>(null)
  const { part: CalendarGrid, failed } = useLoadedPart(calendarGrid, open)
  const picked = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) : undefined
  const placeholder = format.order.map((part) => t(`dates.entry.${part}`)).join(format.separator)

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }
  const leave = (event: FocusEvent) => {
    if (open && !box.current?.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  return (
    <span className="ed-date" ref={box} onBlur={leave}>
      <input
        {...aria}
        data-field={field}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        value={entry.text}
        onChange={(e) => entry.type(e.target.value)}
        onBlur={() => {
          entry.tidy()
          onBlur?.()
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && e.altKey) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      />
      <button
        ref={button}
        type="button"
        className="ed-date-button"
        aria-label={t('dates.entry.choose')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={prefetchCalendar}
        onFocus={prefetchCalendar}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      {open && (
        <div
          className="ed-date-popup"
          ref={popup}
          role="dialog"
          aria-label={t('dates.entry.calendar')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              close(true)
            }
          }}
        >
          {failed && <PartFailed asDialog={false} />}
          {CalendarGrid && (
            <CalendarGrid
              locale={locale}
              picked={picked}
              // Scrolled into view inside a scrolling editor, so no week is cut off.
              onShown={() => popup.current?.scrollIntoView?.({ block: 'nearest' })}
              onPick={(day) => {
                if (day) onChange(`${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`)
                close(true)
              }}
            />
          )}
        </div>
      )}
    </span>
  )
}

/** A time of day: 24-hour (20:00) unless the locale keeps a 12-hour clock (8:00 PM). */
export function TimeField({ value, onChange, onBlur, field, ...aria }: EntryProps) {
  const { t, i18n } = useTranslation()
  const format = entryFormat(regionalTag())
  const shown = useMemo(() => (v: string) => formatTime(v, entryFormat(regionalTag(pickLanguage([i18n.language])))), [i18n.language])
  const entry = useEntry(value, onChange, shown, (text) => parseTime(text, format))
  return (
    <input
      {...aria}
      data-field={field}
      type="text"
      autoComplete="off"
      className="ed-time"
      placeholder={t(format.hour12 ? 'dates.entry.time12' : 'dates.entry.time24')}
      value={entry.text}
      onChange={(e) => entry.type(e.target.value)}
      onBlur={() => {
        entry.tidy()
        onBlur?.()
      }}
    />
  )
}
