// File ▸ Export and File ▸ Import in the window: main writes and reads the files; the preview is
// made here from the open plan, shown in a dialog, and applied only when the user confirms, as one
// 'events.import' step.
import type { Project } from '../../shared/format'
import { issue } from '../../shared/messages'
import type { ExchangeKind, Field, ImportKind, ImportPreview } from '../../shared/exchange'
import { filteredPlan } from '../../shared/exchange/scope'
import type { CaravanApi, ExportResult, ImportFile } from '../../shared/ipc'
import { countryCodeOf } from '../../locales/countryNames'
import { englishTableWords, tableWords } from '../../locales/exchange'
import { currentProject } from './document'
import type { ImportSource, WorkspaceStore } from './store'

export type ExportFormat = 'ics' | 'csv' | 'xlsx'

/** The most used country of the plan's events: where events of a calendar without places are put. */
function usualCountry(doc: Project): string {
  const counts = new Map<string, number>()
  for (const e of doc.events) counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'CN'
}

/** The days the plan spans (its events and co-production phases), `YYYY-MM-DD`; this year for an empty plan. */
export function planSpan(doc: Project, today = new Date()): { from: string; to: string } {
  const starts = [...doc.events.map((e) => e.start), ...doc.coproductions.flatMap((c) => c.phases.map((p) => p.start))].map((d) => d.slice(0, 10))
  const ends = [...doc.events.map((e) => e.end), ...doc.coproductions.flatMap((c) => c.phases.map((p) => p.end))].map((d) => d.slice(0, 10))
  if (starts.length === 0) {
    const year = today.getFullYear()
    return { from: `${year}-01-01`, to: `${year}-12-31` }
  }
  return { from: starts.reduce((a, b) => (b < a ? b : a)), to: ends.reduce((a, b) => (b > a ? b : a)) }
}

const tableWordsFor = (language: string) => [tableWords(language), englishTableWords]
const withEncoding = (preview: ImportPreview, encoding: string | undefined): ImportPreview =>
  encoding ? { ...preview, issues: [issue('', 'import.encodingAssumed', { encoding: encoding.toUpperCase() }), ...preview.issues] } : preview

interface ImportReaders {
  previewIcs: typeof import('../../shared/exchange/icsImport').previewIcs
  previewSteps: typeof import('../../shared/exchange/preview').previewSteps
}
let readers: ImportReaders | undefined

/**
 * The readers of imported files (ical.js for calendars), fetched when the first import starts
 * rather than with the window, which never needs them to show a plan. Once here, a new preview
 * (another mapping, kind or range) is made at once, within the planner's click, as before.
 */
async function importReaders(): Promise<ImportReaders> {
  const [{ previewIcs }, { previewSteps }] = await Promise.all([import('../../shared/exchange/icsImport'), import('../../shared/exchange/preview')])
  return (readers = { previewIcs, previewSteps })
}

/** A calendar's preview: recurring events expanded between the range's days. */
function previewOfCalendar(previewIcs: ImportReaders['previewIcs'], doc: Project, text: string, range: { from: string; to: string }): ImportPreview {
  return previewIcs(doc, text, { range, defaultCountry: usualCountry(doc), countryCode: countryCodeOf })
}

/** What an import file is read from again when the mapping or the range changes. */
export function sourceOfFile(doc: Project, file: Extract<ImportFile, { kind: 'calendar' | 'table' }>, language: string): ImportSource {
  if (file.kind === 'calendar') return { kind: 'calendar', text: file.text, range: planSpan(doc) }
  // A workbook exported by Caravan has its Events sheet first; otherwise the first sheet with rows.
  const sheet = file.sheets.find((s) => s.rows.length > 1) ?? file.sheets[0]
  return { kind: 'table', rows: sheet?.rows ?? [], language, ...(file.encoding ? { encoding: file.encoding } : {}) }
}

let previewRun = 0
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Shows the preview of `source` in the import dialog. A big sheet is read a chunk at a time with
 * the page getting its turn between chunks, and the dialog shows how far it got; closing the
 * dialog (Stop) or a newer preview ends the reading. `choice` is a column mapping the user picked.
 */
export async function showPreview(store: WorkspaceStore, fileName: string, source: ImportSource, choice?: { kind: ImportKind; mapping?: ImportPreview['mapping'] }): Promise<void> {
  const doc = currentProject(store.getState())
  if (!doc) return
  const run = ++previewRun
  const before = store.getState().dialogs.importing
  // Closed while the readers were fetched, or overtaken by a newer preview.
  const gone = () => run !== previewRun || (before !== null && store.getState().dialogs.importing === null)
  const { previewIcs, previewSteps } = readers ?? (await importReaders())
  if (gone()) return
  if (source.kind === 'calendar') {
    store.getState().openDialog({ importing: { fileName, source, preview: previewOfCalendar(previewIcs, doc, source.text, source.range) } })
    return
  }
  const options = { words: tableWordsFor(source.language), countryCode: countryCodeOf, ...(choice ? { kind: choice.kind } : {}), ...(choice?.mapping ? { mapping: choice.mapping } : {}) }
  const total = Math.max(0, source.rows.length - 1)
  const steps = previewSteps(doc, source.rows, options)
  let step = steps.next()
  while (!step.done) {
    const shown = store.getState().dialogs.importing
    // Stopped (the dialog closed after the reading began) or overtaken by a newer preview.
    if (run !== previewRun || (shown === null && before !== null) || (shown !== null && shown.source !== source)) return
    store.getState().openDialog({ importing: { fileName, source, preview: shown?.preview ?? emptyPreview(), progress: { done: step.value, total } } })
    await nextTurn()
    if (run !== previewRun || store.getState().dialogs.importing?.source !== source) return
    step = steps.next()
  }
  store.getState().openDialog({ importing: { fileName, source, preview: withEncoding(step.value, source.encoding) } })
}

const emptyPreview = (): ImportPreview => ({ kind: 'events', headers: [], mapping: [], rows: [], newPartners: [], newVenues: [], issues: [] })

/** The mapping with column `index` filling `field` (or nothing); a field another column filled moves here. */
export function remapped(mapping: readonly (Field | undefined)[], index: number, field: Field | undefined): (Field | undefined)[] {
  return mapping.map((f, i) => (i === index ? field : field !== undefined && f === field ? undefined : f))
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
  await showPreview(store, file.name, sourceOfFile(doc, file, language))
  return file
}
