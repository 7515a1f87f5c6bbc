// The plan as tables: Events (with the shared filter bar), Partners, Venues and Co-productions
// (with a search over both languages). Double-click or Enter edits a row, Delete asks to delete it.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { entityKinds, type EntityKind } from '../../shared/commands'
import { foldText, matchesWords, searchWords } from '../../shared/filters'
import type { Project } from '../../shared/format'
import { countryName } from '../editors/countries'
import { useEditingActions } from '../editors/useEditing'
import { FilterBar } from '../filters/FilterBar'
import { useFilteredEvents } from '../filters/useEventFilter'
import { usePlanText } from '../usePlanText'
import { coproductionColumns, eventColumns, partnerColumns, useCounts, venueColumns, type TableKind } from './columns'
import { VirtualTable } from './VirtualTable'
import './tables.css'

interface TablesViewProps {
  project: Project
  kind: TableKind
  /** The window's selection, shared with the timeline. */
  selectedIds: readonly string[]
  onSelect: (id: string) => void
}

function searchable<T extends { id: string }>(items: readonly T[], query: string, text: (item: T) => string): readonly T[] {
  const words = searchWords(query)
  return words.length === 0 ? items : items.filter((item) => matchesWords(foldText(text(item)), words))
}

export function TablesView({ project, kind, selectedIds, onSelect }: TablesViewProps) {
  const { t } = useTranslation()
  const text = usePlanText(project.homeTimeZone)
  const editing = useEditingActions()
  const events = useFilteredEvents(project)
  const counts = useCounts(project)
  const [query, setQuery] = useState('')

  const open = (id: string) => editing?.edit(kind, id)
  const remove = (id: string) => editing?.remove(id)
  const common = { selectedIds, onSelect, onOpen: open, onDelete: remove }
  const label = t(`tables.${kind}.label`)
  const addButton = editing && (
    <button type="button" className="primary small" onClick={() => editing.create(kind as EntityKind)}>
      {t(`tables.${kind}.add`)}
    </button>
  )
  const columns = useMemo(() => {
    switch (kind) {
      case 'event':
        return eventColumns(project, t, text)
      case 'partner':
        return partnerColumns(t, text, counts)
      case 'venue':
        return venueColumns(t, text, counts)
      case 'coproduction':
        return coproductionColumns(project, t, text)
    }
  }, [kind, project, t, text, counts])

  let table
  if (kind === 'event') {
    table = <VirtualTable label={label} rows={events} columns={columns as ReturnType<typeof eventColumns>} rowId={(e) => e.id} initialSort={{ column: 'dates', direction: 'ascending' }} empty={t('tables.event.empty')} {...common} />
  } else if (kind === 'partner') {
    const rows = searchable(project.partners, query, (p) => `${p.name} ${p.nameLocal ?? ''} ${p.city ?? ''} ${countryName(p.country)} ${(p.contacts ?? []).map((c) => c.name).join(' ')}`)
    table = <VirtualTable label={label} rows={rows} columns={columns as ReturnType<typeof partnerColumns>} rowId={(p) => p.id} empty={t('tables.partner.empty')} {...common} />
  } else if (kind === 'venue') {
    const rows = searchable(project.venues, query, (v) => `${v.name} ${v.nameLocal ?? ''} ${v.city} ${countryName(v.country)} ${v.timeZone}`)
    table = <VirtualTable label={label} rows={rows} columns={columns as ReturnType<typeof venueColumns>} rowId={(v) => v.id} empty={t('tables.venue.empty')} {...common} />
  } else {
    const rows = searchable(project.coproductions, query, (c) => `${c.title} ${c.titleLocal ?? ''}`)
    table = <VirtualTable label={label} rows={rows} columns={columns as ReturnType<typeof coproductionColumns>} rowId={(c) => c.id} empty={t('tables.coproduction.empty')} {...common} />
  }

  return (
    <section className="tables-view" aria-label={label}>
      <div className="tables-toolbar">
        {kind === 'event' ? (
          <FilterBar project={project} shown={events.length} total={project.events.length} searchLabel={t('tables.event.search')} />
        ) : (
          <div className="fl-bar" role="search" aria-label={t('filters.label')}>
            <input type="search" className="fl-search" aria-label={t(`tables.${kind}.search`)} placeholder={t(`tables.${kind}.search`)} value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
        )}
        {addButton}
      </div>
      {table}
    </section>
  )
}

/** Kinds with a table, in the order of the view switch. */
export const tableKinds: readonly TableKind[] = entityKinds.filter((k): k is TableKind => k === 'event' || k === 'partner' || k === 'venue' || k === 'coproduction')
