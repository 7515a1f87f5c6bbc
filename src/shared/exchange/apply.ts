// What 'events.import' does: adds the new partners and events, replaces those with the same id.
import type { Event, Partner, Project, Venue } from '../format'

export interface ImportArgs {
  /** Events to add or replace (matched by id). */
  events: Event[]
  /** Partners to add or replace (matched by id): those a sheet of partners holds, and those created for names an events sheet gave. */
  partners: Partner[]
  /** Venues created for names the rows gave (absent in imports journalled before venues were created). */
  venues?: Venue[]
}

function upsert<T extends { id: string }>(list: readonly T[], items: readonly T[]): T[] {
  if (items.length === 0) return list as T[]
  const incoming = new Map(items.map((x) => [x.id, x]))
  const out = list.map((x) => {
    const next = incoming.get(x.id)
    if (next === undefined) return x
    incoming.delete(x.id)
    return next
  })
  return [...out, ...incoming.values()]
}

/** The plan with the import applied; the same plan when the import holds nothing. */
export function applyImport(doc: Project, args: ImportArgs): Project {
  const venues = args.venues ?? []
  if (args.events.length === 0 && args.partners.length === 0 && venues.length === 0) return doc
  return { ...doc, partners: upsert(doc.partners, args.partners), venues: upsert(doc.venues, venues), events: upsert(doc.events, args.events) }
}
