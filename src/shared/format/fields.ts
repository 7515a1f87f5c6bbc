// Field-level checks of the whole-file validator. They read the parsed document in place (no
// copies) and add people-readable issues at the field's JSON path.
import { dateShape, isCountry, isId, isTimeZone, textLength, type DateShape } from './checks'
import { describe, IssueList, quote } from './issues'

export type Obj = Record<string, unknown>

/** The kinds of entity that carry an id; references name one or more of them. */
export type Kind = 'project' | 'partner' | 'venue' | 'event' | 'coproduction' | 'phase' | 'release' | 'dependency' | 'channel' | 'audience' | 'strategy'

export const kindNoun: Record<Kind, string> = {
  project: 'the plan itself',
  partner: 'a partner',
  venue: 'a venue',
  event: 'an event',
  coproduction: 'a co-production',
  phase: 'a co-production phase',
  release: 'a release',
  dependency: 'a dependency',
  channel: 'a channel',
  audience: 'an audience',
  strategy: 'a strategy',
}

/** The state of one validation run: issues found, every id of the file, optional fields written as null. */
export class Walk {
  readonly issues = new IssueList()
  readonly ids = new Map<string, { kind: Kind; path: string; others?: Kind[] }>()
  /** Optional fields present as `null`: accepted as "left out", and dropped from the result. */
  readonly nulls: Array<[Obj, string]> = []

  add(path: string, message: string): void {
    this.issues.add(path, message)
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

/** A required text field; reports it missing or of the wrong type. */
export function requiredText(w: Walk, o: Obj, path: string, key: string, need: string): string | undefined {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), `is missing; ${need}`)
  else if (typeof value !== 'string') w.add(at(path, key), `should be text, not ${describe(value)}`)
  else return value
  return undefined
}

/** A title, name or city: 1 to 200 characters. */
export function titleField(w: Walk, o: Obj, path: string, key: string, noun: string): void {
  const word = key === 'title' ? 'title' : key === 'city' ? 'city' : 'name'
  const value = requiredText(w, o, path, key, `every ${noun} needs a ${word}`)
  if (value === undefined) return
  if (value.length === 0) w.add(at(path, key), `is empty; give the ${noun} a ${word}`)
  else if (value.length > 200) {
    const length = textLength(value)
    if (length > 200) w.add(at(path, key), `is too long (${length} characters; at most 200)`)
  }
}

/** Optional free text; `check` adds a plausibility test for non-empty values. */
export function optionalText(w: Walk, o: Obj, path: string, key: string, check?: (v: string) => boolean, explain?: (v: string) => string): void {
  const value = optional(w, o, key)
  if (value === undefined) return
  if (typeof value !== 'string') w.add(at(path, key), `should be text, not ${describe(value)}`)
  else if (check && value !== '' && !check(value)) w.add(at(path, key), explain ? explain(value) : `${quote(value)} is not valid here`)
}

/** A required value from a fixed list (kind, status, medium …). */
export function enumField(w: Walk, o: Obj, path: string, key: string, allowed: ReadonlySet<string>, noun: string): void {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), `is missing; use one of: ${[...allowed].join(', ')}`)
  else if (typeof value !== 'string' || !allowed.has(value)) {
    const shown = typeof value === 'string' ? quote(value) : describe(value)
    w.add(at(path, key), `${shown} is not ${noun}; use one of: ${[...allowed].join(', ')}`)
  }
}

