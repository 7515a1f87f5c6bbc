// What the printed pages say, in the UI language, with names in the chosen languages.
import type { TFunction } from 'i18next'
import { format } from 'date-fns'
import type { Project } from '../../shared/format'
import { itemTitle, NONE_LANE, type Grouping, type Lane, type LocatedItem } from '../../shared/timeline'
import type { NameMode } from '../../shared/print'
import type { PlanText } from '../usePlanText'
import { itemDates } from '../timeline/itemText'
import { currentDateLocale } from '../i18n'

/** A name as printed: the first line and, in "both", a second-language line. */
export interface PrintName {
  primary: string
  secondary?: string
}

/** The name of anything with `name`/`nameLocal` (or a title pair) in the chosen languages. */
export function nameIn(mode: NameMode, name: string, local: string | undefined): PrintName {
  if (mode === 'en' || !local || local === name) return { primary: name }
  if (mode === 'local') return { primary: local }
  return { primary: name, secondary: local }
}

const localTitle = (located: LocatedItem): string | undefined => (located.type === 'event' ? located.item.titleLocal : located.item.title ? undefined : located.coproduction.titleLocal)

/** A lane's printed name: entity names in the chosen languages, countries with their code, kinds and statuses translated. */
export function laneName(lane: Lane, grouping: Grouping, mode: NameMode, text: PlanText, t: TFunction): PrintName {
  if (lane.key === NONE_LANE) return { primary: t(`timeline.noneLane.${grouping}`) }
  if (grouping === 'country') return { primary: text.country(lane.key), secondary: lane.key }
  if (grouping === 'kind') return { primary: t(`eventKind.${lane.key as 'other'}`) }
  if (grouping === 'status') return { primary: t(`status.${lane.key as 'idea'}`) }
  return nameIn(mode, lane.name, lane.nameLocal)
}

/** Helpers to word items, partners, venues and channels of one plan. */
export function makePrintText(project: Project, mode: NameMode, text: PlanText, t: TFunction) {
  const partners = new Map(project.partners.map((p) => [p.id, p]))
  const venues = new Map(project.venues.map((v) => [v.id, v]))
  const channels = new Map(project.channels.map((c) => [c.id, c]))
  const locale = currentDateLocale()

  const title = (located: LocatedItem): PrintName => {
    const own = nameIn(mode, itemTitle(located), localTitle(located))
    if (located.type === 'event') return own
    const owner = nameIn(mode, located.coproduction.title, located.coproduction.titleLocal)
    if (!located.item.title) {
      const what = located.type === 'phase' ? t(`phaseKind.${located.item.kind}`) : t('timeline.item.release', { channel: channels.get(located.item.channelId)?.name ?? '' })
      return { primary: `${what} · ${owner.primary}`, ...(owner.secondary ? { secondary: owner.secondary } : {}) }
    }
    return own
  }
  const kind = (located: LocatedItem): string => {
    if (located.type === 'event') return t(`eventKind.${located.item.kind}`)
    if (located.type === 'phase') return t('print.phase', { kind: t(`phaseKind.${located.item.kind}`) })
    return t('print.release')
  }
  const status = (located: LocatedItem): string | undefined => (located.type === 'release' ? undefined : t(`status.${located.item.status}`))
  const dates = (located: LocatedItem) => itemDates(located, text)
  const place = (located: LocatedItem): PrintName | null => {
    if (located.type === 'phase') return null
    if (located.type === 'release') return located.item.country ? { primary: text.country(located.item.country) } : null
    const event = located.item
    const venue = event.venueId ? venues.get(event.venueId) : undefined
    const where = text.place(event.country, event.city ?? venue?.city)
    if (!venue) return { primary: where }
    const name = nameIn(mode, venue.name, venue.nameLocal)
    return { primary: `${name.primary}, ${where}`, ...(name.secondary ? { secondary: name.secondary } : {}) }
  }
  const people = (located: LocatedItem): PrintName[] => {
    const ids = located.type === 'event' ? located.item.partnerIds : located.coproduction.partnerIds
    const names = ids.flatMap((id) => {
      const partner = partners.get(id)
      return partner ? [nameIn(mode, partner.name, partner.nameLocal)] : []
    })
    const channelIds = located.type === 'event' ? located.item.channelIds : located.type === 'release' ? [located.item.channelId] : []
    const channelNames = channelIds.flatMap((id) => {
      const channel = channels.get(id)
      return channel ? [nameIn(mode, channel.name, channel.nameLocal).primary] : []
    })
    return channelNames.length > 0 ? [...names, { primary: channelNames.join(', ') }] : names
  }
  const budget = (located: LocatedItem): string | undefined => {
    if (located.type !== 'event' || !located.item.budget) return undefined
    const { amount, currency } = located.item.budget
    let formatted: string
    try {
      formatted = new Intl.NumberFormat(text.language, { style: 'currency', currency }).format(amount)
    } catch {
      formatted = `${amount} ${currency}`
    }
    return t('print.budget', { amount: formatted })
  }
  const notes = (located: LocatedItem): string | undefined => (located.type === 'release' ? undefined : located.type === 'event' ? located.item.notes : located.coproduction.notes)
  /** A calendar day number as `May 2027`, `12 May 2027`, `12 May`. */
  const day = (dayNumber: number, pattern: string): string => {
    const date = new Date(2000, 0, 1)
    const d = new Date(Date.UTC(1970, 0, 1 + dayNumber))
    date.setFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    return format(date, pattern, { locale })
  }
  return { title, kind, status, dates, place, people, budget, notes, day, partners, channels }
}

export type PrintText = ReturnType<typeof makePrintText>
