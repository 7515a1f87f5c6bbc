// A sortable, keyboard-operable table whose rows are virtualized (@tanstack/react-virtual): only
// the rows on screen are in the DOM, so 10,000 events scroll as smoothly as ten. It follows the
// ARIA grid pattern: ↑/↓/Home/End/PageUp/PageDown move the selection, Enter (or a double-click)
// opens the row's editor, Delete asks to delete it.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './tables.css'

/** One column: how to show a row's cell and what to sort it by. */
export interface Column<R> {
  id: string
  header: string
  cell: (row: R) => ReactNode
  /** A string or number to sort by; columns without one do not sort. */
  sortValue?: (row: R) => string | number
  /** CSS grid track, e.g. `minmax(220px, 2fr)` or `110px`. */
  width: string
}

export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  column: string
  direction: SortDirection
}

interface VirtualTableProps<R> {
  label: string
  rows: readonly R[]
  columns: readonly Column<R>[]
  rowId: (row: R) => string
  /** The window's selection; the first selected row is the one the keyboard and scrolling follow. */
  selectedIds: readonly string[]
  onSelect: (id: string) => void
  onOpen: (id: string) => void
  onDelete?: (id: string) => void
  initialSort?: Sort
  empty: string
}

const ROW_HEIGHT = 48
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
}

export function VirtualTable<R>({ label, rows, columns, rowId, selectedIds, onSelect, onOpen, onDelete, initialSort, empty }: VirtualTableProps<R>) {
  const selectedId = selectedIds[0] ?? null
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds])
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const [sort, setSort] = useState<Sort | null>(initialSort ?? null)
  const [focusWanted, setFocusWanted] = useState(false)

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column)
    if (!sort || !column?.sortValue) return rows
    const value = column.sortValue
    const keyed = rows.map((row, i) => ({ row, key: value(row), i }))
    keyed.sort((a, b) => compare(a.key, b.key) * (sort.direction === 'ascending' ? 1 : -1) || a.i - b.i)
    return keyed.map((k) => k.row)
  }, [rows, columns, sort])

  const ids = useMemo(() => sorted.map(rowId), [sorted, rowId])
  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })

  // A row selected elsewhere (the timeline, quick find) is scrolled into view when the table shows.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedId]) // eslint-disable-line react-hooks/exhaustive-deps -- only when the selection changes, not on every sort

  // Keyboard moves scroll the new row into view; it takes focus once it is rendered.
  const focusRow = (row: HTMLDivElement | null) => {
    if (!row) return
    row.focus({ preventScroll: true })
    setFocusWanted(false)
  }

  const moveTo = (index: number) => {
    if (sorted.length === 0) return
    const clamped = Math.max(0, Math.min(sorted.length - 1, index))
    onSelect(ids[clamped]!)
    virtualizer.scrollToIndex(clamped, { align: 'auto' })
    setFocusWanted(true)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 480) / ROW_HEIGHT) - 1)
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      Home: () => moveTo(0),
      End: () => moveTo(sorted.length - 1),
      Enter: () => onOpen(ids[index]!),
      Delete: () => onDelete?.(ids[index]!),
    }
    const move = moves[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    move()
  }

  const sortBy = (column: Column<R>) => {
    if (!column.sortValue) return
    setSort((before) => ({
      column: column.id,
      direction: before?.column === column.id && before.direction === 'ascending' ? 'descending' : 'ascending',
    }))
  }

  const template = columns.map((c) => c.width).join(' ')
  // Every row is its own grid, so all rows get the same width (the window's, or the columns'
  // smallest sizes when that is wider) and their columns line up.
  const minWidth = columns.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 80), 0) + 12 * (columns.length - 1) + 28
  const tabbable = selectedIndex >= 0 ? selectedIndex : 0

  return (
    <div ref={scroller} className="vt" role="grid" aria-label={label} aria-rowcount={sorted.length + 1} aria-colcount={columns.length}>
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row vt-header-row" style={{ gridTemplateColumns: template, minWidth }}>
          {columns.map((column) => {
            const direction = sort?.column === column.id ? sort.direction : undefined
            return (
              <div key={column.id} role="columnheader" aria-sort={column.sortValue ? (direction ?? 'none') : undefined} className="vt-th">
                {column.sortValue ? (
                  <button type="button" className="vt-sort" onClick={() => sortBy(column)} title={t('tables.sortBy', { column: column.header })}>
                    {column.header}
                    <span aria-hidden="true" className="vt-sort-mark">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </div>
            )
          })}
        </div>
      </div>
      <div role="rowgroup" className="vt-body" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {sorted.length === 0 && (
          <div role="row" aria-rowindex={2} className="vt-empty-row">
            <div role="gridcell" className="vt-empty">
              {empty}
            </div>
          </div>
        )}
        {virtualizer.getVirtualItems().map((item) => {
          const row = sorted[item.index]!
          const id = ids[item.index]!
          const selected = selectedSet.has(id)
          return (
            <div
              key={id}
              ref={focusWanted && item.index === selectedIndex ? focusRow : undefined}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              data-row-index={item.index}
              data-id={id}
              data-context="row"
              data-select-id={id}
              tabIndex={item.index === tabbable ? 0 : -1}
              className={selected ? 'vt-row is-selected' : 'vt-row'}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, minWidth }}
              onClick={() => onSelect(id)}
              onDoubleClick={() => onOpen(id)}
              onKeyDown={(e) => onKeyDown(e, item.index)}
              onFocus={() => !selected && onSelect(id)}
            >
              {columns.map((column) => (
                <div key={column.id} role="gridcell" className={`vt-td vt-col-${column.id}`}>
                  {column.cell(row)}
                </div>
              ))}
            </div>
          )
        })}
      </div>
    </div>
  )
}
