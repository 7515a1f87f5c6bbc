// Print settings: what the Print dialog chose, saved per plan under `views.print` like the
// timeline's view (a view setting, never an edit). Reading is tolerant: anything unusable falls
// back to its default, and keys this version does not know are kept when writing.
import type { Project } from '../format'

export const paperSizes = ['A4', 'A3', 'Letter', 'Legal'] as const
export type PaperSize = (typeof paperSizes)[number]
export const printLayouts = ['timeline', 'agenda', 'partners', 'coverage'] as const
export type PrintLayout = (typeof printLayouts)[number]
export const printRanges = ['month', 'quarter', 'year', 'plan', 'custom'] as const
export type PrintRange = (typeof printRanges)[number]
export const marginSizes = ['narrow', 'normal', 'wide'] as const
export type MarginSize = (typeof marginSizes)[number]
export const nameModes = ['en', 'local', 'both'] as const
export type NameMode = (typeof nameModes)[number]
export const scaleUnits = ['day', 'week', 'month'] as const
export type ScaleUnit = (typeof scaleUnits)[number]
export type Orientation = 'portrait' | 'landscape'

/** The timeline's scale: so many days/weeks/months per page width, or the whole range fitted to N pages wide. */
export type PrintScale = { mode: 'unit'; unit: ScaleUnit; count: number } | { mode: 'fit'; pagesWide: number }

/** Everything the Print dialog remembers for a plan. Dates are `YYYY-MM-DD`, inclusive. */
export interface PrintSettings {
  layout: PrintLayout
  range: PrintRange
  from: string
  to: string
  paper: PaperSize
  orientation: Orientation
  margins: MarginSize
  scale: PrintScale
  names: NameMode
  notes: boolean
  contacts: boolean
  budgets: boolean
  /** Print only what the screen's filter shows (otherwise everything in range). */
  useFilter: boolean
  /** Partner sheets of the selected partners only. */
  selectedOnly: boolean
}

export const DEFAULT_PRINT_SETTINGS: Readonly<PrintSettings> = Object.freeze<PrintSettings>({
  layout: 'agenda',
  range: 'plan',
  from: '',
  to: '',
  paper: 'A4',
  orientation: 'landscape',
  margins: 'normal',
  scale: { mode: 'unit', unit: 'month', count: 3 },
  names: 'both',
  notes: true,
  contacts: true,
  budgets: false,
  useFilter: true,
  selectedOnly: false,
})

/** Paper sizes in points (1/72 in), portrait. */
export const PAPER_POINTS: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  Letter: { width: 612, height: 792 },
  Legal: { width: 612, height: 1008 },
}

/** Page margins in millimetres. */
export const MARGIN_MM: Readonly<Record<MarginSize, number>> = { narrow: 7, normal: 12, wide: 20 }

export const PT_PER_MM = 72 / 25.4

/** The sheet and its printable box, in points, for the paper, orientation and margins. */
export function pageBox(settings: Pick<PrintSettings, 'paper' | 'orientation' | 'margins'>): { sheetWidth: number; sheetHeight: number; margin: number; width: number; height: number } {
  const paper = PAPER_POINTS[settings.paper]
  const landscape = settings.orientation === 'landscape'
  const sheetWidth = landscape ? paper.height : paper.width
  const sheetHeight = landscape ? paper.width : paper.height
  const margin = MARGIN_MM[settings.margins] * PT_PER_MM
  return { sheetWidth, sheetHeight, margin, width: sheetWidth - 2 * margin, height: sheetHeight - 2 * margin }
}

type Raw = Record<string, unknown>
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value)
const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T => (typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : fallback)
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback)
const count = (value: unknown, fallback: number, max: number): number => (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback)

function readScale(value: unknown): PrintScale {
  const fallback = DEFAULT_PRINT_SETTINGS.scale
  if (!isRecord(value)) return fallback
  if (value.mode === 'fit') return { mode: 'fit', pagesWide: count(value.pagesWide, 1, 50) }
  if (value.mode === 'unit') return { mode: 'unit', unit: oneOf(scaleUnits, value.unit, 'month'), count: count(value.count, 3, 366) }
  return fallback
}

/** Print settings read from anything (the plan's `views.print`, a remembered value), defaults for what is unusable. */
export function readPrintSettings(value: unknown): PrintSettings {
  const raw = isRecord(value) ? value : {}
  const d = DEFAULT_PRINT_SETTINGS
  return {
    layout: oneOf(printLayouts, raw.layout, d.layout),
    range: oneOf(printRanges, raw.range, d.range),
    from: isDate(raw.from) ? raw.from : '',
    to: isDate(raw.to) ? raw.to : '',
    paper: oneOf(paperSizes, raw.paper, d.paper),
    orientation: raw.orientation === 'portrait' || raw.orientation === 'landscape' ? raw.orientation : d.orientation,
    margins: oneOf(marginSizes, raw.margins, d.margins),
    scale: readScale(raw.scale),
    names: oneOf(nameModes, raw.names, d.names),
    notes: bool(raw.notes, d.notes),
    contacts: bool(raw.contacts, d.contacts),
    budgets: bool(raw.budgets, d.budgets),
    useFilter: bool(raw.useFilter, d.useFilter),
    selectedOnly: bool(raw.selectedOnly, d.selectedOnly),
  }
}

/** The plan's saved print settings (`views.print`). */
export function planPrintSettings(project: Project): PrintSettings {
  return readPrintSettings(project.views?.print)
}

/** The plan with `settings` written to `views.print` (unknown keys kept); the same project when they already read so. */
export function withPrintSettings(project: Project, settings: PrintSettings): Project {
  const raw = project.views?.print
  if (JSON.stringify(readPrintSettings(raw)) === JSON.stringify(settings)) return project
  return { ...project, views: { ...(project.views ?? {}), print: { ...(isRecord(raw) ? raw : {}), ...settings } } }
}

/** A file name for the exported PDF: the plan's title (characters no file system takes removed) and the layout. */
export function suggestedPdfName(title: string, layout: PrintLayout): string {
  const stem = Array.from(
    title
      .normalize('NFC')
      .replace(/[<>:"/\\|?*]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, ''),
  )
    .slice(0, 100)
    .join('')
  return `${stem || 'Caravan'} - ${layout}.pdf`
}
