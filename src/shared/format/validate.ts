// The whole-file rules of FORMAT.md over a parsed document, in one linear pass after an id pass.
// The document is read in place and never copied (except to drop `null` optional fields), so
// keys such as `__proto__` stay plain own data, and a 10,000-event plan costs a few milliseconds.
import { isColor, isCurrency, isEmail, isTimestamp, isWebsite } from './checks'
import { describe, quote, type FormatIssue } from './issues'
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
  const name = requiredText(w, o, p, 'name', 'every contact needs a name')
  if (name === '') w.add(at(p, 'name'), 'is empty; give the contact a name')
  optionalText(w, o, p, 'role')
  optionalText(w, o, p, 'email', isEmail, (v) => `${quote(v)} does not look like an e-mail address (name@example.org)`)
  optionalText(w, o, p, 'phone')
  unknownFields(w, o, p, known.contact)
}

function partner(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'partner')
  titleField(w, o, p, 'name', 'partner')
  optionalText(w, o, p, 'nameLocal')
  enumField(w, o, p, 'kind', partnerKindSet, 'a partner kind')
  countryField(w, o, p, 'country', true)
  optionalText(w, o, p, 'city')
  optionalText(w, o, p, 'website', isWebsite, (v) => `${quote(v)} is not a web address; use one such as "https://example.org"`)
  const contacts = optional(w, o, 'contacts')
  if (contacts !== undefined) items(w, contacts, at(p, 'contacts'), 'a contact', contact)
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
    w.add(at(p, 'capacity'), `should be a whole number of people (0 or more), not ${describe(capacity)}`)
  }
  zoneField(w, o, p, 'timeZone', true, 'every venue needs the IANA time zone of its place, such as "Asia/Almaty"')
  unknownFields(w, o, p, known.venue)
}

function budget(w: Walk, o: Obj, p: string): void {
  const amount = o.amount
  if (amount === undefined || amount === null) w.add(at(p, 'amount'), 'is missing; give the amount as a number, such as 150000')
  else if (typeof amount !== 'number' || !Number.isFinite(amount)) w.add(at(p, 'amount'), `should be a number such as 150000, not ${describe(amount)}`)
  else if (amount < 0) w.add(at(p, 'amount'), `is negative (${amount}); a budget is 0 or more`)
  const currency = o.currency
  if (currency === undefined || currency === null) w.add(at(p, 'currency'), 'is missing; use an ISO currency code such as "CNY" or "EUR"')
  else if (typeof currency !== 'string') w.add(at(p, 'currency'), `should be a currency code such as "CNY", not ${describe(currency)}`)
  else if (!isCurrency(currency)) {
    const upper = currency.toUpperCase()
    w.add(
      at(p, 'currency'),
      isCurrency(upper) ? `${quote(currency)}: write currency codes in capitals ("${upper}")` : `${quote(currency)} is not a currency code; use an ISO code such as "CNY" or "EUR"`,
    )
  }
  unknownFields(w, o, p, known.budget)
}

function event(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'event')
  titleField(w, o, p, 'title', 'event')
  optionalText(w, o, p, 'titleLocal')
  enumField(w, o, p, 'kind', eventKindSet, 'an event kind')
  enumField(w, o, p, 'status', statusSet, 'a status')
  const start = dateField(w, o, p, 'start', 'event', false)
  const end = dateField(w, o, p, 'end', 'event', false)
  spanCheck(w, p, start, end)
  const hasZone = zoneField(w, o, p, 'timeZone', false)
  if (!hasZone && (start?.shape === 'timed' || end?.shape === 'timed')) {
    w.add(at(p, 'timeZone'), 'is missing; an event with times of day needs the IANA time zone of its place, such as "Asia/Almaty"')
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
    else w.add(at(p, 'budget'), `should be an amount and a currency, such as {"amount": 150000, "currency": "CNY"}, not ${describe(money)}`)
  }
  optionalText(w, o, p, 'notes')
  optionalText(w, o, p, 'color', isColor, (v) => `${quote(v)} is not a colour; use #rrggbb, such as "#b5472b"`)
  unknownFields(w, o, p, known.event)
}

function phase(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'phase')
  enumField(w, o, p, 'kind', phaseKindSet, 'a phase kind')
  optionalText(w, o, p, 'title')
  spanCheck(w, p, dateField(w, o, p, 'start', 'phase', true), dateField(w, o, p, 'end', 'phase', true))
  enumField(w, o, p, 'status', statusSet, 'a status')
  unknownFields(w, o, p, known.phase)
}

