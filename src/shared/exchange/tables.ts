// A plan as tables: one row per entity, the columns a spreadsheet shows (ids and both names, lists
// joined with '; ', ISO dates). CSV and XLSX are both written from these tables; the words of the
// header row come from the caller (the interface language in the app, English in the CLI).
import type { Project } from '../format'

/** What a table holds. */
export const exchangeKinds = ['events', 'partners', 'venues', 'coproductions'] as const
export type ExchangeKind = (typeof exchangeKinds)[number]

/** The columns of each kind, in order. Keys are stable: header words are looked up by them. */
export const tableColumns = {
  events: ['id', 'title', 'titleLocal', 'kind', 'status', 'start', 'end', 'timeZone', 'country', 'city', 'venueId', 'venue', 'partnerIds', 'partners', 'partnersLocal', 'channels', 'audiences', 'strategies', 'coproductionId', 'budgetAmount', 'budgetCurrency', 'notes', 'color'],
  partners: ['id', 'name', 'nameLocal', 'kind', 'country', 'city', 'website', 'contacts', 'notes'],
  venues: ['id', 'name', 'nameLocal', 'country', 'city', 'address', 'capacity', 'timeZone'],
  coproductions: ['id', 'row', 'coproductionId', 'title', 'titleLocal', 'kind', 'status', 'start', 'end', 'timeZone', 'country', 'channels', 'partnerIds', 'partners', 'notes'],
} as const satisfies Record<ExchangeKind, readonly string[]>

export type ColumnKey = (typeof tableColumns)[ExchangeKind][number]

/** Words for the header row of every column and the name of every sheet, supplied by the edge. */
export interface TableWords {
  columns: Record<ColumnKey, string>
  sheets: Record<ExchangeKind, string>
}

/** A date cell keeps its ISO text (`2027-05-12` or `2027-05-12T19:30`); XLSX writes it as a real date. */
export interface DateCell {
  date: string
}
export type Cell = string | number | DateCell | undefined

export interface Table {
  kind: ExchangeKind
  columns: readonly ColumnKey[]
  rows: Cell[][]
}

/** The separator of a list inside one cell. */
export const listSeparator = '; '

export const isDateCell = (cell: Cell): cell is DateCell => typeof cell === 'object' && cell !== null

/** A cell as text: what a CSV holds. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return ''
  if (isDateCell(cell)) return cell.date
  return String(cell)
}

type Named = { id: string; name: string; nameLocal?: string | undefined }

function namer(list: readonly Named[]): { name(id: string): string; local(id: string): string } {
  const byId = new Map(list.map((x) => [x.id, x]))
  return {
    name: (id) => byId.get(id)?.name ?? id,
    local: (id) => byId.get(id)?.nameLocal ?? '',
  }
}

const join = (xs: readonly string[]): string => xs.join(listSeparator)
const date = (value: string | undefined): Cell => (value === undefined ? undefined : { date: value })

function eventRows(doc: Project): Cell[][] {
  const partners = namer(doc.partners)
  const venues = namer(doc.venues)
  const channels = namer(doc.channels)
  const audiences = namer(doc.audiences)
  const strategies = namer(doc.strategies)
  return doc.events.map((e) => [
    e.id, e.title, e.titleLocal, e.kind, e.status, date(e.start), date(e.end), e.timeZone, e.country, e.city,
    e.venueId, e.venueId === undefined ? undefined : venues.name(e.venueId),
    join(e.partnerIds), join(e.partnerIds.map(partners.name)), join(e.partnerIds.map(partners.local).filter(Boolean)),
    join(e.channelIds.map(channels.name)), join(e.audienceIds.map(audiences.name)), join(e.strategyIds.map(strategies.name)),
    e.coproductionId, e.budget?.amount, e.budget?.currency, e.notes, e.color,
  ])
}

function partnerRows(doc: Project): Cell[][] {
  return doc.partners.map((p) => [
    p.id, p.name, p.nameLocal, p.kind, p.country, p.city, p.website,
    join((p.contacts ?? []).map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(', '))),
    p.notes,
  ])
}

function venueRows(doc: Project): Cell[][] {
  return doc.venues.map((v) => [v.id, v.name, v.nameLocal, v.country, v.city, v.address, v.capacity, v.timeZone])
}

function coproductionRows(doc: Project): Cell[][] {
  const partners = namer(doc.partners)
  const channels = namer(doc.channels)
  const rows: Cell[][] = []
  for (const c of doc.coproductions) {
    rows.push([c.id, 'coproduction', undefined, c.title, c.titleLocal, c.format, c.status, undefined, undefined, undefined, undefined, join(c.channelIds.map(channels.name)), join(c.partnerIds), join(c.partnerIds.map(partners.name)), c.notes])
    for (const p of c.phases) rows.push([p.id, 'phase', c.id, p.title, undefined, p.kind, p.status, date(p.start), date(p.end), undefined, undefined, undefined, undefined, undefined, undefined])
    for (const r of c.releases) rows.push([r.id, 'release', c.id, r.title, undefined, undefined, undefined, date(r.start), undefined, r.timeZone, r.country, channels.name(r.channelId), undefined, undefined, undefined])
  }
  return rows
}

/** The table of one kind of entity in `doc`. */
export function planTable(doc: Project, kind: ExchangeKind): Table {
  const rows = kind === 'events' ? eventRows(doc) : kind === 'partners' ? partnerRows(doc) : kind === 'venues' ? venueRows(doc) : coproductionRows(doc)
  return { kind, columns: tableColumns[kind], rows }
}
