// The public-holiday rules (date-holidays and moment-timezone, about 2 MB of script) load after the
// first paint, in a chunk of their own: the lanes of a plan never wait for them. Until they are
// here, the timeline draws no holiday tints and tooltips name a holiday by its date; every user of
// the calendar re-renders once it has arrived.
import { useEffect, useSyncExternalStore } from 'react'

/** The holiday rules: public holidays by country and year, and the zones of countries. */
export type HolidayCalendar = typeof import('../../shared/timeline/holidays')

let calendar: HolidayCalendar | null = null
let loading: Promise<HolidayCalendar> | null = null
const listeners = new Set<() => void>()

/** Loads the holiday rules once; later calls get the same promise. */
export function loadHolidayCalendar(): Promise<HolidayCalendar> {
  loading ??= import('../../shared/timeline/holidays').then(
    (module) => {
      calendar = module
      for (const listener of listeners) listener()
      return module
    },
    (error: unknown) => {
      // A chunk that failed to load (a broken install) is asked for again next time.
      loading = null
      throw error
    },
  )
  return loading
}

/** The holiday rules if they have loaded, else null: for text worded on demand (a warning's reason). */
export const loadedHolidayCalendar = (): HolidayCalendar | null => calendar

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const current = () => calendar

/** The holiday rules once loaded, else null; they start loading when `wanted` (by default at once). */
export function useHolidayCalendar(wanted = true): HolidayCalendar | null {
  const value = useSyncExternalStore(subscribe, current, current)
  useEffect(() => {
    if (wanted && !calendar) void loadHolidayCalendar().catch(() => undefined)
  }, [wanted])
  return value
}
