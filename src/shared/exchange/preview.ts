// An imported sheet as a preview: each row as the event or partner it would become, with its
// problems as coded issues (errors skip the row, warnings do not), partners and venues matched by
// name in either language. Nothing changes until the caller applies `importArgs(preview)` through
// the one 'events.import' command.
import { newId, type Event, type Partner, type Project, type Venue } from '../format'
import { issue, type Issue } from '../messages'
import { guessKind, guessMapping, type Field, type ImportKind } from './mapping'
import { eventRow } from './eventRows'
import { planIds, type ImportRow, type RowContext } from './rowContext'
import { partnerRow } from './partnerRows'
import type { TableWords } from './tables'

/** At most this many rows are imported from one sheet (a larger one is refused, whole). */
export const maxImportRows = 50_000

export interface ImportPreview {
  kind: ImportKind
  headers: string[]
  mapping: (Field | undefined)[]
  rows: ImportRow[]
  /** Partners that rows name and the plan does not have, created with the import. */
  newPartners: Partner[]
  /** Venues that rows name and the plan does not have (with a city and country), created with the import. */
  newVenues: Venue[]
  /** Problems with the whole file (an encoding assumed, no rows …). */
  issues: Issue[]
}

export interface PreviewOptions {
  /** The header words Caravan exports (interface language and English), recognised exactly. */
  words?: readonly TableWords[]
  /** Events or partners; guessed from the columns when left out. */
  kind?: ImportKind
  /** A column mapping chosen by the user, replacing the guess. */
  mapping?: (Field | undefined)[]
  /** A country code of a country name in any language the edge knows (`Kazakhstan`, `哈萨克斯坦` → `KZ`). */
  countryCode?: (name: string) => string | undefined
  /** New ids (random by default; tests pass a counter). */
  newId?: (prefix: string) => string
  /** Create partners that rows name and the plan lacks (default true); otherwise they are left out. */
  createPartners?: boolean
  /** Create venues that rows name and the plan lacks, where the row gives a city and country (default true). */
  createVenues?: boolean
}

export type { ImportRow } from './rowContext'

/** Rows read between two progress reports of `previewSteps`. */
export const previewChunk = 200

/** The preview of importing `rows` (the header row first) into `doc`. */
export function previewRows(doc: Project, rows: readonly (readonly string[])[], options: PreviewOptions = {}): ImportPreview {
  const steps = previewSteps(doc, rows, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The same preview, made `chunk` rows at a time: yields how many body rows are read so far, and
 * returns the preview. A caller that yields to the page between steps keeps a 10,000-row sheet
 * from freezing the window, and can stop at any step.
 */
export function* previewSteps(doc: Project, rows: readonly (readonly string[])[], options: PreviewOptions = {}, chunk = previewChunk): Generator<number, ImportPreview, void> {
  const [headerRow = [], ...body] = rows
  const headers = headerRow.map((h) => h.trim())
  const kind = options.kind ?? guessKind(headers, options.words)
  const mapping = options.mapping ?? guessMapping(headers, kind, options.words)
  const empty: ImportPreview = { kind, headers, mapping, rows: [], newPartners: [], newVenues: [], issues: [] }
  if (body.length === 0) return { ...empty, issues: [issue('', 'import.noRows')] }
  if (body.length > maxImportRows) return { ...empty, issues: [issue('', 'import.tooManyRows', { count: body.length, max: maxImportRows })] }
  const needed = kind === 'events' ? ['title', 'start'] : ['name']
  if (!needed.every((f) => mapping.includes(f as Field))) return { ...empty, issues: [issue('', 'import.noColumns', { needed: kind === 'events' ? 'Title, Start, End, Country' : 'Name, Kind, Country' })] }
  const ctx: RowContext = {
    doc,
    headers,
    mapping,
    taken: planIds(doc),
    seen: new Set(),
    newId: options.newId ?? newId,
    countryCode: options.countryCode ?? (() => undefined),
    createPartners: options.createPartners ?? true,
    newPartners: new Map(),
    createVenues: options.createVenues ?? true,
    newVenues: new Map(),
  }
  const out: ImportRow[] = []
  for (let i = 0; i < body.length; i++) {
    const cells = body[i]!
    out.push(kind === 'events' ? eventRow(ctx, cells, i + 2) : partnerRow(ctx, cells, i + 2))
    if ((i + 1) % chunk === 0 && i + 1 < body.length) yield i + 1
  }
  return { kind, headers, mapping, rows: out, newPartners: [...ctx.newPartners.values()], newVenues: [...ctx.newVenues.values()], issues: [] }
}

/** The arguments of 'events.import' for the rows that are added or updated (rows with errors are left out). */
export function importArgs(preview: Pick<ImportPreview, 'rows' | 'newPartners'> & { newVenues?: Venue[] }): { events: Event[]; partners: Partner[]; venues: Venue[] } {
  const events: Event[] = []
  const partners: Partner[] = []
  const used = new Set<string>()
  for (const r of preview.rows) {
    if (r.action !== 'add' && r.action !== 'update') continue
    if (r.event) {
      events.push(r.event)
      for (const id of r.event.partnerIds) used.add(id)
      if (r.event.venueId) used.add(r.event.venueId)
    }
    if (r.partner) partners.push(r.partner)
  }
  // New partners only when a row that is imported names them.
  return { events, partners: [...preview.newPartners.filter((p) => used.has(p.id)), ...partners], venues: (preview.newVenues ?? []).filter((v) => used.has(v.id)) }
}