/** The `id` of an entity: well-formed, and not used by an earlier entity. */
export function idField(w: Walk, o: Obj, path: string, kind: Kind): void {
  const value = o.id
  const where = path === '' ? 'id' : `${path}.id`
  if (missing(value)) w.add(where, `is missing; every ${kindNoun[kind].replace(/^an? /, '')} needs an id`)
  else if (typeof value !== 'string') w.add(where, `should be an id (text), not ${describe(value)}`)
  else {
    if (!isId(value)) w.add(where, `${quote(value)} is not a valid id; use 1–64 letters, digits, "-" or "_"`)
    const first = w.ids.get(value)
    if (first && first.path !== path) {
      const owner = first.path === '' ? 'the plan itself' : first.path
      w.add(where, `${quote(value)} is already used by ${owner}; every id in the file must be different`)
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
    if (required) w.add(at(path, key), 'is missing; use the two-letter ISO code of the country, such as "KZ"')
  } else if (typeof value !== 'string') w.add(at(path, key), `should be a country code such as "KZ", not ${describe(value)}`)
  else if (!isCountry(value)) {
    const upper = value.toUpperCase()
    w.add(
      at(path, key),
      isCountry(upper)
        ? `${quote(value)}: write country codes in capitals ("${upper}")`
        : `${quote(value)} is not a country code; use the two-letter ISO code, such as "KZ" or "EG"`,
    )
  }
}

/** An IANA time zone, required or optional; returns whether a valid zone is present. */
export function zoneField(w: Walk, o: Obj, path: string, key: string, required: boolean, need = 'use an IANA time zone such as "Asia/Shanghai"'): boolean {
  const value = required ? o[key] : optional(w, o, key)
  if (missing(value)) {
    if (required) w.add(at(path, key), `is missing; ${need}`)
    return false
  }
  if (typeof value !== 'string') w.add(at(path, key), `should be a time zone such as "Europe/Budapest", not ${describe(value)}`)
  else if (!isTimeZone(value)) w.add(at(path, key), `${quote(value)} is not a known time zone; use an IANA name such as "Europe/Budapest"`)
  return true
}

/** The path of a field, or of an item of a list field when `index` >= 0; built only for messages. */
function pathOf(path: string, key: string, index: number): string {
  return index < 0 ? at(path, key) : `${at(path, key)}[${index}]`
}

/** A reference at `path.key` (or `path.key[index]`) to an entity of one of the `want` kinds. */
export function refValue(w: Walk, value: unknown, path: string, key: string, index: number, want: readonly Kind[], noun: string): void {
  if (typeof value !== 'string') {
    w.add(pathOf(path, key, index), `should be the id of ${noun}, not ${describe(value)}`)
    return
  }
  const target = w.ids.get(value)
  if (target === undefined) w.add(pathOf(path, key, index), `no ${noun.replace(/^an? /, '')} with id ${quote(value)}`)
  else if (target.kind !== want[0] && !want.includes(target.kind) && !target.others?.some((k) => want.includes(k))) w.add(pathOf(path, key, index), `${quote(value)} is ${kindNoun[target.kind]}, not ${noun}`)
}

/** An optional single reference (`venueId`, `coproductionId`). */
export function optionalRef(w: Walk, o: Obj, path: string, key: string, want: Kind): void {
  const value = optional(w, o, key)
  if (value !== undefined) refValue(w, value, path, key, -1, [want], kindNoun[want])
}

const wants: Record<Kind, readonly Kind[]> = Object.fromEntries(Object.keys(kindNoun).map((k) => [k, [k]])) as unknown as Record<Kind, readonly Kind[]>

/** A required list of references (`partnerIds` …); may be empty, names each entity once. */
export function refList(w: Walk, o: Obj, path: string, key: string, want: Kind): void {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), 'is missing; use [] for none')
  else if (!Array.isArray(value)) w.add(at(path, key), `should be a list of ids, not ${describe(value)}`)
  else {
    const noun = kindNoun[want]
    // Lists of references are short (a few partners or channels): a scan beats building a Set, until they are not.
    const seen = value.length > 16 ? new Set<unknown>() : undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      let twice = seen?.has(item) ?? false
      seen?.add(item)
      for (let j = 0; seen === undefined && j < i; j++) if (value[j] === item) twice = true
      if (twice) w.add(pathOf(path, key, i), `${typeof item === 'string' ? quote(item) : describe(item)} is listed twice`)
      else refValue(w, item, path, key, i, wants[want], noun)
    }
  }
}

export interface DateValue {
  value: string
  shape: 'all-day' | 'timed'
}

/** A `start` or `end` value; `wholeDays` refuses times of day (phases). */
export function dateField(w: Walk, o: Obj, path: string, key: string, noun: string, wholeDays: boolean): DateValue | undefined {
  const value = o[key]
  if (missing(value)) w.add(at(path, key), `is missing; every ${noun} needs a ${key} date`)
  else if (typeof value !== 'string') w.add(at(path, key), `should be a date such as "2027-05-12", not ${describe(value)}`)
  else {
    const shape: DateShape = dateShape(value)
    const where = shape === 'all-day' || (shape === 'timed' && !wholeDays) ? '' : at(path, key)
    const use = wholeDays ? 'use YYYY-MM-DD' : 'use YYYY-MM-DD for a whole day, or YYYY-MM-DDTHH:mm for a time of day'
    if (shape === 'malformed') w.add(where, `${quote(value)} is not a date; ${use}`)
    else if (shape === 'unreal') w.add(where, `${quote(value)} is not a real ${value.length > 10 ? 'date and time' : 'date'}`)
    else if (shape === 'timed' && wholeDays) w.add(where, `${quote(value)} has a time of day; ${noun}s are planned in whole days (YYYY-MM-DD)`)
    else return { value, shape }
  }
  return undefined
}

/** `start`..`end` of one item: the same kind of value, and the end not before the start. */
export function spanCheck(w: Walk, path: string, start: DateValue | undefined, end: DateValue | undefined): void {
  if (!start || !end) return
  if (start.shape !== end.shape) {
    w.add(at(path, 'end'), `is ${end.shape} (${end.value}) but start is ${start.shape} (${start.value}); make both all-day or both timed`)
  } else if (end.value < start.value) {
    // Both values are wall-clock in the item's one zone, so text order is time order.
    w.add(at(path, 'end'), `ends before it starts (${end.value} < ${start.value})`)
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
    if (!Number.isFinite(value)) w.add(where, 'is a number too large to store')
    return
  }
  if (typeof value !== 'object') w.add(where, `is ${describe(value)}, which a file cannot hold`)
  else if (depth > 100) w.add(where, 'is nested too deeply (more than 100 levels)')
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) plainData(w, value[i], `${where}[${i}]`, depth + 1)
  else {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) w.add(where, 'is not plain data (text, numbers, lists and objects only)')
    else for (const key of Object.keys(value)) plainData(w, (value as Obj)[key], at(where, key), depth + 1)
  }
}
