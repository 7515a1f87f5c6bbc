// Checking one entity as a form edits it, with the rules the file is read by: the entity's zod
// schema (FORMAT.md field rules) plus what only the whole plan knows (references exist, ids are
// unique). Issues name the field (a JSON path inside the entity) and carry a code of the message
// vocabulary (../messages) that the renderer words in the user's language.
import {
  audienceSchema,
  channelSchema,
  coproductionSchema,
  dateShape,
  dependencySchema,
  eventSchema,
  partnerSchema,
  strategySchema,
  venueSchema,
  type Coproduction,
  type Project,
} from '../format'
import type { z } from 'zod'
import { at } from '../format/fields'
import { issue, type Issue, type MessageCode } from '../messages'
import type { EntityKind } from './entities'

/** Why a field cannot be saved: the `entity.*` codes of the message vocabulary. */
export type EntityIssueCode = Extract<MessageCode, `entity.${string}`>

/** One problem of a draft; its `path` is a JSON path inside the entity (`end`, `budget.amount`, `contacts[1].email`, `phases[2].end`). */
export type EntityIssue = Issue & { code: EntityIssueCode }

/** The JSON path of a field given as keys and list indexes (`['contacts', 1, 'email']` → `contacts[1].email`). */
export function fieldPath(keys: readonly PropertyKey[]): string {
  let path = ''
  for (const key of keys) path = typeof key === 'number' ? `${path}[${key}]` : at(path, String(key))
  return path
}

