// One sheet row as an event: each mapped cell read, checked and matched against the plan.
import { eventKinds, eventStatuses, isColor, isCurrency, isTimeZone, type Event, type Partner, type Venue } from '../format'
import { issue, type Issue } from '../messages'
import type { Field } from './mapping'
import { byId, cellsOf, freshId, key, nameIndex, readCountry, rowId, sameValue, type ImportRow, type Named, type RowContext } from './rowContext'
import { readAmount, readDate, readEventKind, readEventStatus, readList } from './values'

function dates(row: number, get: (f: Field) => string | undefined, header: (f: Field) => string, base: Event | undefined, errors: Issue[]): { start: string; end: string } | undefined {
  const startText = get('start')
  if (!startText) {
    if (base) return { start: base.start, end: base.end }
    errors.push(issue('', 'import.dateMissing', { row, column: header('start') }))
    return undefined
  }
  const start = readDate(startText)
  const endText = get('end')
  const end = endText ? readDate(endText) : start
  for (const [f, d] of [['start', start], ['end', end]] as const) {
    if (!d.ok) errors.push(issue('', d.reason === 'unrealDate' ? 'import.unrealDate' : 'import.notDate', { row, column: header(f), value: d.value }))
  }
  if (!start.ok || !end.ok) return undefined
  // A timed start with an end that is a date alone: the event ends that day at the same time it starts? No: ask.
  if (start.value.length !== end.value.length) {
    errors.push(issue('', 'import.mixedDates', { row }))
    return undefined
  }
  if (end.value < start.value) {
    errors.push(issue('', 'import.endBeforeStart', { row, end: end.value, start: start.value }))
    return undefined
  }
  return { start: start.value, end: end.value }
}

