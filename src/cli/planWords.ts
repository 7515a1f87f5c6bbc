// Merges and differences in planner language, in English, for the CLI: "event ‘Opening concert’
// (开幕音乐会): moved to 12 May 2027". The shared merge reports codes and values; words are made here.
import { format as formatDate, parseISO } from 'date-fns'
import type { Project } from '../shared/format'
import { PARENT, ROOT, indexProject, type Change, type Conflict, type Difference, type Entity, type EntityKind, type Rename } from '../shared/merge'

const kindWords: Record<EntityKind, string> = {
  project: 'plan',
  partner: 'partner',
  venue: 'venue',
  event: 'event',
  coproduction: 'co-production',
  phase: 'phase',
  release: 'release',
  dependency: 'dependency',
  channel: 'channel',
  audience: 'audience',
  strategy: 'strategy',
}

const fieldWords: Record<string, string> = {
  title: 'title',
  titleLocal: 'second-language title',
  name: 'name',
  nameLocal: 'second-language name',
  kind: 'kind',
  status: 'status',
  start: 'start',
  end: 'end',
  timeZone: 'time zone',
  dates: 'dates',
  ends: 'the two items it links',
  country: 'country',
  city: 'city',
  venueId: 'venue',
  partnerIds: 'partners',
  channelIds: 'channels',
  audienceIds: 'audiences',
  strategyIds: 'strategies',
  coproductionId: 'co-production',
  channelId: 'channel',
  budget: 'budget',
  notes: 'notes',
  color: 'colour',
  contacts: 'contacts',
  website: 'website',
  address: 'address',
  capacity: 'capacity',
  format: 'programme format',
  medium: 'medium',
  description: 'description',
  from: 'first item',
  to: 'second item',
  homeTimeZone: 'home time zone',
  views: 'saved view settings',
  [PARENT]: 'co-production',
}

/** A field in words: `second-language title`; fields Caravan does not know keep their key. */
export function fieldWord(field: string): string {
  return fieldWords[field] ?? `field "${field}"`
}

/** Looks entities up by id in several plans (the merged one first), to name them in words. */
export class PlanNames {
  private readonly entities: Array<Map<string, Entity>>

  constructor(projects: Project[]) {
    this.entities = projects.map((p) => indexProject(p).entities)
  }

  find(id: string): Entity | undefined {
    for (const map of this.entities) {
      const entity = map.get(id)
      if (entity) return entity
    }
    return undefined
  }

  /** The item's name as a planner reads it: its name, then the second-language one. */
  label(id: string): string {
    const entity = this.find(id)
    if (!entity) return `“${id}”`
    const v = entity.value
    const text = (key: string): string | undefined => (typeof v[key] === 'string' && v[key] !== '' ? (v[key] as string) : undefined)
    const name = text('title') ?? text('name')
    const local = text('titleLocal') ?? text('nameLocal')
    if (name !== undefined) return local === undefined ? `‘${name}’` : `‘${name}’ (${local})`
    const parent = typeof v[PARENT] === 'string' ? this.label(v[PARENT] as string) : undefined
    if (entity.kind === 'phase') return `${String(v.kind ?? 'phase').replace('-', ' ')} of ${parent ?? 'a co-production'}`
    if (entity.kind === 'release') return `on ${this.label(String(v.channelId))}${v.start ? ` on ${day(v.start)}` : ''} of ${parent ?? 'a co-production'}`
    if (entity.kind === 'dependency') return `${this.label(String(v.from))} before ${this.label(String(v.to))}`
    return `“${id}”`
  }

  /** `event ‘Opening concert’ (开幕音乐会)`, `the plan itself`. */
  thing(kind: EntityKind, id: string): string {
    if (kind === 'project' || id === ROOT) return 'the plan itself'
    return `${kindWords[kind]} ${this.label(id)}`
  }

  /** A field's value in words: names for ids, dates as days, lists joined. */
  value(field: string, value: unknown): string {
    if (value === undefined) return 'nothing'
    if (field.endsWith('Ids') && Array.isArray(value)) return value.length === 0 ? 'none' : value.map((id) => this.label(String(id))).join(', ')
    if ((field.endsWith('Id') || field === 'from' || field === 'to' || field === PARENT) && typeof value === 'string') return this.label(value)
    if ((field === 'start' || field === 'end') && typeof value === 'string') return day(value)
    if (field === 'dates' && typeof value === 'object' && value !== null) return span(value as Record<string, unknown>)
    if (field === 'ends' && typeof value === 'object' && value !== null) {
      const ends = value as Record<string, unknown>
      return `${this.label(String(ends.from))} before ${this.label(String(ends.to))}`
    }
    if (field === 'budget' && typeof value === 'object' && value !== null) {
      const b = value as Record<string, unknown>
      return `${String(b.amount)} ${String(b.currency)}`
    }
    if (typeof value === 'string') return field === 'status' || field === 'kind' || field === 'medium' || field === 'format' ? value : `“${value}”`
    return JSON.stringify(value)
  }
}