function release(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'release')
  const channel = o.channelId
  if (channel === undefined || channel === null) w.add(at(p, 'channelId'), 'is missing; every release goes out on a channel')
  else refValue(w, channel, p, 'channelId', -1, ['channel'], 'a channel')
  const start = dateField(w, o, p, 'start', 'release', false)
  const hasZone = zoneField(w, o, p, 'timeZone', false)
  if (!hasZone && start?.shape === 'timed') {
    w.add(at(p, 'timeZone'), 'is missing; a release at a time of day needs the IANA time zone it is given in, such as "Asia/Almaty"')
  }
  countryField(w, o, p, 'country', false)
  optionalText(w, o, p, 'title')
  unknownFields(w, o, p, known.release)
}

function coproduction(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'coproduction')
  titleField(w, o, p, 'title', 'co-production')
  optionalText(w, o, p, 'titleLocal')
  enumField(w, o, p, 'format', formatSet, 'a co-production format')
  enumField(w, o, p, 'status', statusSet, 'a status')
  refList(w, o, p, 'partnerIds', 'partner')
  refList(w, o, p, 'channelIds', 'channel')
  refList(w, o, p, 'audienceIds', 'audience')
  refList(w, o, p, 'strategyIds', 'strategy')
  requiredItems(w, o, p, 'phases', 'a phase', phase)
  requiredItems(w, o, p, 'releases', 'a release', release)
  optionalText(w, o, p, 'notes')
  unknownFields(w, o, p, known.coproduction)
}

const eventOrPhase: readonly Kind[] = ['event', 'phase']
function dependency(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'dependency')
  for (const key of ['from', 'to']) {
    const value = o[key]
    if (value === undefined || value === null) w.add(at(p, key), 'is missing; name an event or a co-production phase by its id')
    else refValue(w, value, p, key, -1, eventOrPhase, 'an event or phase')
  }
  if (typeof o.from === 'string' && o.from === o.to) w.add(at(p, 'to'), `is the same as from (${quote(o.from)}); an item cannot wait for itself`)
  enumField(w, o, p, 'type', dependencyTypeSet, 'a dependency type')
  unknownFields(w, o, p, known.dependency)
}

function channel(w: Walk, o: Obj, p: string): void {
  idField(w, o, p, 'channel')
  titleField(w, o, p, 'name', 'channel')
  optionalText(w, o, p, 'nameLocal')
  enumField(w, o, p, 'medium', mediumSet, 'a medium')
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

function items(w: Walk, list: unknown, path: string, noun: string, check: Check): void {
  if (!Array.isArray(list)) {
    w.add(path, `should be a list, not ${describe(list)}`)
    return
  }
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i]
    const p = `${path}[${i}]`
    if (isObj(item)) check(w, item, p)
    else w.add(p, `should be ${noun} (an object in braces), not ${describe(item)}`)
  }
}

function requiredItems(w: Walk, o: Obj, path: string, key: string, noun: string, check: Check): void {
  const list = o[key]
  if (list === undefined || list === null) w.add(at(path, key), 'is missing; use [] if there are none')
  else items(w, list, at(path, key), noun, check)
}

const rootLists: ReadonlyArray<[key: string, kind: Kind, noun: string, check: Check]> = [
  ['partners', 'partner', 'a partner', partner],
  ['venues', 'venue', 'a venue', venue],
  ['events', 'event', 'an event', event],
  ['coproductions', 'coproduction', 'a co-production', coproduction],
  ['dependencies', 'dependency', 'a dependency', dependency],
  ['channels', 'channel', 'a channel', channel],
  ['audiences', 'audience', 'an audience', audience],
  ['strategies', 'strategy', 'a strategy', strategy],
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
export function checkDocument(root: Obj): { issues: FormatIssue[]; nulls: Array<[Obj, string]> } {
  const w = new Walk()
  collectIds(w, root)
  idField(w, root, '', 'project')
  titleField(w, root, '', 'title', 'plan')
  optionalText(w, root, '', 'titleLocal')
  zoneField(w, root, '', 'homeTimeZone', true, 'give the planner\'s own IANA time zone, such as "Asia/Shanghai"')
  for (const key of ['createdAt', 'modifiedAt']) {
    const value = root[key]
    if (value === undefined || value === null) w.add(key, 'is missing; use a UTC time such as "2026-11-28T09:30:00Z"')
    else if (!isTimestamp(value)) w.add(key, `${typeof value === 'string' ? quote(value) : describe(value)} is not a UTC time; use one such as "2026-11-28T09:30:00Z"`)
  }
  for (const [key, , noun, check] of rootLists) {
    const list = root[key]
    if (list === undefined || list === null) w.add(key, `is missing; use [] if the plan has none`)
    else items(w, list, key, noun, check)
  }
  const views = optional(w, root, 'views')
  if (views !== undefined) {
    if (isObj(views)) plainData(w, views, 'views', 0)
    else w.add('views', `should be an object of view settings, not ${describe(views)}`)
  }
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
