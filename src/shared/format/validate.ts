// The whole-file rules of FORMAT.md over a parsed document, in one linear pass after an id pass.
// The document is read in place and never copied (except to drop `null` optional fields), so
// keys such as `__proto__` stay plain own data, and a 10,000-event plan costs a few milliseconds.
import { isColor, isCurrency, isEmail, isTimestamp, isWebsite } from './checks'
import { found, quote, shown, type Issue } from '../messages'
import {
  at,
  countryField,
  dateField,
  enumField,
  idField,
  isObj,
  optional,
  optionalRef,
  optionalText,
  plainData,
  refList,
  refValue,
  register,
  requiredText,
  spanCheck,
  titleField,
  unknownFields,
  Walk,
  zoneField,
  type Kind,
  type Obj,
} from './fields'
import { nonWorkingDayFields, revisionFields } from './revisions'
import { coproductionFormats, dependencyTypes, eventKinds, eventStatuses, keyOrder, media, partnerKinds, phaseKinds } from './schema'

const known = Object.fromEntries(Object.entries(keyOrder).map(([k, v]) => [k, new Set<string>(v)])) as unknown as Record<keyof typeof keyOrder, ReadonlySet<string>>
const partnerKindSet = new Set<string>(partnerKinds)
const eventKindSet = new Set<string>(eventKinds)
const statusSet = new Set<string>(eventStatuses)
const formatSet = new Set<string>(coproductionFormats)
const phaseKindSet = new Set<string>(phaseKinds)
const mediumSet = new Set<string>(media)
const dependencyTypeSet = new Set<string>(dependencyTypes)

function contact(w: Walk, o: Obj, p: string): void {
  const name = requiredText(w, o, p, 'name', 'contact')
  if (name === '') w.add(at(p, 'name'), 'format.textEmpty', { thing: 'contact', field: 'name' })
  optionalText(w, o, p, 'role')
  optionalText(w, o, p, 'email', isEmail, 'format.notEmail')
  optionalText(w, o, p, 'phone')
  unknownFields(w, o, p, known.contact)
}

function partner(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'partner')
  titleField(w, o, p, 'name', 'partner')
  optionalText(w, o, p, 'nameLocal')
  enumField(w, o, p, 'kind', partnerKindSet, 'partnerKind')
  countryField(w, o, p, 'country', true)
  optionalText(w, o, p, 'city')
  optionalText(w, o, p, 'website', isWebsite, 'format.notWebsite')
  const contacts = optional(w, o, 'contacts')
  if (contacts !== undefined) items(w, contacts, at(p, 'contacts'), 'contact', contact)
  optionalText(w, o, p, 'notes')
  unknownFields(w, o, p, known.partner)
}

function venue(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'venue')
  titleField(w, o, p, 'name', 'venue')
  optionalText(w, o, p, 'nameLocal')
  countryField(w, o, p, 'country', true)
  titleField(w, o, p, 'city', 'venue')
  optionalText(w, o, p, 'address')
  const capacity = optional(w, o, 'capacity')
  if (capacity !== undefined && !(typeof capacity === 'number' && Number.isSafeInteger(capacity) && capacity >= 0)) {
    w.add(at(p, 'capacity'), 'format.capacityNotNumber', found(capacity))
  }
  zoneField(w, o, p, 'timeZone', true, 'format.venueZoneMissing')
  unknownFields(w, o, p, known.venue)
}

function budget(w: Walk, o: Obj, p: string): void {
  const amount = o.amount
  if (amount === undefined || amount === null) w.add(at(p, 'amount'), 'format.amountMissing')
  else if (typeof amount !== 'number' || !Number.isFinite(amount)) w.add(at(p, 'amount'), 'format.amountNotNumber', found(amount))
  else if (amount < 0) w.add(at(p, 'amount'), 'format.amountNegative', { amount })
  const currency = o.currency
  if (currency === undefined || currency === null) w.add(at(p, 'currency'), 'format.currencyMissing')
  else if (typeof currency !== 'string') w.add(at(p, 'currency'), 'format.currencyNotText', found(currency))
  else if (!isCurrency(currency)) {
    const upper = currency.toUpperCase()
    if (isCurrency(upper)) w.add(at(p, 'currency'), 'format.currencyCase', { value: quote(currency), upper })
    else w.add(at(p, 'currency'), 'format.notCurrency', { value: quote(currency) })
  }
  unknownFields(w, o, p, known.budget)
}

