// Test and benchmark helpers: edits a planner makes to a copy of a plan, as data, applied to a
// fresh copy so each side stays a valid plan on its own.
import { eventStatuses, type Project } from '../../src/shared/format'

/** One edit: which kind, which item (`pick`, taken modulo the list's length) and a text or number. */
export interface Edit {
  op: EditOp
  pick: number
  text: string
}

export const editOps = [
  'title',
  'titleLocal',
  'status',
  'move',
  'milestone',
  'addPartner',
  'removePartner',
  'deleteEvent',
  'addEvent',
  'deleteVenue',
  'venue',
  'reorderPhases',
  'phaseTitle',
  'deletePartner',
  'projectTitle',
] as const
export type EditOp = (typeof editOps)[number]

/** Texts edits write: a few repeat so both sides sometimes make the same change. */
export const editTexts = ['Opening concert', '开幕音乐会', 'Концерт', 'Film week', '电影周', 'Forum of ancient civilisations'] as const

function shift(value: string, days: number): string {
  const date = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  return `${date}${value.slice(10)}`
}

// Tests edit plans in place on a copy; a precise type would only get in the way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any

/** A deep copy of `project` with `edits` applied; new entities get ids `e-<side>-<n>`. */
export function applyEdits(project: Project, edits: readonly Edit[], side: string): Project {
  const doc: Doc = structuredClone(project)
  let added = 0
  for (const { op, pick, text } of edits) {
    const events: Doc[] = doc.events
    const event: Doc = events.length > 0 ? events[pick % events.length] : undefined
    const coproduction: Doc = doc.coproductions.length > 0 ? doc.coproductions[pick % doc.coproductions.length] : undefined
    switch (op) {
      case 'title':
        if (event) event.title = text
        break
      case 'titleLocal':
        if (event) event.titleLocal = text
        break
      case 'status':
        if (event) event.status = eventStatuses[pick % eventStatuses.length]
        break
      case 'move':
        if (event) {
          event.start = shift(event.start, (pick % 9) + 1)
          event.end = shift(event.end, (pick % 9) + 1)
        }
        break
      case 'milestone':
        if (event) event.end = event.start
        break
      case 'addPartner': {
        const partner = doc.partners.length > 0 ? doc.partners[(pick * 7) % doc.partners.length] : undefined
        if (event && partner && !event.partnerIds.includes(partner.id)) event.partnerIds.push(partner.id)
        break
      }
      case 'removePartner':
        if (event) event.partnerIds.shift()
        break
      case 'deleteEvent':
        if (event) {
          doc.events = events.filter((e) => e !== event)
          doc.dependencies = doc.dependencies.filter((d: Doc) => d.from !== event.id && d.to !== event.id)
        }
        break
      case 'addEvent':
        if (event) doc.events.splice(pick % (events.length + 1), 0, { ...structuredClone(event), id: `e-${side}-${++added}`, title: text })
        break
      case 'deleteVenue': {
        const venue = doc.venues.length > 0 ? doc.venues[pick % doc.venues.length] : undefined
        if (!venue) break
        doc.venues = doc.venues.filter((v: Doc) => v !== venue)
        for (const e of doc.events) if (e.venueId === venue.id) delete e.venueId
        break
      }
      case 'venue': {
        const venue = doc.venues.length > 0 ? doc.venues[(pick * 3) % doc.venues.length] : undefined
        if (event && venue) event.venueId = venue.id
        break
      }
      case 'reorderPhases':
        if (coproduction) coproduction.phases.reverse()
        break
      case 'phaseTitle':
        if (coproduction && coproduction.phases.length > 0) coproduction.phases[pick % coproduction.phases.length].title = text
        break
      case 'deletePartner': {
        const partner = doc.partners.length > 0 ? doc.partners[pick % doc.partners.length] : undefined
        if (!partner) break
        doc.partners = doc.partners.filter((p: Doc) => p !== partner)
        for (const item of [...doc.events, ...doc.coproductions]) item.partnerIds = item.partnerIds.filter((id: string) => id !== partner.id)
        break
      }
      case 'projectTitle':
        doc.title = text
        break
    }
  }
  return doc as Project
}
