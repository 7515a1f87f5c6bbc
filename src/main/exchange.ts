// File ▸ Export and File ▸ Import in main: the export is written where the save dialog says,
// through the store's durable writer; an import file is read only when it is a regular file under
// the size cap, then decoded (CSV: UTF-8, or the encoding assumed) or unpacked (XLSX) into rows.
import { basename, extname, resolve } from 'node:path'
import { withSubjects, type Issue } from '../shared/format'
import { issue } from '../shared/messages'
import { decodeText, exchangeKinds, parseCsv, planTable, planToIcs, tableToCsv } from '../shared/exchange'
import { readXlsx, tablesToXlsx } from '../shared/exchange/xlsx'
import { maxImportRows } from '../shared/exchange/preview'
import type { ExportRequest, ExportResult, ImportFile } from '../shared/ipc'
import { displayName, suggestedFileName } from './fileNames'
import { checkForSave } from './store'
import { writeFileDurably } from './store/durableFile'
import { readIssue, writeIssue } from './store/fileErrors'
import { NotReadable, readRegularFile } from './store/safeRead'

/** A sheet of 50,000 rows is a few MB as CSV; 64 MB is something else. */
export const maxImportBytes = 64 * 2 ** 20

type Failed = { kind: 'failed'; path: string; name: string; errors: Issue[] }
const failed = (path: string, errors: Issue[]): Failed => ({ kind: 'failed', path, name: path === '' ? '' : displayName(path), errors })

const countryName = (language: string): ((code: string) => string) => {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' })
  return (code) => names.of(code) ?? code
}

/** A file name for the export: `Silk Road 2027.ics`, `Silk Road 2027 events.csv`. */
export function exportFileName(title: string, request: Pick<ExportRequest, 'format' | 'what'>): string {
  const stem = basename(suggestedFileName(title), '.caravan')
  const what = request.format === 'csv' ? ` ${request.what ?? 'events'}` : ''
  return `${stem}${what}.${request.format}`
}

/** The bytes of an export. */
export async function exportData(request: ExportRequest): Promise<string | Uint8Array> {
  const { project, words } = request
  if (request.format === 'ics') return planToIcs(project, { countryName: countryName(request.language), summary: request.summary ?? 'both', ...(request.ids ? { ids: new Set(request.ids) } : {}) })
  if (request.format === 'csv') return tableToCsv(planTable(project, request.what ?? 'events'), words)
  const kinds = request.what ? [request.what] : exchangeKinds
  return tablesToXlsx(kinds.map((k) => planTable(project, k)), words, { title: project.title, created: new Date() })
}

/** Writes an export to `target`; `ask` shows the save dialog. */
export async function exportTo(request: ExportRequest, ask: (suggested: string) => Promise<string | null | Failed>): Promise<ExportResult> {
  const checked = checkForSave(request.project)
  if (!checked.ok) return failed('', withSubjects(request.project, checked.errors))
  const chosen = await ask(exportFileName(checked.project.title, request))
  if (typeof chosen === 'object' && chosen !== null) return chosen
  if (chosen === null) return { kind: 'canceled' }
  let target = resolve(chosen)
  if (extname(target) === '') target = `${target}.${request.format}`
  try {
    await writeFileDurably(target, await exportData({ ...request, project: checked.project }))
  } catch (error) {
    return failed(target, [writeIssue(target, error)])
  }
  return { kind: 'exported', path: target, name: displayName(target) }
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const looksBinary = (b: Uint8Array): boolean => b.subarray(0, 8192).includes(0)

/** Reads the import file at `path` as a calendar or a table. */
export async function readImportFile(path: string, kind: 'calendar' | 'spreadsheet'): Promise<ImportFile> {
  let bytes: Uint8Array
  try {
    bytes = (await readRegularFile(path, { cap: maxImportBytes })).bytes
  } catch (error) {
    if (error instanceof NotReadable && error.reason === 'too-large') return failed(path, [issue('', 'store.tooLarge', { file: path, megabytes: Math.round(maxImportBytes / 2 ** 20) })])
    return failed(path, [readIssue(path, error)])
  }
  const name = basename(path)
  if (bytes.length === 0) return failed(path, [issue('', 'import.noRows')])
  if (isZip(bytes)) {
    try {
      const sheets = await readXlsx(bytes, maxImportRows + 1)
      return { kind: 'table', path, name, sheets }
    } catch {
      return failed(path, [issue('', 'import.notSpreadsheet')])
    }
  }
  const decoded = decodeText(bytes)
  if (looksBinary(bytes) && decoded.encoding !== 'utf-16le' && decoded.encoding !== 'utf-16be') {
    return failed(path, [kind === 'calendar' ? issue('', 'import.notCalendar', { detail: 'binary data' }) : issue('', 'import.notSpreadsheet')])
  }
  if (kind === 'calendar' || /^\s*BEGIN:VCALENDAR/i.test(decoded.text)) return { kind: 'calendar', path, name, text: decoded.text }
  const rows = parseCsv(decoded.text)
  return { kind: 'table', path, name, sheets: [{ name: basename(path, extname(path)), rows }], ...(decoded.assumed ? { encoding: decoded.encoding } : {}) }
}