function event(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'event')
  titleField(w, o, p, 'title', 'event')
  optionalText(w, o, p, 'titleLocal')
  enumField(w, o, p, 'kind', eventKindSet, 'eventKind')
  enumField(w, o, p, 'status', statusSet, 'status')
  const start = dateField(w, o, p, 'start', 'event', false)
  const end = dateField(w, o, p, 'end', 'event', false)
  spanCheck(w, p, start, end)
  const hasZone = zoneField(w, o, p, 'timeZone', false)
  if (!hasZone && (start?.shape === 'timed' || end?.shape === 'timed')) {
    w.add(at(p, 'timeZone'), 'format.eventZoneMissing')
  }
  countryField(w, o, p, 'country', true)
  optionalText(w, o, p, 'city')
  optionalRef(w, o, p, 'venueId', 'venue')
  refList(w, o, p, 'partnerIds', 'partner')
  refList(w, o, p, 'channelIds', 'channel')
  refList(w, o, p, 'audienceIds', 'audience')
  refList(w, o, p, 'strategyIds', 'strategy')
  optionalRef(w, o, p, 'coproductionId', 'coproduction')
  const money = optional(w, o, 'budget')
  if (money !== undefined) {
    if (isObj(money)) budget(w, money, at(p, 'budget'))
    else w.add(at(p, 'budget'), 'format.budgetNotObject', found(money))
  }
  optionalText(w, o, p, 'notes')
  optionalText(w, o, p, 'color', isColor, 'format.notColor')
  unknownFields(w, o, p, known.event)
}

function phase(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'phase')
  enumField(w, o, p, 'kind', phaseKindSet, 'phaseKind')
  optionalText(w, o, p, 'title')
  spanCheck(w, p, dateField(w, o, p, 'start', 'phase', true), dateField(w, o, p, 'end', 'phase', true))
  enumField(w, o, p, 'status', statusSet, 'status')
  unknownFields(w, o, p, known.phase)
}

function release(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'release')
  const channel = o.channelId
  if (channel === undefined || channel === null) w.add(at(p, 'channelId'), 'format.releaseChannelMissing')
  else refValue(w, channel, p, 'channelId', -1, ['channel'], 'channel')
  const start = dateField(w, o, p, 'start', 'release', false)
  const hasZone = zoneField(w, o, p, 'timeZone', false)
  if (!hasZone && start?.shape === 'timed') {
    w.add(at(p, 'timeZone'), 'format.releaseZoneMissing')
  }
  countryField(w, o, p, 'country', false)
  optionalText(w, o, p, 'title')
  unknownFields(w, o, p, known.release)
}

function coproduction(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'coproduction')
  titleField(w, o, p, 'title', 'coproduction')
  optionalText(w, o, p, 'titleLocal')
  enumField(w, o, p, 'format', formatSet, 'coproductionFormat')
  enumField(w, o, p, 'status', statusSet, 'status')
  refList(w, o, p, 'partnerIds', 'partner')
  refList(w, o, p, 'channelIds', 'channel')
  refList(w, o, p, 'audienceIds', 'audience')
  refList(w, o, p, 'strategyIds', 'strategy')
  requiredItems(w, o, p, 'phases', 'phase', phase)
  requiredItems(w, o, p, 'releases', 'release', release)
  optionalText(w, o, p, 'notes')
  unknownFields(w, o, p, known.coproduction)
}

const eventOrPhase: readonly Kind[] = ['event', 'phase']
function dependency(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'dependency')
  for (const key of ['from', 'to']) {
    const value = o[key]
    if (value === undefined || value === null) w.add(at(p, key), 'format.dependencyEndMissing')
    else refValue(w, value, p, key, -1, eventOrPhase, 'eventOrPhase')
  }
  if (typeof o.from === 'string' && o.from === o.to) w.add(at(p, 'to'), 'format.waitsForItself', { value: quote(o.from) })
  enumField(w, o, p, 'type', dependencyTypeSet, 'dependencyType')
  unknownFields(w, o, p, known.dependency)
}

function channel(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'channel')
  titleField(w, o, p, 'name', 'channel')
  optionalText(w, o, p, 'nameLocal')
  enumField(w, o, p, 'medium', mediumSet, 'medium')
  unknownFields(w, o, p, known.channel)
}

