// What the timeline says about items, lanes and conflicts, in the UI language: bar labels,
// accessible names ("Treasures of the Silk Road: Liaoning Bronzes, 15 Apr – 30 Jun 2027, Almaty
// Museum of Arts"), lane names in both languages and conflict reasons with names, not ids.
import type { TFunction } from 'i18next'
import type { Project } from '../../shared/format'
import { findItem, itemTitle, NONE_LANE, type Grouping, type ItemRef, type Lane, type LocatedItem } from '../../shared/timeline'
import type { ShownConflict } from '../conflicts/packed'
import { loadedHolidayCalendar } from '../holidays/calendar'
import type { DisplayDate } from '../dates'
import type { PlanText } from '../usePlanText'
import { isolate } from '../bidi'
import { templatedT } from '../templated'

/** A lane's name as its header shows it: the name, and a second-language name or code beneath. */
export interface LaneTitle {
  name: string
  local?: string | undefined
}

/** The dates of an item as a planner reads them (home zone, with its own local time noted). */
export function itemDates(located: LocatedItem, text: PlanText): DisplayDate {
  if (located.type === 'release') return text.dates.moment(located.item.start, located.item.timeZone)
  const zone = located.type === 'event' ? located.item.timeZone : undefined
  return text.dates.span(located.item.start, located.item.end, zone)
}

// The dates of each item as words, by the item's object (an edit replaces only the items it
// changes) for one PlanText: a regrouping builds new wording helpers, not new dates.
const datesTexts = new WeakMap<PlanText, WeakMap<object, string>>()
export function datesText(located: LocatedItem, text: PlanText): string {
  let byItem = datesTexts.get(text)
  if (!byItem) datesTexts.set(text, (byItem = new WeakMap()))
  let words = byItem.get(located.item)
  if (words === undefined) {
    // As itemDates(located, text).text, without the note of the item's own clock.
    if (located.type === 'release') words = text.dates.spanText(located.item.start, located.item.start, located.item.timeZone)
    else words = text.dates.spanText(located.item.start, located.item.end, located.type === 'event' ? located.item.timeZone : undefined)
    byItem.set(located.item, words)
  }
  return words
}

// The warnings of each item's conflicts, kept while the plan, the wording and the holiday rules
// are the same: a regrouping makes new wording helpers (below), not new warnings.
const warningTexts = new WeakMap<readonly ShownConflict[], { project: Project; text: PlanText; t: TFunction; holidays: unknown; words: string }>()

