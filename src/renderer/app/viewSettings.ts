// What main remembers of a plan's view for this user is not trusted blindly: a settings file
// written by another version may hold anything, so it is read as tolerantly as the file's `views`.
import { eventKinds, eventStatuses, type Project } from '../../shared/format'
import { emptyFilter, type EventFilter } from '../../shared/filters'
import { readTimelineView, type TimelineView } from '../../shared/timeline'
import { planPrintSettings, readPrintSettings, type PrintSettings } from '../../shared/print'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

function readFilter(value: unknown): EventFilter {
  if (!isRecord(value)) return emptyFilter
  const text = (key: 'text' | 'from' | 'to') => (typeof value[key] === 'string' ? (value[key] as string) : '')
  return {
    text: text('text'),
    statuses: eventStatuses.filter((status) => strings(value.statuses).includes(status)),
    kinds: eventKinds.filter((kind) => strings(value.kinds).includes(kind)),
    countries: strings(value.countries),
    partnerIds: strings(value.partnerIds),
    channelIds: strings(value.channelIds),
    audienceIds: strings(value.audienceIds),
    strategyIds: strings(value.strategyIds),
    from: text('from'),
    to: text('to'),
  }
}

/** The view (and filter) remembered for `project`, or null when nothing usable was remembered. */
export function rememberedView(project: Project, remembered: unknown): { view: TimelineView; filter: EventFilter; print: PrintSettings } | null {
  if (!isRecord(remembered) || !isRecord(remembered.view)) return null
  const view = readTimelineView({ ...project, views: { timeline: remembered.view } })
  // The print settings ride along with the view (`view.print`); the plan's own apply when none were remembered.
  const print = isRecord(remembered.view.print) ? readPrintSettings(remembered.view.print) : planPrintSettings(project)
  return { view, filter: readFilter(remembered.filter), print }
}