function described(kind: 'audience' | 'strategy') {
  return (w: Walk, o: Obj, p: string): void => {
    idField(w, o, p, kind)
    titleField(w, o, p, 'name', kind)
    optionalText(w, o, p, 'nameLocal')
    optionalText(w, o, p, 'description')
    unknownFields(w, o, p, known[kind])
  }
}
const audience = described('audience')
const strategy = described('strategy')

type Check = (w: Walk, o: Obj, path: string) => void

/** What a list holds, for "should be an event (an object in braces)". */
type Item = 'contact' | 'partner' | 'venue' | 'event' | 'coproduction' | 'phase' | 'release' | 'dependency' | 'channel' | 'audience' | 'strategy'

function items(w: Walk, list: unknown, path: string, item: Item, check: Check): void {
  if (!Array.isArray(list)) {
    w.add(path, 'format.notList', found(list))
    return
  }
  for (let i = 0; i < list.length; i++) {
    const value: unknown = list[i]
    const p = `${path}[${i}]`
    if (isObj(value)) check(w, value, p)
    else w.add(p, 'format.notObject', { item, ...found(value) })
  }
}

function requiredItems(w: Walk, o: Obj, path: string, key: string, item: Item, check: Check): void {
  const list = o[key]
  if (list === undefined || list === null) w.add(at(path, key), 'format.itemsMissing')
  else items(w, list, at(path, key), item, check)
}

const rootLists: ReadonlyArray<[key: string, kind: Kind & Item, check: Check]> = [
  ['partners', 'partner', partner],
  ['venues', 'venue', venue],
  ['events', 'event', event],
  ['coproductions', 'coproduction', coproduction],
  ['dependencies', 'dependency', dependency],
  ['channels', 'channel', channel],
  ['audiences', 'audience', audience],
  ['strategies', 'strategy', strategy],
]

function collectIds(w: Walk, root: Obj): void {
  register(w, root, 'project', '')
  for (const [key, kind] of rootLists) {
    const list = root[key]
    if (!Array.isArray(list)) continue
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i]
      const p = `${key}[${i}]`
      register(w, item, kind, p)
      if (kind !== 'coproduction' || !isObj(item)) continue
      for (const [sub, subKind] of [['phases', 'phase'], ['releases', 'release']] as const) {
        const children = item[sub]
        if (Array.isArray(children)) for (let j = 0; j < children.length; j++) register(w, children[j], subKind, `${p}.${sub}[${j}]`)
      }
    }
  }
}

/**
 * Checks a document that already names the current format version. Returns the issues in the
 * order of the canonical file (root fields, then each list in order), and the `null` optional
 * fields that were accepted as left out.
 */
export function checkDocument(root: Obj): { issues: Issue[]; nulls: Array<[Obj, string]> } {
  const w = new Walk()
  collectIds(w, root)
  idField(w, root, '', 'project')
  titleField(w, root, '', 'title', 'plan')
  optionalText(w, root, '', 'titleLocal')
  zoneField(w, root, '', 'homeTimeZone', true, 'format.homeZoneMissing')
  for (const key of ['createdAt', 'modifiedAt']) {
    const value = root[key]
    if (value === undefined || value === null) w.add(key, 'format.timestampMissing')
    else if (!isTimestamp(value)) w.add(key, 'format.notTimestamp', shown(value))
  }
  for (const [key, item, check] of rootLists) {
    const list = root[key]
    if (list === undefined || list === null) w.add(key, 'format.listMissing')
    else items(w, list, key, item, check)
  }
  const views = optional(w, root, 'views')
  if (views !== undefined) {
    if (isObj(views)) plainData(w, views, 'views', 0)
    else w.add('views', 'format.viewsNotObject', found(views))
  }
  nonWorkingDayFields(w, root)
  revisionFields(w, root)
  unknownFields(w, root, '', known.project)
  return { issues: w.issues.result(), nulls: w.nulls }
}

/** A copy of `root` without the given fields; keys such as `__proto__` are copied as plain data. */
export function withoutFields(root: Obj, drop: ReadonlyArray<[Obj, string]>): Obj {
  const dropped = new Map<object, Set<string>>()
  for (const [o, key] of drop) {
    const keys = dropped.get(o) ?? new Set<string>()
    keys.add(key)
    dropped.set(o, keys)
  }
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy)
    if (!isObj(value)) return value
    const out: Obj = {}
    const skip = dropped.get(value)
    for (const key of Object.keys(value)) {
      if (skip?.has(key)) continue
      Object.defineProperty(out, key, { value: copy(value[key]), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return copy(root) as Obj
}
