// The event filter of the window, shared by the tables and the timeline: part of the workspace
// store (a view setting, never an edit), applied with the pure predicate of src/shared/filters.ts.
import { useMemo } from 'react'
import { filterEvents, type EventFilter } from '../../shared/filters'
import type { PlanEvent, Project } from '../../shared/format'
import { useWorkspace } from '../app/store'

export interface EventFilterState {
  filter: EventFilter
  /** Changes some facets, keeping the rest. */
  update: (change: Partial<EventFilter>) => void
  clear: () => void
}

/** The window's event filter. */
export function useEventFilter(): EventFilterState {
  const filter = useWorkspace((s) => s.filter)
  const update = useWorkspace((s) => s.setFilter)
  const clear = useWorkspace((s) => s.clearFilter)
  return useMemo(() => ({ filter, update, clear }), [filter, update, clear])
}

/** The plan's events that pass the window's filter (the plan's own array when nothing is filtered), memoized. */
export function useFilteredEvents(project: Project): readonly PlanEvent[] {
  const filter = useWorkspace((s) => s.filter)
  return useMemo(() => filterEvents(project, filter), [project, filter])
}