/** `12 May 2027`, `12 May 2027 19:30`. */
export function day(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  const date = parseISO(value)
  if (Number.isNaN(date.getTime())) return value
  return formatDate(date, value.length > 10 ? 'd MMM yyyy HH:mm' : 'd MMM yyyy')
}

function span(v: Record<string, unknown>): string {
  if (v.start === undefined) return 'no dates'
  const zone = typeof v.timeZone === 'string' ? ` (${v.timeZone})` : ''
  if (v.end === undefined || v.end === v.start) return `${day(v.start)}${zone}`
  return `${day(v.start)} – ${day(v.end)}${zone}`
}

/** What an edit did to one entity, in words: `moved to 12 May 2027, status now confirmed`. */
export function editWords(names: PlanNames, fields: Difference['fields']): string {
  const byField = new Map(fields.map((f) => [f.field, f]))
  const parts: string[] = []
  const start = byField.get('start')
  const end = byField.get('end')
  if (start || end) {
    const after = { start: start ? start.after : undefined, end: end ? end.after : undefined }
    parts.push(start ? `moved to ${span(end ? after : { start: after.start })}` : `now ends ${day(end!.after)}`)
  }
  for (const f of fields) {
    if (f.field === 'start' || f.field === 'end') continue
    if (f.field.endsWith('Ids') && Array.isArray(f.before ?? []) && Array.isArray(f.after ?? [])) {
      const before = new Set((f.before ?? []) as unknown[])
      const after = new Set((f.after ?? []) as unknown[])
      const added = [...after].filter((id) => !before.has(id))
      const removed = [...before].filter((id) => !after.has(id))
      if (added.length > 0) parts.push(`${fieldWord(f.field)} ${names.value(f.field, added)} added`)
      if (removed.length > 0) parts.push(`${fieldWord(f.field)} ${names.value(f.field, removed)} removed`)
      continue
    }
    if (f.field === 'mergeConflicts') {
      const open = Array.isArray(f.after) ? f.after.length : 0
      parts.push(open === 0 ? 'no open merge conflicts' : `${open === 1 ? '1 open merge conflict' : `${open} open merge conflicts`} recorded`)
    } else if (f.field === 'revision' || f.field === 'lineage') continue
    else if (f.after === undefined) parts.push(`${fieldWord(f.field)} removed`)
    else if (f.field === 'title' || f.field === 'name') parts.push(`renamed from ${names.value(f.field, f.before)} to ${names.value(f.field, f.after)}`)
    else parts.push(`${fieldWord(f.field)} now ${names.value(f.field, f.after)}`)
  }
  return parts.length === 0 ? 'saved as a new revision' : parts.join(', ')
}

/** One line of `caravan diff`. */
export function differenceLine(names: PlanNames, d: Difference): string {
  const thing = names.thing(d.kind, d.id)
  if (d.op === 'add') return `added ${thing}`
  if (d.op === 'delete') return `deleted ${thing}`
  return `changed ${thing}: ${editWords(names, d.fields)}`
}

/** One line per change a merge took, for a verbose summary. */
export function changeLine(names: PlanNames, c: Change): string {
  const who = c.side === 'both' ? 'both' : c.side
  const thing = names.thing(c.kind, c.id)
  if (c.op === 'add') return `${who}: added ${thing}`
  if (c.op === 'delete') return `${who}: deleted ${thing}`
  return `${who}: changed the ${c.fields.map(fieldWord).join(', ')} of ${thing}`
}

/** One line per open conflict, naming the item and the field and saying what the file now holds. */
export function conflictLine(names: PlanNames, c: Conflict): string {
  const thing = names.thing(c.kind, c.id)
  switch (c.reason) {
    case 'edit':
    case 'dates': {
      const field = c.field ?? 'dates'
      return `conflict: ${thing}, ${fieldWord(field)}: ours ${names.value(field, c.ours)}, theirs ${names.value(field, c.theirs)} (the file keeps ours)`
    }
    case 'deleteEdit':
      return c.ours === undefined
        ? `conflict: ${thing}: ours deleted it, theirs changed it (the file keeps it deleted)`
        : `conflict: ${thing}: ours changed it, theirs deleted it (the file keeps ours)`
    case 'deleteUse':
      return c.ours === undefined
        ? `conflict: ${thing}: ours deleted it, theirs newly uses it (the file has it and its new uses deleted)`
        : `conflict: ${thing}: theirs deleted it, ours newly uses it (the file keeps it)`
  }
}

/** An id clash resolved by giving theirs' new item another id. */
export function renameLine(names: PlanNames, r: Rename): string {
  return `renamed: theirs' new ${kindWords[r.kind]} ${names.label(r.to)} now has the id ${r.to} (ours added another ${kindWords[r.kind]} as ${r.from})`
}
