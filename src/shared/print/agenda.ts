// The agenda and the partner sheets as page data: which items, in which order, under which month
// and week headings, on which page. The renderer words and draws them; the row heights here are
// estimates from text length that err on the tall side, so a printed page is never fuller than its
// preview (the print stylesheet also forbids splitting a row).
import type { Event, Partner, PlanEvent, Project } from '../format'
import { civilFromDays, dayOf, indexItems, itemTitle, projectSpans, weekday, type ItemSpan, type LocatedItem } from '../timeline'
import { linesOf, paginate, type Block, type Placed } from './paginate'
import { spanInDays, type DayRange } from './range'
import type { NameMode, PrintSettings } from './settings'

/** An item of the agenda: an event, a co-production phase or a release, where it sits on the axis. */
export interface AgendaEntry {
  located: LocatedItem
  span: ItemSpan
}

/** Sizes of agenda rows, in points. */
export interface AgendaMetrics {
  fontPt: number
  lineHeight: number
  rowPadding: number
  monthHeading: number
  weekHeading: number
  /** Column widths (points) of the wrapping columns: title, place, people (partners, channels), notes. */
  titleWidth: number
  placeWidth: number
  peopleWidth: number
  /** Running header and footer (the @page margin boxes sit outside the body; this is in-page room). */
  pageHeader: number
}

/** Agenda metrics for a printable box `width` points wide. */
export function agendaMetrics(width: number): AgendaMetrics {
  // Date 14 %, title 30 %, kind+status 11 %, place 19 %, people 26 % (printAgenda.css).
  return { fontPt: 8.5, lineHeight: 11, rowPadding: 6, monthHeading: 24, weekHeading: 15, titleWidth: width * 0.3 - 8, placeWidth: width * 0.19 - 8, peopleWidth: width * 0.26 - 8, pageHeader: 26 }
}

const isEvent = (located: LocatedItem): located is Extract<LocatedItem, { type: 'event' }> => located.type === 'event'

/**
 * The items in `days`, chronologically (start, then end, then id): events that pass `keep`, and
 * every phase and release of the co-productions that still have an event or none filtered out.
 */
export function agendaEntries(project: Project, days: DayRange, keep: (event: PlanEvent) => boolean = () => true): AgendaEntry[] {
  const spans = projectSpans(project)
  const out: AgendaEntry[] = []
  for (const [id, located] of indexItems(project)) {
    const span = spans.get(id)
    if (!span || !spanInDays(span, days)) continue
    if (isEvent(located) && !keep(located.item)) continue
    out.push({ located, span })
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.located.item.id < b.located.item.id ? -1 : a.located.item.id > b.located.item.id ? 1 : 0))
}

/** `YYYY-MM` of a day number. */
export function monthKey(day: number): string {
  const [y, m] = civilFromDays(day)
  return `${y}-${String(m).padStart(2, '0')}`
}

/** The Monday of the week holding a day number. */
export function mondayOf(day: number): number {
  return day - ((weekday(day) + 6) % 7)
}

const titleText = (names: NameMode, title: string, local: string | undefined): string => (names === 'en' ? title : names === 'local' ? (local ?? title) : local && local !== title ? `${title}\n${local}` : title)

/** Estimated height of an agenda row in points. */
export function agendaRowHeight(project: Project, entry: AgendaEntry, settings: Pick<PrintSettings, 'names' | 'notes' | 'budgets'>, m: AgendaMetrics): number {
  const { located } = entry
  const local = located.type === 'event' ? located.item.titleLocal : located.item.title ? undefined : located.coproduction.titleLocal
  const title = linesOf(titleText(settings.names, itemTitle(located), local), m.titleWidth, m.fontPt)
  // The kind column holds the kind (phases: "Phase: Post-production") over the status; the date
  // column a span, and for a timed item elsewhere its local time and zone.
  const kind = located.type === 'phase' ? 3 : located.type === 'event' && located.item.kind === 'exchange-visit' ? 3 : 2
  const timed = located.item.start.length > 10
  const zoned = located.type !== 'phase' && located.item.timeZone !== undefined && located.item.timeZone !== project.homeTimeZone
  const date = (timed ? 3 : 2) + (zoned ? 2 : 0)
  let lines = Math.max(2, title, kind, date)
  if (located.type === 'event') {
    const event: Event = located.item
    const venue = event.venueId ? project.venues.find((v) => v.id === event.venueId) : undefined
    const place = linesOf([venue?.name, venue?.nameLocal, event.city, event.country].filter(Boolean).join(', '), m.placeWidth, m.fontPt)
    const names = event.partnerIds.flatMap((id) => {
      const partner = project.partners.find((p) => p.id === id)
      return partner ? [linesOf(partner.name, m.peopleWidth, m.fontPt) + (settings.names === 'both' && partner.nameLocal ? linesOf(partner.nameLocal, m.peopleWidth, m.fontPt) : 0)] : []
    })
    const people = names.reduce((a, b) => a + b, 0) + (event.channelIds.length > 0 ? Math.ceil(event.channelIds.length / 2) : 0)
    lines = Math.max(lines, place, people)
    let extra = 0
    if (settings.notes && event.notes) extra += linesOf(event.notes, m.titleWidth * 2, m.fontPt - 1)
    if (settings.budgets && event.budget) extra += 1
    return (lines + extra) * m.lineHeight + m.rowPadding
  }
  return lines * m.lineHeight + m.rowPadding
}

