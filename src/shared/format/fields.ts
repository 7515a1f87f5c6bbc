// Field-level checks of the whole-file validator. They read the parsed document in place (no
// copies) and add coded issues at the field's JSON path.
import { dateShape, isCountry, isId, isTimeZone, textLength, type DateShape } from './checks'
import { found, quote, shown, type MessageCode, type ValuesArg } from '../messages'
import { IssueList } from './issues'

export type Obj = Record<string, unknown>

/** The kinds of entity that carry an id; references name one or more of them. */
export type Kind = 'project' | 'partner' | 'venue' | 'event' | 'coproduction' | 'phase' | 'release' | 'dependency' | 'channel' | 'audience' | 'strategy'

const kinds: readonly Kind[] = ['project', 'partner', 'venue', 'event', 'coproduction', 'phase', 'release', 'dependency', 'channel', 'audience', 'strategy']

/** The state of one validation run: issues found, every id of the file, optional fields written as null. */
export class Walk {
  readonly issues = new IssueList()
  readonly ids = new Map<string, { kind: Kind; path: string; others?: Kind[] }>()
  /** Optional fields present as `null`: accepted as "left out", and dropped from the result. */
  readonly nulls: Array<[Obj, string]> = []

  add<C extends MessageCode>(path: string, code: C, ...values: ValuesArg<C>): void {
    this.issues.add(path, code, ...values)
  }
}

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The JSON path of `key` inside the item at `path` (`events[3]` + `end` → `events[3].end`). */
export function at(path: string, key: string): string {
  const step = plainKey.test(key) ? key : `[${JSON.stringify(key)}]`
  if (path === '') return step
  return step.startsWith('[') ? path + step : `${path}.${step}`
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function missing(value: unknown): boolean {
  return value === undefined || value === null
}

/** The value of an optional field, or undefined when it is left out (a `null` counts as left out). */
export function optional(w: Walk, o: Obj, key: string): unknown {
  const value = o[key]
  if (value === null) {
    w.nulls.push([o, key])
    return undefined
  }
  return value
}

/** What a name, title or city belongs to, for "every event needs a title". */
export type Named = 'plan' | 'partner' | 'venue' | 'event' | 'coproduction' | 'channel' | 'audience' | 'strategy' | 'contact'

/** A required text field of a `thing`; reports it missing or of the wrong type. */
export function requiredText(w: Walk, o: Obj, path: string, key: 'title' | 'name' | 'city', thing: Named): string | undefined {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), 'format.textMissing', { thing, field: key })
  else if (typeof value !== 'string') w.add(at(path, key), 'format.notText', found(value))
  else return value
  return undefined
}

/** A title, name or city: 1 to 200 characters. */
export function titleField(w: Walk, o: Obj, path: string, key: 'title' | 'name' | 'city', thing: Named): void {
  const value = requiredText(w, o, path, key, thing)
  if (value === undefined) return
  if (value.length === 0) w.add(at(path, key), 'format.textEmpty', { thing, field: key })
  else if (value.length > 200) {
    const length = textLength(value)
    if (length > 200) w.add(at(path, key), 'format.tooLong', { length, max: 200 })
  }
}

/** Optional free text; `check` adds a plausibility test for non-empty values, reported as `code`. */
export function optionalText(w: Walk, o: Obj, path: string, key: string, check?: (v: string) => boolean, code: 'format.notEmail' | 'format.notWebsite' | 'format.notColor' = 'format.notColor'): void {
  const value = optional(w, o, key)
  if (value === undefined) return
  if (typeof value !== 'string') w.add(at(path, key), 'format.notText', found(value))
  else if (check && value !== '' && !check(value)) w.add(at(path, key), code, { value: quote(value) })
}

/** The fixed lists of the format, for "is not an event kind". */
export type ListName = 'partnerKind' | 'eventKind' | 'status' | 'coproductionFormat' | 'phaseKind' | 'medium' | 'dependencyType'

