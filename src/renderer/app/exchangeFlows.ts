// File ▸ Export and File ▸ Import in the window: main writes and reads the files; the preview is
// made here from the open plan, shown in a dialog, and applied only when the user confirms, as one
// 'events.import' step.
import type { Project } from '../../shared/format'
import { issue } from '../../shared/messages'
import { filteredPlan, previewIcs, previewRows, type ExchangeKind, type ImportPreview } from '../../shared/exchange'
import type { CaravanApi, ExportResult, ImportFile } from '../../shared/ipc'
import { countryCodeOf } from '../../locales/countryNames'
import { englishTableWords, tableWords } from '../../locales/exchange'
import { currentProject } from './document'
import type { WorkspaceStore } from './store'

export type ExportFormat = 'ics' | 'csv' | 'xlsx'

/** The most used country of the plan's events: where events of a calendar without places are put. */
function usualCountry(doc: Project): string {
  const counts = new Map<string, number>()
  for (const e of doc.events) counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'CN'
}

/** Occurrences of recurring events from a year before the plan's first date to two years after its last. */
function recurrenceRange(doc: Project): { from: string; to: string } {
  const starts = doc.events.map((e) => e.start.slice(0, 4)).sort()
  const first = Number(starts[0] ?? new Date().getFullYear())
  const last = Number(starts.at(-1) ?? first)
  return { from: `${first - 1}-01-01`, to: `${last + 2}-12-31` }
}

/** The preview of an import file read by main. */
export function previewOfFile(doc: Project, file: Extract<ImportFile, { kind: 'calendar' | 'table' }>, language: string): ImportPreview {
  if (file.kind === 'calendar') return previewIcs(doc, file.text, { range: recurrenceRange(doc), defaultCountry: usualCountry(doc), countryCode: countryCodeOf })
  const words = [tableWords(language), englishTableWords]
  // A workbook exported by Caravan has its Events sheet first; otherwise the first sheet with rows.
  const sheet = file.sheets.find((s) => s.rows.length > 1) ?? file.sheets[0]
  const preview = previewRows(doc, sheet?.rows ?? [], { words, countryCode: countryCodeOf })
  return file.encoding ? { ...preview, issues: [issue('', 'import.encodingAssumed', { encoding: file.encoding.toUpperCase() }), ...preview.issues] } : preview
}

/** What one export holds: the items `ids` names, or the whole plan, or (`filtered`) what the screen's filter shows. */
export interface ExportScope {
  ids?: readonly string[]
  what?: ExchangeKind
  filtered?: boolean
}

/** Exports the open plan (or the items `ids` names, or what the filter shows) through main; undefined when there is no plan. */
export async function exportPlan(api: CaravanApi, store: WorkspaceStore, format: ExportFormat, language: string, scope: ExportScope = {}): Promise<ExportResult | undefined> {
  const state = store.getState()
  const whole = currentProject(state)
  if (!whole) return undefined
  const project = scope.filtered ? filteredPlan(whole, state.filter) : whole
  const { ids, what } = scope
  return api.invoke('exchange:export', { format, ...(format === 'csv' ? { what: what ?? 'events' } : what ? { what } : {}), ...(ids ? { ids: [...ids] } : {}), project, words: tableWords(language), language })
}

/** Asks main for an import file and opens the preview dialog with what it would do. */
export async function startImport(api: CaravanApi, store: WorkspaceStore, kind: 'calendar' | 'spreadsheet', language: string): Promise<ImportFile> {
  const file = await api.invoke('exchange:read', { kind })
  const doc = currentProject(store.getState())
  if (!doc || file.kind === 'canceled' || file.kind === 'failed') return file
  store.getState().openDialog({ importing: { fileName: file.name, preview: previewOfFile(doc, file, language) } })
  return file
}
