// Events on the clipboard: as Caravan JSON (so a paste into this or another plan keeps every
// field) and as tab-separated text and an HTML table (so Excel and Word paste them as a table).
import type { TFunction } from 'i18next'
import type { Event, Project } from '../../shared/format'

/** The clipboard type Caravan reads back. */
export const CARAVAN_EVENTS_TYPE = 'application/x-caravan-events+json'
/** More than this many pasted events is not a paste but an import. */
const MAX_PASTED = 5000

interface Payload {
  format: 'caravan.events'
  formatVersion: 1
  planId: string
  events: Event[]
}

/** The events as Caravan's clipboard JSON. */
export function eventsToJson(project: Project, events: readonly Event[]): string {
  const payload: Payload = { format: 'caravan.events', formatVersion: 1, planId: project.id, events: [...events] }
  return JSON.stringify(payload)
}

/** The events in clipboard JSON, or null when the text is not Caravan's (anything else on the clipboard). */
export function eventsFromJson(text: string): Event[] | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const payload = value as Partial<Payload>
  if (payload.format !== 'caravan.events' || !Array.isArray(payload.events)) return null
  // Only objects; whether each is a valid event is decided by the paste command, which skips the rest.
  return payload.events.filter((e): e is Event => typeof e === 'object' && e !== null && !Array.isArray(e)).slice(0, MAX_PASTED)
}

function cells(project: Project, event: Event, t: TFunction): string[] {
  const venue = project.venues.find((v) => v.id === event.venueId)
  const partners = event.partnerIds.map((id) => project.partners.find((p) => p.id === id)?.name ?? id)
  return [
    event.title,
    event.titleLocal ?? '',
    event.start,
    event.end,
    t(`eventKind.${event.kind}`),
    t(`status.${event.status}`),
    event.country,
    event.city ?? '',
    venue?.name ?? '',
    partners.join('; '),
  ]
}

function headers(t: TFunction): string[] {
  return ['title', 'titleLocal', 'start', 'end', 'kind', 'status', 'country', 'city', 'venue', 'partners'].map((key) => t(`clipboard.columns.${key as 'title'}`))
}

// Excel's own quoting: a cell with a tab, a line break or a quote is quoted, quotes doubled.
const tsvCell = (text: string): string => (/[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
const htmlCell = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** The events as tab-separated text with a header row. */
export function eventsToTsv(project: Project, events: readonly Event[], t: TFunction): string {
  return [headers(t), ...events.map((e) => cells(project, e, t))].map((row) => row.map(tsvCell).join('\t')).join('\r\n') + '\r\n'
}

/** The events as an HTML table with a header row. */
export function eventsToHtml(project: Project, events: readonly Event[], t: TFunction): string {
  const row = (values: string[], tag: 'th' | 'td') => `<tr>${values.map((v) => `<${tag}>${htmlCell(v)}</${tag}>`).join('')}</tr>`
  return `<table><thead>${row(headers(t), 'th')}</thead><tbody>${events.map((e) => row(cells(project, e, t), 'td')).join('')}</tbody></table>`
}