/** Blocks of the agenda: a heading per month (level 0) and per week (level 1), then the rows. */
export function agendaBlocks(entries: readonly AgendaEntry[], rowHeight: (entry: AgendaEntry) => number, m: AgendaMetrics): Block[] {
  const blocks: Block[] = []
  let month = ''
  let week = NaN
  for (const entry of entries) {
    const day = dayOf(entry.span.start)
    const thisMonth = monthKey(day)
    const thisWeek = mondayOf(day)
    if (thisMonth !== month) {
      blocks.push({ kind: 'heading', level: 0, key: thisMonth, height: m.monthHeading })
      month = thisMonth
      week = NaN
    }
    if (thisWeek !== week) {
      blocks.push({ kind: 'heading', level: 1, key: String(thisWeek), height: m.weekHeading })
      week = thisWeek
    }
    blocks.push({ kind: 'row', id: entry.located.item.id, height: rowHeight(entry) })
  }
  return blocks
}

/** The agenda's pages: month and week headings, rows never split, headings repeated on continuing pages. */
export function agendaPages(entries: readonly AgendaEntry[], rowHeight: (entry: AgendaEntry) => number, m: AgendaMetrics, bodyHeight: number): Placed[][] {
  return paginate(agendaBlocks(entries, rowHeight, m), { height: bodyHeight - m.pageHeader })
}

/** What a partner sheet lists: its events in range, and its co-productions (by first dated item). */
export interface PartnerSheet {
  partner: Partner
  events: AgendaEntry[]
  coproductionIds: string[]
}

/** One sheet per partner (or per chosen partner, in plan order), its items in date order. */
export function partnerSheets(project: Project, entries: readonly AgendaEntry[], only?: ReadonlySet<string>): PartnerSheet[] {
  const partners = project.partners.filter((p) => !only || only.size === 0 || only.has(p.id))
  return partners.map((partner) => {
    const events = entries.filter((e) => e.located.type === 'event' && e.located.item.partnerIds.includes(partner.id))
    const coproductionIds = project.coproductions.filter((c) => c.partnerIds.includes(partner.id)).map((c) => c.id)
    return { partner, events, coproductionIds }
  })
}

/** Pages of the partner sheets: each partner starts a new page (its card is the first row, key `partner:ID`). */
export function partnerPages(sheets: readonly PartnerSheet[], cardHeight: (sheet: PartnerSheet) => number, rowHeight: (entry: AgendaEntry) => number, coproductionHeight: number, m: AgendaMetrics, bodyHeight: number): Placed[][] {
  const blocks: Block[] = []
  for (const sheet of sheets) {
    blocks.push({ kind: 'heading', level: 0, key: sheet.partner.id, height: m.weekHeading })
    blocks.push({ kind: 'row', id: `partner:${sheet.partner.id}`, height: cardHeight(sheet) })
    for (const entry of sheet.events) blocks.push({ kind: 'row', id: entry.located.item.id, height: rowHeight(entry) })
    for (const id of sheet.coproductionIds) blocks.push({ kind: 'row', id: `coproduction:${id}`, height: coproductionHeight })
  }
  return paginate(blocks, { height: bodyHeight - m.pageHeader, breakAtLevel: 0 })
}
