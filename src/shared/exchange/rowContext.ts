// What reading the rows of one imported sheet shares: the plan, the column mapping, the ids
// given out so far, and lookups of names in either language.
import { isCountry, isId, type Event, type Partner, type Project, type Venue } from '../format'
import { issue, type Issue } from '../messages'
import type { Field } from './mapping'

export interface ImportRow {
  /** The row's number in the sheet (the header is row 1). */
  row: number
  /** add: a new entity; update: an entity of the plan with this id; same: already as in the plan; skip: has errors. */
  action: 'add' | 'update' | 'same' | 'skip'
  event?: Event
  partner?: Partner
  /** What the row names (its title or name), shown for a row that is skipped. */
  title?: string
  errors: Issue[]
  warnings: Issue[]
}

/** What reading the rows of one sheet shares. */
export interface RowContext {
  doc: Project
  headers: string[]
  mapping: (Field | undefined)[]
  /** Every id in the plan and given out so far. */
  taken: Set<string>
  /** Ids that rows of this sheet carried. */
  seen: Set<string>
  newId: (prefix: string) => string
  countryCode: (name: string) => string | undefined
  createPartners: boolean
  /** Partners created for names the plan lacks, by normalised name. */
  newPartners: Map<string, Partner>
  createVenues: boolean
  /** Venues created for names the plan lacks, by normalised name. */
  newVenues: Map<string, Venue>
}

/** The cells of a row by field, and the header of each field (for messages). */
export function cellsOf(ctx: RowContext, cells: readonly string[]): { get(f: Field): string | undefined; header(f: Field): string } {
  const at = new Map<Field, number>()
  ctx.mapping.forEach((f, i) => f && at.set(f, i))
  return {
    get: (f) => {
      const i = at.get(f)
      return i === undefined ? undefined : (cells[i] ?? '').trim()
    },
    header: (f) => ctx.headers[at.get(f) ?? -1] ?? f,
  }
}

export const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ')

export type Named = { id: string; name: string; nameLocal?: string | undefined }

/** Looks names up by id, name or local name (case and spacing ignored). */
export function nameIndex(list: readonly Named[]): (text: string) => string | undefined {
  const cached = nameIndexes.get(list)
  if (cached) return cached
  const m = new Map<string, string>()
  for (const x of list) m.set(x.id, x.id)
  for (const x of list) {
    if (!m.has(key(x.name))) m.set(key(x.name), x.id)
    if (x.nameLocal && !m.has(key(x.nameLocal))) m.set(key(x.nameLocal), x.id)
  }
  const find = (text: string): string | undefined => m.get(text.trim()) ?? m.get(key(text))
  nameIndexes.set(list, find)
  return find
}

const nameIndexes = new WeakMap<readonly Named[], (text: string) => string | undefined>()
const idMaps = new WeakMap<readonly { id: string }[], Map<string, unknown>>()

/** The entities of `list` by id (made once per list: a sheet of 10,000 rows looks up 10,000 times). */
export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let m = idMaps.get(list) as Map<string, T> | undefined
  if (!m) {
    m = new Map(list.map((x) => [x.id, x]))
    idMaps.set(list, m)
  }
  return m
}

/** A country code from a code (any case) or a name. */
export function readCountry(ctx: RowContext, text: string): string | undefined {
  const upper = text.trim().toUpperCase()
  return isCountry(upper) ? upper : ctx.countryCode(text.trim())
}

/** A new id that is not taken in `taken` (which it joins). */
export function freshId(taken: Set<string>, prefix: string, make: (prefix: string) => string): string {
  for (;;) {
    const id = make(prefix)
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
}

/** The id a row keeps: its own when it is free or names an entity of the same kind, otherwise a new one (with a warning). */
export function rowId(ctx: RowContext, row: number, value: string, sameKind: ReadonlyMap<string, unknown>, prefix: string, warnings: Issue[]): string {
  const v = value.trim()
  if (v === '') return freshId(ctx.taken, prefix, ctx.newId)
  if (!isId(v)) warnings.push(issue('', 'import.idInvalid', { row, value: v }))
  else if (ctx.seen.has(v)) warnings.push(issue('', 'import.idTwice', { row, value: v }))
  else if (ctx.taken.has(v) && !sameKind.has(v)) warnings.push(issue('', 'import.idOtherKind', { row, value: v }))
  else {
    ctx.seen.add(v)
    ctx.taken.add(v)
    return v
  }
  return freshId(ctx.taken, prefix, ctx.newId)
}

/** Deep equality of plain JSON values, whatever the order of keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** Every id used anywhere in the plan. */
export function planIds(doc: Project): Set<string> {
  const ids = new Set<string>([doc.id])
  for (const list of [doc.partners, doc.venues, doc.events, doc.coproductions, doc.dependencies, doc.channels, doc.audiences, doc.strategies]) for (const x of list) ids.add(x.id)
  for (const c of doc.coproductions) {
    for (const p of c.phases) ids.add(p.id)
    for (const r of c.releases) ids.add(r.id)
  }
  return ids
}