/** A required value from a fixed list (kind, status, medium …). */
export function enumField(w: Walk, o: Obj, path: string, key: string, allowed: ReadonlySet<string>, list: ListName): void {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), 'format.enumMissing', { allowed: [...allowed].join(', ') })
  else if (typeof value !== 'string' || !allowed.has(value)) {
    w.add(at(path, key), 'format.notInList', { ...shown(value), list, allowed: [...allowed].join(', ') })
  }
}

/** The `id` of an entity: well-formed, and not used by an earlier entity. */
export function idField(w: Walk, o: Obj, path: string, kind: Kind): void {
  const value = o.id
  const where = path === '' ? 'id' : `${path}.id`
  if (missing(value)) w.add(where, 'format.idMissing', { thing: kind })
  else if (typeof value !== 'string') w.add(where, 'format.idNotText', found(value))
  else {
    if (!isId(value)) w.add(where, 'format.idInvalid', { value: quote(value) })
    const first = w.ids.get(value)
    if (first && first.path !== path) {
      if (first.path === '') w.add(where, 'format.idTakenByPlan', { value: quote(value) })
      else w.add(where, 'format.idTaken', { value: quote(value), owner: first.path })
    }
  }
}

/** Remembers an entity's id for references and the uniqueness check (the first holder wins). */
export function register(w: Walk, item: unknown, kind: Kind, path: string): void {
  if (!isObj(item)) return
  const value = item.id
  if (typeof value !== 'string' || value === '') return
  const first = w.ids.get(value)
  // A duplicate is reported at its own id; references that fit any holder are not blamed for it.
  if (first) (first.others ??= []).push(kind)
  else w.ids.set(value, { kind, path })
}

/** A country code, required or optional. */
export function countryField(w: Walk, o: Obj, path: string, key: string, required: boolean): void {
  const value = required ? o[key] : optional(w, o, key)
  if (missing(value)) {
    if (required) w.add(at(path, key), 'format.countryMissing')
  } else if (typeof value !== 'string') w.add(at(path, key), 'format.countryNotText', found(value))
  else if (!isCountry(value)) {
    const upper = value.toUpperCase()
    if (isCountry(upper)) w.add(at(path, key), 'format.countryCase', { value: quote(value), upper })
    else w.add(at(path, key), 'format.notCountry', { value: quote(value) })
  }
}

/** An IANA time zone, required or optional; returns whether a valid zone is present. */
export function zoneField(w: Walk, o: Obj, path: string, key: string, required: boolean, need: 'format.zoneMissing' | 'format.venueZoneMissing' | 'format.homeZoneMissing' = 'format.zoneMissing'): boolean {
  const value = required ? o[key] : optional(w, o, key)
  if (missing(value)) {
    if (required) w.add(at(path, key), need)
    return false
  }
  if (typeof value !== 'string') w.add(at(path, key), 'format.zoneNotText', found(value))
  else if (!isTimeZone(value)) w.add(at(path, key), 'format.notZone', { value: quote(value) })
  return true
}

/** The path of a field, or of an item of a list field when `index` >= 0; built only for messages. */
function pathOf(path: string, key: string, index: number): string {
  return index < 0 ? at(path, key) : `${at(path, key)}[${index}]`
}

/** What a reference may point at: one kind, or (a dependency's ends) an event or phase. */
export type Target = Kind | 'eventOrPhase'

/** A reference at `path.key` (or `path.key[index]`) to an entity of one of the `want` kinds. */
export function refValue(w: Walk, value: unknown, path: string, key: string, index: number, want: readonly Kind[], target: Target): void {
  if (typeof value !== 'string') {
    w.add(pathOf(path, key, index), 'format.refNotText', { target, ...found(value) })
    return
  }
  const held = w.ids.get(value)
  if (held === undefined) w.add(pathOf(path, key, index), 'format.refMissing', { target, value: quote(value) })
  else if (held.kind !== want[0] && !want.includes(held.kind) && !held.others?.some((k) => want.includes(k))) w.add(pathOf(path, key, index), 'format.refWrongKind', { value: quote(value), actual: held.kind, target })
}

