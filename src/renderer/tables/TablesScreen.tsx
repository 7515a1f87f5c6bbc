// The table views of the plan screen's view switch (Events, Partners, Venues, Co-productions),
// sharing the window's one selection.
import type { Project } from '../../shared/format'
import { useWorkspace } from '../app/store'
import type { TableKind } from './columns'
import { TablesView } from './TablesView'

/** The table views, by their name in the view switch. */
export const tableViews = { events: 'event', partners: 'partner', venues: 'venue', coproductions: 'coproduction' } as const satisfies Record<string, TableKind>
export type TableView = keyof typeof tableViews

/** True for a view name that is one of the tables. */
export function isTableView(view: string): view is TableView {
  return Object.prototype.hasOwnProperty.call(tableViews, view)
}

export function TablesScreen({ project, view }: { project: Project; view: TableView }) {
  const selection = useWorkspace((s) => s.selection)
  const select = useWorkspace((s) => s.select)
  return <TablesView project={project} kind={tableViews[view]} selectedIds={selection} onSelect={(id) => select([id])} />
}
