// CSV out and in through papaparse: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM so Excel
// shows Chinese (Excel opens a BOM-less UTF-8 CSV in the system's ANSI code page). Cells that
// begin with = + - @ get a leading ' (papaparse's escapeFormulae) so a spreadsheet never runs them.
import Papa from 'papaparse'
import { cellText, type Table, type TableWords } from './tables'

export const utf8Bom = '\uFEFF'

/** The table as CSV text, beginning with a BOM, every record ending in CRLF; header words from `words`. */
export function tableToCsv(table: Table, words: TableWords): string {
  const fields = table.columns.map((c) => words.columns[c])
  const data = table.rows.map((row) => row.map((cell) => escapeEscaped(cellText(cell))))
  return utf8Bom + Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false, header: true, escapeFormulae: true }) + '\r\n'
}

/** The rows of CSV text (a BOM is dropped; the delimiter is guessed among , ; tab). Empty lines are left out. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(utf8Bom) ? text.slice(1) : text
  const result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] })
  return result.data.map((row) => row.map(unescapeFormula))
}

// papaparse's escape is a `'` before = + - @ tab CR; a text that begins with `'`s and one of those
// looks escaped, so it gets one `'` more, and reading takes exactly one off.
const looksEscaped = /^'+[=+\-@\t\r]/

function escapeEscaped(cell: string): string {
  return looksEscaped.test(cell) ? `'${cell}` : cell
}

/** Undoes papaparse's `escapeFormulae` (a `'` before = + - @), which keeps Excel from running a cell. */
export function unescapeFormula(cell: string): string {
  return looksEscaped.test(cell) ? cell.slice(1) : cell
}
