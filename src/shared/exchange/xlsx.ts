// Excel workbooks out and in through exceljs: one sheet per kind, a bold frozen header row with a
// filter, columns as wide as their text (CJK characters count double, as Excel draws them), and
// dates as real date cells (all-day `yyyy-mm-dd`, timed `yyyy-mm-dd hh:mm` wall-clock time in the
// row's time-zone column: Excel dates have no zone).
import type ExcelJS from 'exceljs'
import { isDateCell, type Table, type TableWords } from './tables'

const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g

// exceljs takes about 200 ms to load: it is loaded for the first workbook, not as the main process,
// the web host or the CLI starts.
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default
}

/** How many character widths `text` takes in a spreadsheet cell. */
export function textWidth(text: string): number {
  return text.length + (text.match(wide)?.length ?? 0)
}

/** A date cell's value: the wall-clock fields as UTC, which is how Excel's zone-less serials are read. */
function excelDate(iso: string): Date {
  const [d, t] = iso.split('T') as [string, string | undefined]
  const [y, m, day] = d.split('-').map(Number) as [number, number, number]
  const [hh, mm] = (t ?? '00:00').split(':').map(Number) as [number, number]
  return new Date(Date.UTC(y, m - 1, day, hh, mm))
}

function addSheet(book: ExcelJS.Workbook, table: Table, words: TableWords): void {
  const sheet = book.addWorksheet(words.sheets[table.kind], { views: [{ state: 'frozen', ySplit: 1 }] })
  const headers = table.columns.map((c) => words.columns[c])
  const widths = headers.map(textWidth)
  sheet.addRow(headers).font = { bold: true }
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((cell) => (isDateCell(cell) ? excelDate(cell.date) : cell ?? null)))
    cells.forEach((cell, i) => {
      if (cell === undefined) return
      if (isDateCell(cell)) {
        const timed = cell.date.includes('T')
        row.getCell(i + 1).numFmt = timed ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd'
        widths[i] = Math.max(widths[i] ?? 0, timed ? 17 : 11)
      } else widths[i] = Math.max(widths[i] ?? 0, textWidth(String(cell)))
    })
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(8, (widths[i] ?? 8) + 2))
  })
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } }
  // Printed (or turned into PDF): landscape A4, all columns across one page, the header on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
}

/** A workbook with one sheet per table, as the bytes of an .xlsx file. */
export async function tablesToXlsx(tables: readonly Table[], words: TableWords, meta: { title: string; created: Date }): Promise<Uint8Array> {
  const book = new (await excel()).Workbook()
  book.creator = 'Caravan'
  book.title = meta.title
  book.created = meta.created
  book.modified = meta.created
  for (const table of tables) addSheet(book, table, words)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const pad = (n: number): string => String(n).padStart(2, '0')

function cellString(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
    const timed = /h/i.test(cell.numFmt ?? '') || value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0
    return timed ? `${day}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day
  }
  if (value === null || value === undefined) return ''
  return cell.text.trim()
}

/** One sheet of a workbook as rows of text (dates as ISO), the header row first. */
export interface SheetRows {
  name: string
  rows: string[][]
}

/**
 * The sheets of .xlsx bytes as text rows; stops reading a sheet after `maxRows` rows (the caller
 * reports a sheet that was cut). Throws when the bytes are not a workbook.
 */
export async function readXlsx(bytes: Uint8Array, maxRows = Infinity): Promise<SheetRows[]> {
  const book = new (await excel()).Workbook()
  // exceljs's types ask for a Node Buffer; any ArrayBuffer view is read the same way.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return book.worksheets.map((sheet) => {
    const rows: string[][] = []
    const width = sheet.columnCount
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length > maxRows) return
      const cells: string[] = []
      for (let c = 1; c <= width; c++) cells.push(cellString(row.getCell(c)))
      if (cells.some((x) => x !== '')) rows.push(cells)
    })
    return { name: sheet.name, rows }
  })
}
