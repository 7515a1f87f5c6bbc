// The event filter of the window, shared by the tables and the timeline: one state, read through
// context, applied with the pure predicate of src/shared/filters.ts.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { emptyFilter, filterEvents, type EventFilter } from '../../shared/filters'
import type { PlanEvent, Project } from '../../shared/format'

export interface EventFilterState {
  filter: EventFilter
  /** Changes some facets, keeping the rest. */
  update: (change: Partial<EventFilter>) => void
  clear: () => void
}

const FilterContext = createContext<EventFilterState | null>(null)

/** Holds the filter for everything inside it (App wraps the plan screen in it). */
export function EventFilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<EventFilter>(emptyFilter)
  const update = useCallback((change: Partial<EventFilter>) => setFilter((before) => ({ ...before, ...change })), [])
  const clear = useCallback(() => setFilter(emptyFilter), [])
  const value = useMemo(() => ({ filter, update, clear }), [filter, update, clear])
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>
}

const unfiltered: EventFilterState = { filter: emptyFilter, update: () => undefined, clear: () => undefined }

/** The window's event filter; outside a provider, a filter that shows everything. */
export function useEventFilter(): EventFilterState {
  return useContext(FilterContext) ?? unfiltered
}

/** The plan's events that pass the window's filter (the plan's own array when nothing is filtered), memoized. */
export function useFilteredEvents(project: Project): readonly PlanEvent[] {
  const { filter } = useEventFilter()
  return useMemo(() => filterEvents(project, filter), [project, filter])
}
