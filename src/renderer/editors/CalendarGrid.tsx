// The calendar of a date field's popup: react-day-picker with its own locales, which carry its
// button and grid labels in the language (and date-fns's data). Fetched the first time a calendar
// opens, so the window's first load does without the picker.
import { useEffect } from 'react'
import type { Locale } from 'date-fns'
import { DayPicker } from 'react-day-picker'
import { enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA, zhCN } from 'react-day-picker/locale'

const pickerLocales = Object.fromEntries([enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA, zhCN].map((l) => [l.code, l]))

interface CalendarGridProps {
  /** The date-fns locale of the interface; the picker's own one of the same code when there is one. */
  locale: Locale
  picked: Date | undefined
  onPick: (day: Date | undefined) => void
  /** Called once the grid is on screen (the popup then scrolls it into view). */
  onShown: () => unknown
}

export function CalendarGrid({ locale, picked, onPick, onShown }: CalendarGridProps) {
  // Once, when the grid appears (not a cleanup: Chromium's scrollIntoView may return a promise).
  useEffect(() => {
    onShown()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <DayPicker
      mode="single"
      autoFocus
      locale={pickerLocales[locale.code ?? ''] ?? locale}
      weekStartsOn={(locale.options?.weekStartsOn ?? 1) as 0 | 1 | 2 | 3 | 4 | 5 | 6}
      selected={picked}
      defaultMonth={picked}
      onSelect={onPick}
    />
  )
}