/** An optional single reference (`venueId`, `coproductionId`). */
export function optionalRef(w: Walk, o: Obj, path: string, key: string, want: Kind): void {
  const value = optional(w, o, key)
  if (value !== undefined) refValue(w, value, path, key, -1, [want], want)
}

const wants: Record<Kind, readonly Kind[]> = Object.fromEntries(kinds.map((k) => [k, [k]])) as unknown as Record<Kind, readonly Kind[]>

/** A required list of references (`partnerIds` …); may be empty, names each entity once. */
export function refList(w: Walk, o: Obj, path: string, key: string, want: Kind): void {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), 'format.idsMissing')
  else if (!Array.isArray(value)) w.add(at(path, key), 'format.idsNotList', found(value))
  else {
    // Lists of references are short (a few partners or channels): a scan beats building a Set, until they are not.
    const seen = value.length > 16 ? new Set<unknown>() : undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      let twice = seen?.has(item) ?? false
      seen?.add(item)
      for (let j = 0; seen === undefined && j < i; j++) if (value[j] === item) twice = true
      if (twice) w.add(pathOf(path, key, i), 'format.listedTwice', shown(item))
      else refValue(w, item, path, key, i, wants[want], want)
    }
  }
}

export interface DateValue {
  value: string
  shape: 'all-day' | 'timed'
}

/** A `start` or `end` value of a `dated` item; `wholeDays` refuses times of day (phases). */
export function dateField(w: Walk, o: Obj, path: string, key: 'start' | 'end', dated: 'event' | 'phase' | 'release', wholeDays: boolean): DateValue | undefined {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), 'format.dateMissing', { dated, field: key })
  else if (typeof value !== 'string') w.add(at(path, key), 'format.dateNotText', found(value))
  else {
    const shape: DateShape = dateShape(value)
    const where = shape === 'all-day' || (shape === 'timed' && !wholeDays) ? '' : at(path, key)
    if (shape === 'malformed') w.add(where, wholeDays ? 'format.notDay' : 'format.notDate', { value: quote(value) })
    else if (shape === 'unreal') w.add(where, value.length > 10 ? 'format.unrealDateTime' : 'format.unrealDate', { value: quote(value) })
    else if (shape === 'timed' && wholeDays) w.add(where, 'format.phaseHasTime', { value: quote(value) })
    else return { value, shape }
  }
  return undefined
}

/** `start`..`end` of one item: the same kind of value, and the end not before the start. */
export function spanCheck(w: Walk, path: string, start: DateValue | undefined, end: DateValue | undefined): void {
  if (!start || !end) return
  if (start.shape !== end.shape) {
    w.add(at(path, 'end'), 'format.mixedSpan', { endShape: end.shape, end: end.value, startShape: start.shape, start: start.value })
  } else if (end.value < start.value) {
    // Both values are wall-clock in the item's one zone, so text order is time order.
    w.add(at(path, 'end'), 'format.endBeforeStart', { end: end.value, start: start.value })
  }
}

/** Fields this reader does not know: kept as they are, so they must be data a file can hold. */
export function unknownFields(w: Walk, o: Obj, path: string, known: ReadonlySet<string>): void {
  for (const key of Object.keys(o)) if (!known.has(key)) plainData(w, o[key], at(path, key), 0)
}

/** Checks that a value is plain JSON data (what a file can hold and give back unchanged). */
export function plainData(w: Walk, value: unknown, where: string, depth: number): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) w.add(where, 'format.numberTooLarge')
    return
  }
  if (typeof value !== 'object') w.add(where, 'format.notData', found(value))
  else if (depth > 100) w.add(where, 'format.tooDeep', { max: 100 })
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) plainData(w, value[i], `${where}[${i}]`, depth + 1)
  else {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) w.add(where, 'format.notPlain')
    else for (const key of Object.keys(value)) plainData(w, (value as Obj)[key], at(where, key), depth + 1)
  }
}