function partnerIdsOf(ctx: RowContext, row: number, names: string[], country: string, warnings: Issue[]): string[] {
  const find = nameIndex(ctx.doc.partners)
  const ids: string[] = []
  for (const name of names) {
    let id = find(name) ?? ctx.newPartners.get(key(name))?.id
    if (id === undefined && ctx.createPartners) {
      const partner: Partner = { id: freshId(ctx.taken, 'p-', ctx.newId), name, kind: 'other', country }
      ctx.newPartners.set(key(name), partner)
      id = partner.id
      warnings.push(issue('', 'import.partnerCreated', { row, name }))
    } else if (id === undefined) warnings.push(issue('', 'import.nameUnknown', { row, column: 'partner', name }))
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  return ids
}

function listIds(row: number, column: string, text: string, list: readonly Named[], warnings: Issue[]): string[] {
  const find = nameIndex(list)
  const ids: string[] = []
  for (const name of readList(text)) {
    const id = find(name)
    if (id === undefined) warnings.push(issue('', 'import.nameUnknown', { row, column, name }))
    else if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

/** Sets `field` of `e` to `value`, or removes it when `value` is undefined (an optional field left empty). */
function setOptional<K extends keyof Event>(e: Event, field: K, value: Event[K] | undefined): void {
  if (value === undefined || value === '') delete e[field]
  else e[field] = value
}

/** A venue for a name the plan lacks, in the row's city and country; undefined when the row does not say where. */
function newVenue(ctx: RowContext, row: number, name: string, country: string | undefined, city: string | undefined, zoneText: string | undefined, warnings: Issue[]): Venue | undefined {
  const made = ctx.newVenues.get(key(name))
  if (made) return made
  if (!ctx.createVenues || !country || !city) return undefined
  // Its zone: the row's, else that of another venue in the same country, else the plan's home zone (said, to be checked).
  const zone = zoneText && isTimeZone(zoneText) ? zoneText : (ctx.doc.venues.find((v) => v.country === country)?.timeZone ?? ctx.doc.homeTimeZone)
  const venue: Venue = { id: freshId(ctx.taken, 'v-', ctx.newId), name, country, city, timeZone: zone }
  ctx.newVenues.set(key(name), venue)
  warnings.push(issue('', 'import.venueCreated', { row, name, city, zone }))
  return venue
}

function readPlace(ctx: RowContext, row: number, get: (f: Field) => string | undefined, e: Event, warnings: Issue[], errors: Issue[]): void {
  const countryText = get('country')
  const rowCountry = countryText ? readCountry(ctx, countryText) : undefined
  const venueText = get('venueId') || get('venue')
  if (venueText !== undefined) {
    let venueId = venueText ? (nameIndex(ctx.doc.venues)(venueText) ?? ctx.newVenues.get(key(venueText))?.id) : undefined
    if (venueText && venueId === undefined) {
      venueId = newVenue(ctx, row, venueText, rowCountry ?? (e.country || undefined), get('city') || e.city, get('timeZone'), warnings)?.id
      if (venueId === undefined) warnings.push(issue('', 'import.venueUnknown', { row, name: venueText }))
    }
    setOptional(e, 'venueId', venueId)
  }
  const venue = e.venueId === undefined ? undefined : (byId(ctx.doc.venues).get(e.venueId) ?? [...ctx.newVenues.values()].find((v) => v.id === e.venueId))
  if (countryText) {
    if (rowCountry) e.country = rowCountry
    else errors.push(issue('', 'import.countryUnknown', { row, value: countryText }))
  } else if (!e.country && venue) e.country = venue.country
  if (!e.country && !errors.length) errors.push(issue('', 'import.countryMissing', { row }))
  const city = get('city')
  if (city !== undefined) setOptional(e, 'city', city || undefined)
  if (e.city === undefined && venue) e.city = venue.city
}

function readZone(ctx: RowContext, row: number, get: (f: Field) => string | undefined, e: Event, warnings: Issue[], errors: Issue[]): void {
  const zoneText = get('timeZone')
  if (!e.start.includes('T')) {
    delete e.timeZone
    return
  }
  if (zoneText) {
    if (isTimeZone(zoneText)) e.timeZone = zoneText
    else errors.push(issue('', 'import.zoneUnknown', { row, value: zoneText }))
    return
  }
  if (e.timeZone) return
  const zone = (ctx.doc.venues.find((v) => v.id === e.venueId) ?? [...ctx.newVenues.values()].find((v) => v.id === e.venueId))?.timeZone ?? ctx.doc.homeTimeZone
  e.timeZone = zone
  warnings.push(issue('', 'import.zoneAssumed', { row, zone }))
}

function readKindAndStatus(row: number, get: (f: Field) => string | undefined, e: Event, warnings: Issue[]): void {
  const kindText = get('kind')
  if (kindText) {
    const k = readEventKind(kindText)
    if (!k) warnings.push(issue('', 'import.kindUnknown', { row, value: kindText, allowed: eventKinds.join(', ') }))
    e.kind = k ?? 'other'
  }
  const statusText = get('status')
  if (statusText) {
    const s = readEventStatus(statusText)
    if (!s) warnings.push(issue('', 'import.statusUnknown', { row, value: statusText, allowed: eventStatuses.join(', ') }))
    e.status = s ?? 'planned'
  }
}

function readExtras(ctx: RowContext, row: number, c: ReturnType<typeof cellsOf>, e: Event, warnings: Issue[]): void {
  const { get, header } = c
  const partnerText = get('partnerIds') || get('partners')
  if (partnerText !== undefined) e.partnerIds = partnerIdsOf(ctx, row, readList(partnerText), e.country, warnings)
  const lists = [['channels', 'channelIds', ctx.doc.channels], ['audiences', 'audienceIds', ctx.doc.audiences], ['strategies', 'strategyIds', ctx.doc.strategies]] as const
  for (const [f, field, list] of lists) {
    const text = get(f)
    if (text !== undefined) e[field] = listIds(row, header(f), text, list, warnings)
  }
  const amountText = get('budgetAmount')
  if (amountText !== undefined) {
    const amount = readAmount(amountText)
    const currency = (get('budgetCurrency') || e.budget?.currency || '').toUpperCase()
    if (amountText === '') delete e.budget
    else if (amount === undefined || !isCurrency(currency)) {
      warnings.push(issue('', 'import.budgetInvalid', { row, value: `${amountText} ${currency}`.trim() }))
      delete e.budget
    } else e.budget = { amount, currency }
  }
  for (const f of ['titleLocal', 'notes'] as const) {
    const text = get(f)
    if (text !== undefined) setOptional(e, f, text)
  }
  const color = get('color')
  if (color !== undefined) setOptional(e, 'color', isColor(color.toLowerCase()) ? color.toLowerCase() : undefined)
  const copro = get('coproductionId')
  if (copro !== undefined) setOptional(e, 'coproductionId', ctx.doc.coproductions.some((x) => x.id === copro) ? copro : undefined)
}

/** One row of an events sheet as an import row. */
export function eventRow(ctx: RowContext, cells: readonly string[], row: number): ImportRow {
  const c = cellsOf(ctx, cells)
  const { get, header } = c
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const events = byId(ctx.doc.events)
  const id = rowId(ctx, row, get('id') ?? '', events, 'e-', warnings)
  const base = events.get(id)
  const title = get('title') || base?.title
  if (!title) errors.push(issue('', 'import.titleMissing', { row, column: header('title') }))
  const span = dates(row, get, header, base, errors)
  const e: Event = base
    ? structuredClone(base)
    : { id, title: '', kind: 'other', status: 'planned', start: '', end: '', country: '', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] }
  if (title) e.title = title
  if (span) Object.assign(e, span)
  readPlace(ctx, row, get, e, warnings, errors)
  if (span) readZone(ctx, row, get, e, warnings, errors)
  readKindAndStatus(row, get, e, warnings)
  readExtras(ctx, row, c, e, warnings)
  if (errors.length) return { row, action: 'skip', ...(title ? { title } : {}), errors, warnings }
  const action = !base ? 'add' : sameValue(base, e) ? 'same' : 'update'
  return { row, action, event: e, errors, warnings }
}