/** Builds the wording helpers for one document, grouping and language. */
export function makeItemText(project: Project, grouping: Grouping, text: PlanText, t: TFunction) {
  const said = templatedT(t)
  const channelName = (id: string) => project.channels.find((c) => c.id === id)?.name ?? id

  const laneTitle = (lane: Pick<Lane, 'key' | 'name' | 'nameLocal'>): LaneTitle => {
    if (lane.key === NONE_LANE) return { name: t(`timeline.noneLane.${grouping}`) }
    switch (grouping) {
      case 'country':
        return { name: text.country(lane.key), local: lane.key }
      case 'kind':
        return { name: t(`eventKind.${lane.key as 'other'}`) }
      case 'status':
        return { name: t(`status.${lane.key as 'idea'}`) }
      default:
        return { name: lane.name, local: lane.nameLocal }
    }
  }

  const kindNames = new Map<string, string>()
  const kindName = (kind: string): string => {
    let name = kindNames.get(kind)
    if (name === undefined) kindNames.set(kind, (name = t(`phaseKind.${kind as 'other'}`)))
    return name
  }

  const labelOf = (located: LocatedItem): string => {
    if (located.type === 'event') return located.item.title
    const owner = located.coproduction.title
    if (located.type === 'phase') {
      const name = located.item.title ?? kindName(located.item.kind)
      return grouping === 'coproduction' ? name : said('timeline.item.ofCoproduction', { name, coproduction: owner })
    }
    const name = located.item.title ?? said('timeline.item.release', { channel: channelName(located.item.channelId) })
    return grouping === 'coproduction' ? name : said('timeline.item.ofCoproduction', { name, coproduction: owner })
  }

  // An event with three partners is labelled three times; phases and releases go through t().
  const labels = new Map<string, string>()
  const label = (ref: Pick<ItemRef, 'id'>): string => {
    let text = labels.get(ref.id)
    if (text === undefined) {
      const located = findItem(project, ref.id)
      text = located ? labelOf(located) : ref.id
      labels.set(ref.id, text)
    }
    return text
  }

  const titleOf = (id: string): string => {
    const located = findItem(project, id)
    return located ? itemTitle(located) : id
  }
  const plainTitleOf = titleOf
  const plainLabel = label

  // Formatting dates in time zones is the costly part of rendering an item; each is done once per document.
  const names = new Map<string, string>()
  const accessibleName = (ref: Pick<ItemRef, 'id'>, laneName: string): string => {
    const key = `${ref.id}\u0000${laneName}`
    let name = names.get(key)
    if (name === undefined) {
      const located = findItem(project, ref.id)
      name = located ? said('timeline.item.name', { title: isolate(labelOf(located)), dates: datesText(located, text), lane: isolate(laneName) }) : ref.id
      names.set(key, name)
    }
    return name
  }

  const conflictReason = (conflict: ShownConflict): string => {
    const p = conflict.values
    const coproduction = (id: string | undefined) => isolate(project.coproductions.find((c) => c.id === id)?.title ?? id ?? '')
    const titleOf = (id: string) => isolate(plainTitleOf(id))
    const label = (ref: Pick<ItemRef, 'id'>) => isolate(plainLabel(ref))
    switch (conflict.code) {
      case 'venue-double-booked':
        return said('conflicts.reason.venue-double-booked', {
          venue: isolate(project.venues.find((v) => v.id === p.venueId)?.name ?? p.venueId ?? ''),
          first: titleOf(p.first ?? ''),
          second: titleOf(p.second ?? ''),
        })
      case 'dependency-violated':
        return said('conflicts.reason.dependency-violated', { from: label({ id: p.from ?? '' }), to: label({ id: p.to ?? '' }) })
      case 'phases-out-of-order':
        return said('conflicts.reason.phases-out-of-order', { coproduction: coproduction(p.coproductionId), earlier: label({ id: p.earlier ?? '' }), later: label({ id: p.later ?? '' }) })
      case 'release-before-post-production':
        return said('conflicts.reason.release-before-post-production', { coproduction: coproduction(p.coproductionId), release: label({ id: p.release ?? '' }) })
      case 'event-outside-coproduction':
        return said('conflicts.reason.event-outside-coproduction', { event: titleOf(p.event ?? ''), coproduction: coproduction(p.coproductionId) })
      case 'on-public-holiday': {
        const date = p.date ?? ''
        // The holiday's name once the rules have loaded (a moment after the plan shows), its date until then.
        const holiday = loadedHolidayCalendar()?.holidayOn(p.country ?? '', date, text.language.slice(0, 2))?.name ?? date
        return said('conflicts.reason.on-public-holiday', { event: titleOf(p.event ?? ''), date, holiday, country: text.country(p.country ?? '') })
      }
    }
  }

  // What each item on screen says for itself, looked up once rather than by every bar as it renders.
  const role = t('timeline.item.role')
  const instructions = t('timeline.announce.instructions')
  const conflictWarnings = (conflicts: readonly ShownConflict[]): string => {
    const holidays = loadedHolidayCalendar()
    const known = warningTexts.get(conflicts)
    if (known && known.project === project && known.text === text && known.t === t && known.holidays === holidays) return known.words
    const words = conflicts.map((c) => said('conflicts.warning', { reason: conflictReason(c) })).join(' ')
    warningTexts.set(conflicts, { project, text, t, holidays, words })
    return words
  }

  return { laneTitle, label, labelOf, accessibleName, conflictReason, conflictWarnings, role, instructions, titleOf }
}

export type ItemText = ReturnType<typeof makeItemText>
