// New entities as an editor starts them: empty names, sensible defaults from the plan (its most
// used country, its home time zone, the standard co-production phases from next Monday).
import { addDays, format, nextMonday } from 'date-fns'
import { idPrefixOf, templatePhases, type EntityKind, type EntityOf } from '../../shared/commands'
import { newId, type Project } from '../../shared/format'
import { zoneOfPlace } from '../../shared/format/placeZones'

function usualCountry(project: Project): string {
  const counts = new Map<string, number>()
  for (const e of project.events) counts.set(e.country, (counts.get(e.country) ?? 0) + 1)
  let best = ''
  for (const [country, n] of counts) if (n > (counts.get(best) ?? 0)) best = country
  return best || project.venues[0]?.country || project.partners[0]?.country || ''
}

/** A new entity of `kind` with a fresh id, its fields empty or defaulted, then `defaults` laid over it. */
export function blankEntity<K extends EntityKind>(kind: K, project: Project, defaults: Partial<EntityOf[K]> = {}, today: Date = new Date()): EntityOf[K] {
  const id = newId(idPrefixOf[kind])
  const country = usualCountry(project)
  const day = format(addDays(today, 1), 'yyyy-MM-dd')
  const lists = { partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] }
  const blanks: { [P in EntityKind]: EntityOf[P] } = {
    event: { id, title: '', kind: 'exhibition', status: 'planned', start: day, end: day, country, ...lists },
    partner: { id, name: '', kind: 'cultural', country, contacts: [] },
    venue: { id, name: '', country, city: '', timeZone: project.homeTimeZone },
    coproduction: {
      id,
      title: '',
      format: 'documentary',
      status: 'idea',
      ...lists,
      phases: templatePhases(format(nextMonday(today), 'yyyy-MM-dd'), { status: 'idea' }),
      releases: [],
    },
    dependency: { id, from: '', to: '', type: 'finish-to-start' },
    channel: { id, name: '', medium: 'other' },
    audience: { id, name: '' },
    strategy: { id, name: '' },
  }
  const entity = { ...blanks[kind], ...defaults } as EntityOf[K]
  // A venue keeps the time zone of its city, or its country's, rather than the plan's home zone.
  if (kind === 'venue' && !('timeZone' in defaults)) {
    const venue = entity as EntityOf['venue']
    return { ...venue, timeZone: zoneOfPlace(venue.country, venue.city) ?? project.homeTimeZone } as EntityOf[K]
  }
  return entity
}
