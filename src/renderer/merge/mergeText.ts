// The merge view's words: items by both their names, fields and values in planner language.
import { format as formatDate, parseISO } from 'date-fns'
import type { TFunction } from 'i18next'
import type { Project } from '../../shared/format'
import { PARENT, indexProject, type Entity, type EntityKind } from '../../shared/merge'

const fieldKeys = new Set(['title', 'titleLocal', 'name', 'nameLocal', 'status', 'start', 'end', 'dates', 'timeZone', 'venueId', 'partnerIds', 'channelIds', 'audienceIds', 'strategyIds', 'coproductionId', 'notes', 'budget', 'kind', 'country', 'city', 'color'])

function day(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  const date = parseISO(value)
  return Number.isNaN(date.getTime()) ? value : formatDate(date, value.length > 10 ? 'd MMM yyyy HH:mm' : 'd MMM yyyy')
}

/** Names and values of the items in several copies of a plan (the first that has an id wins). */
export class MergeWords {
  private readonly maps: Array<Map<string, Entity>>

  constructor(
    private readonly t: TFunction,
    projects: Project[],
  ) {
    this.maps = projects.map((p) => indexProject(p).entities)
  }

  private find(id: string): Entity | undefined {
    for (const map of this.maps) {
      const found = map.get(id)
      if (found) return found
    }
    return undefined
  }

  /** `Event ‘Opening concert’ (开幕音乐会)`. */
  thing(kind: EntityKind, id: string): string {
    if (kind === 'project') return this.t('merge.plan')
    const kindWord = this.t(`merge.kind.${kind}`)
    const entity = this.find(id)
    const v = entity?.value ?? {}
    const text = (key: string): string | undefined => (typeof v[key] === 'string' && v[key] !== '' ? (v[key] as string) : undefined)
    let name = text('title') ?? text('name')
    if (name === undefined && entity?.kind === 'phase') name = `${this.t(`merge.kind.phase`)} ${String(v.kind ?? '')} · ${this.nameOf(String(v[PARENT]))}`
    if (name === undefined && entity?.kind === 'release') name = `${day(v.start)} · ${this.nameOf(String(v[PARENT]))}`
    if (name === undefined && entity?.kind === 'dependency') name = `${this.nameOf(String(v.from))} → ${this.nameOf(String(v.to))}`
    const local = text('titleLocal') ?? text('nameLocal')
    return local === undefined ? this.t('merge.thing', { kind: kindWord, name: name ?? id }) : this.t('merge.thingLocal', { kind: kindWord, name: name ?? id, local })
  }

  private nameOf(id: string): string {
    const v = this.find(id)?.value
    const name = v && (typeof v.title === 'string' ? v.title : typeof v.name === 'string' ? v.name : undefined)
    return name ?? id
  }

  field(field: string): string {
    return fieldKeys.has(field) ? this.t(`merge.field.${field}` as 'merge.field.title') : field === PARENT ? this.t('merge.field.coproductionId') : this.t('merge.field.other')
  }

  /** A field's value as a planner reads it. */
  value(field: string, value: unknown): string {
    if (value === undefined) return this.t('merge.nothing')
    if (field === 'status' && typeof value === 'string') return this.t(`status.${value}` as 'status.done')
    if ((field === 'start' || field === 'end') && typeof value === 'string') return day(value)
    if (field === 'dates' && typeof value === 'object' && value !== null) {
      const d = value as Record<string, unknown>
      return d.end === undefined || d.end === d.start ? day(d.start) : `${day(d.start)} – ${day(d.end)}`
    }
    if (Array.isArray(value)) return value.map((id) => this.nameOf(String(id))).join(', ') || this.t('merge.nothing')
    if ((field.endsWith('Id') || field === PARENT) && typeof value === 'string') return this.nameOf(value)
    if (typeof value === 'string') return value
    if (typeof value === 'object' && value !== null && 'amount' in value) return `${String((value as { amount: unknown }).amount)} ${String((value as { currency?: unknown }).currency ?? '')}`
    return JSON.stringify(value)
  }
}