const schemas: Record<EntityKind, z.ZodType> = {
  event: eventSchema,
  partner: partnerSchema,
  venue: venueSchema,
  coproduction: coproductionSchema,
  dependency: dependencySchema,
  channel: channelSchema,
  audience: audienceSchema,
  strategy: strategySchema,
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const byField: Record<string, EntityIssueCode> = {
  country: 'entity.unknownCountry',
  timeZone: 'entity.unknownTimeZone',
  currency: 'entity.unknownCurrency',
  color: 'entity.invalidColor',
  email: 'entity.invalidEmail',
  website: 'entity.invalidWebsite',
  start: 'entity.invalidDate',
  end: 'entity.invalidDate',
  id: 'entity.invalidId',
  capacity: 'entity.wholeNumber',
  amount: 'entity.invalidNumber',
}

const spanMessage = /ends before it starts|all-day or both timed|need a time zone/

function classify(issue: z.core.$ZodIssue, value: unknown): EntityIssueCode {
  const leaf = String(issue.path.at(-1) ?? '')
  if (value === undefined || value === '' || (issue.code === 'invalid_value' && value === '')) return 'entity.required'
  if (issue.code === 'invalid_value') return 'entity.required'
  if (leaf === 'title' || leaf === 'name' || leaf === 'city') return typeof value === 'string' && value.trim() === '' ? 'entity.required' : 'entity.tooLong'
  return byField[leaf] ?? 'entity.invalid'
}

class Issues {
  readonly list: EntityIssue[] = []
  add(path: string, code: EntityIssueCode, values?: Record<string, string>): void {
    if (this.list.some((i) => i.path === path)) return
    this.list.push(values ? { path, code, values } : { path, code })
  }
}

// Span rules again, by hand: zod skips an object's refinements while any field is wrong, and a
// form should say "ends before it starts" even while the title is still empty.
function span(out: Issues, o: Obj, prefix: string, needsZone: boolean): void {
  const start = typeof o.start === 'string' ? dateShape(o.start) : 'malformed'
  const end = typeof o.end === 'string' ? dateShape(o.end) : 'malformed'
  if (start !== 'all-day' && start !== 'timed') out.add(at(prefix, 'start'), o.start ? 'entity.invalidDate' : 'entity.required')
  if (end !== 'all-day' && end !== 'timed') out.add(at(prefix, 'end'), o.end ? 'entity.invalidDate' : 'entity.required')
  if ((start === 'all-day' || start === 'timed') && (end === 'all-day' || end === 'timed')) {
    if (start !== end) out.add(at(prefix, 'end'), 'entity.mixedDates')
    else if ((o.end as string) < (o.start as string)) out.add(at(prefix, 'end'), 'entity.endBeforeStart', { end: String(o.end), start: String(o.start) })
  }
  if (needsZone && start === 'timed' && (o.timeZone === undefined || o.timeZone === '')) out.add(at(prefix, 'timeZone'), 'entity.needsTimeZone')
}

function references(out: Issues, project: Project, kind: EntityKind, o: Obj): void {
  const has = (list: readonly { id: string }[]) => {
    const ids = new Set(list.map((e) => e.id))
    return (id: unknown) => typeof id === 'string' && ids.has(id)
  }
  const one = (field: string, exists: (id: unknown) => boolean) => {
    const id = o[field]
    if (id !== undefined && !exists(id)) out.add(field, 'entity.unknownReference')
  }
  const many = (field: string, exists: (id: unknown) => boolean) => {
    const ids = o[field]
    if (!Array.isArray(ids)) return
    ids.forEach((id, i) => {
      if (!exists(id)) out.add(`${field}[${i}]`, 'entity.unknownReference')
    })
  }
  if (kind === 'event' || kind === 'coproduction') {
    many('partnerIds', has(project.partners))
    many('channelIds', has(project.channels))
    many('audienceIds', has(project.audiences))
    many('strategyIds', has(project.strategies))
  }
  if (kind === 'event') {
    one('venueId', has(project.venues))
    one('coproductionId', has(project.coproductions))
  }
  if (kind === 'coproduction' && Array.isArray(o.releases)) {
    const channel = has(project.channels)
    o.releases.forEach((r, i) => {
      if (isObj(r) && r.channelId !== undefined && r.channelId !== '' && !channel(r.channelId)) {
        out.add(`releases[${i}].channelId`, 'entity.unknownReference')
      }
    })
  }
  if (kind === 'dependency') {
    const items = new Set(project.events.map((e) => e.id))
    for (const c of project.coproductions) for (const p of c.phases) items.add(p.id)
    const exists = (id: unknown) => typeof id === 'string' && items.has(id)
    one('from', exists)
    one('to', exists)
    if (typeof o.from === 'string' && o.from !== '' && o.from === o.to) out.add('to', 'entity.sameItem')
  }
}

/** Ids used anywhere in the plan except by the entity of `kind` being edited (and, for a co-production, its own phases and releases). */
function otherIds(project: Project, kind: EntityKind, selfId: unknown): Set<string> {
  const ids = new Set<string>([project.id])
  const lists = { partner: project.partners, venue: project.venues, event: project.events, dependency: project.dependencies, channel: project.channels, audience: project.audiences, strategy: project.strategies }
  for (const [listKind, list] of Object.entries(lists)) for (const e of list) if (e.id !== selfId || listKind !== kind) ids.add(e.id)
  for (const c of project.coproductions) {
    if (c.id === selfId && kind === 'coproduction') continue
    ids.add(c.id)
    for (const p of c.phases) ids.add(p.id)
    for (const r of c.releases) ids.add(r.id)
  }
  return ids
}

function uniqueIds(out: Issues, project: Project, kind: EntityKind, o: Obj): void {
  const taken = otherIds(project, kind, o.id)
  if (typeof o.id === 'string' && taken.has(o.id)) out.add('id', 'entity.idInUse', { id: o.id })
  if (kind !== 'coproduction') return
  const seen = new Set<string>()
  for (const list of ['phases', 'releases'] as const) {
    const items = (o as Partial<Coproduction>)[list]
    if (!Array.isArray(items)) continue
    items.forEach((item, i) => {
      const id = isObj(item) ? item.id : undefined
      if (typeof id !== 'string') return
      if (taken.has(id) || seen.has(id) || id === o.id) out.add(`${list}[${i}].id`, 'entity.idInUse', { id })
      seen.add(id)
    })
  }
}

/**
 * What stops `draft` from being saved as an entity of `kind` in `project`: the same field rules
 * as reading a file, plus references that must exist and ids that must be unique. Empty when
 * addEntity or updateEntity would accept it.
 */
export function entityIssues(project: Project, kind: EntityKind, draft: unknown): EntityIssue[] {
  const out = new Issues()
  if (!isObj(draft)) return [issue('', 'entity.invalid') as EntityIssue]
  if (kind === 'event') span(out, draft, '', true)
  if (kind === 'coproduction') {
    const phases = draft.phases
    if (Array.isArray(phases)) phases.forEach((p, i) => isObj(p) && span(out, p, `phases[${i}]`, false))
    const releases = draft.releases
    if (Array.isArray(releases)) {
      releases.forEach((r, i) => {
        if (!isObj(r)) return
        const shape = typeof r.start === 'string' ? dateShape(r.start) : 'malformed'
        if (shape !== 'all-day' && shape !== 'timed') out.add(`releases[${i}].start`, r.start ? 'entity.invalidDate' : 'entity.required')
        else if (shape === 'timed' && !r.timeZone) out.add(`releases[${i}].timeZone`, 'entity.needsTimeZone')
      })
    }
  }
  const result = schemas[kind].safeParse(draft)
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Span rules were checked above, for every row, in planner words.
      if (issue.code === 'custom' && spanMessage.test(issue.message)) continue
      const value = valueAt(draft, issue.path)
      out.add(fieldPath(issue.path), classify(issue, value))
    }
  }
  references(out, project, kind, draft)
  uniqueIds(out, project, kind, draft)
  return out.list
}
