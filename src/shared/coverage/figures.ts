// The figures of the Coverage view, pure: each count carries the ids behind it, so a click can
// show exactly those items on the timeline. Built from coverageItems (the window's filter applied).
import { eventStatuses, partnerKinds, type EventStatus, type PartnerKind, type Project } from '../format'
import type { EventFilter } from '../filters'
import { coverageItems, quarterOf, quartersBetween, type CoverageItem } from './items'

/** Ids of the items behind one count. */
export type Ids = readonly string[]

export interface PairCell {
  channelId: string
  audienceId: string
  ids: Ids
}

/** Channels (rows, plan order) × audiences (columns); a cell with no ids is a gap. */
export interface Matrix {
  channelIds: readonly string[]
  audienceIds: readonly string[]
  /** `rows[c][a]` for channelIds[c], audienceIds[a]. */
  rows: readonly (readonly PairCell[])[]
  /** The largest count of a cell (0 when every cell is a gap), for shading. */
  max: number
}

export interface StrategyRow {
  strategyId: string
  ids: Ids
  /** One entry per quarter of `StrategyFigure.quarters`: the items busy in that quarter. */
  quarters: readonly Ids[]
}

export interface StrategyFigure {
  /** `YYYY-Qn`, from the first busy quarter of the items to the last. */
  quarters: readonly string[]
  rows: readonly StrategyRow[]
}

export interface CountryCount {
  country: string
  ids: Ids
}

export interface PartnerCount {
  partnerId: string
  ids: Ids
}

export interface PartnerKindGroup {
  kind: PartnerKind
  /** Items with at least one partner of this kind. */
  ids: Ids
  /** Most items first; partners with none last. */
  partners: readonly PartnerCount[]
}

export interface BudgetLine {
  /** A country code, a strategy id, or '' for the total of a currency. */
  key: string
  currency: string
  /** The sum of the items' budgets in this currency, never converted. */
  amount: number
  ids: Ids
}

export interface BudgetFigure {
  totals: readonly BudgetLine[]
  byCountry: readonly BudgetLine[]
  /** An item with two strategies counts in full under each. */
  byStrategy: readonly BudgetLine[]
}

export interface StatusFunnel {
  /** idea → planned → confirmed → done. */
  stages: readonly { status: EventStatus; ids: Ids }[]
  cancelled: Ids
}

export interface Coverage {
  items: readonly CoverageItem[]
  matrix: Matrix
  strategies: StrategyFigure
  countries: readonly CountryCount[]
  partnerKinds: readonly PartnerKindGroup[]
  budget: BudgetFigure
  funnel: StatusFunnel
}

const idsWith = (items: readonly CoverageItem[], test: (item: CoverageItem) => boolean): string[] => items.filter(test).map((i) => i.id)

/** How many items reach each channel × audience pair. */
export function channelAudienceMatrix(project: Project, items: readonly CoverageItem[]): Matrix {
  const channelIds = project.channels.map((c) => c.id)
  const audienceIds = project.audiences.map((a) => a.id)
  let max = 0
  const rows = channelIds.map((channelId) =>
    audienceIds.map((audienceId) => {
      const ids = idsWith(items, (i) => i.channelIds.includes(channelId) && i.audienceIds.includes(audienceId))
      max = Math.max(max, ids.length)
      return { channelId, audienceId, ids }
    }),
  )
  return { channelIds, audienceIds, rows, max }
}

/** Items per strategy per quarter (an item counts in every quarter it is busy in). */
export function strategyFigure(project: Project, items: readonly CoverageItem[]): StrategyFigure {
  const dated = items.filter((i) => i.days !== null)
  const first = dated.reduce<string | null>((a, i) => (a === null || i.days!.start < a ? i.days!.start : a), null)
  const last = dated.reduce<string | null>((a, i) => (a === null || i.days!.end > a ? i.days!.end : a), null)
  const quarters = first && last ? quartersBetween(first, last) : []
  const rows = project.strategies.map((s): StrategyRow => {
    const mine = items.filter((i) => i.strategyIds.includes(s.id))
    return {
      strategyId: s.id,
      ids: mine.map((i) => i.id),
      quarters: quarters.map((q) => idsWith(mine, (i) => i.days !== null && quarterOf(i.days.start) <= q && q <= quarterOf(i.days.end))),
    }
  })
  return { quarters, rows }
}

/** Items per country reached, most first (then by code). */
export function countriesReached(items: readonly CoverageItem[]): CountryCount[] {
  const byCountry = new Map<string, string[]>()
  for (const item of items) for (const country of item.countries) byCountry.set(country, [...(byCountry.get(country) ?? []), item.id])
  return [...byCountry].map(([country, ids]) => ({ country, ids })).sort((a, b) => b.ids.length - a.ids.length || a.country.localeCompare(b.country))
}

/** The plan's partners by kind (kinds with no partner left out), each with the items it takes part in. */
export function partnerFigure(project: Project, items: readonly CoverageItem[]): PartnerKindGroup[] {
  return partnerKinds.flatMap((kind) => {
    const partners = project.partners.filter((p) => p.kind === kind)
    if (partners.length === 0) return []
    const mine = new Set(partners.map((p) => p.id))
    const counts = partners
      .map((p) => ({ partnerId: p.id, ids: idsWith(items, (i) => i.partnerIds.includes(p.id)) }))
      .sort((a, b) => b.ids.length - a.ids.length)
    return [{ kind, ids: idsWith(items, (i) => i.partnerIds.some((id) => mine.has(id))), partners: counts }]
  })
}

function sumBy(items: readonly CoverageItem[], keysOf: (item: CoverageItem) => readonly string[]): BudgetLine[] {
  const lines = new Map<string, BudgetLine>()
  for (const item of items) {
    if (!item.budget) continue
    const { amount, currency } = item.budget
    for (const key of keysOf(item)) {
      const at = `${key}\u0000${currency}`
      const line = lines.get(at) ?? { key, currency, amount: 0, ids: [] }
      lines.set(at, { ...line, amount: line.amount + amount, ids: [...line.ids, item.id] })
    }
  }
  return [...lines.values()].sort((a, b) => a.currency.localeCompare(b.currency) || b.amount - a.amount || a.key.localeCompare(b.key))
}

/** Budgets summed by currency (never converted): in total, by country, by strategy. */
export function budgetFigure(items: readonly CoverageItem[]): BudgetFigure {
  return { totals: sumBy(items, () => ['']), byCountry: sumBy(items, (i) => i.countries), byStrategy: sumBy(items, (i) => i.strategyIds) }
}

/** Items at each status on the way from idea to done; cancelled ones apart. */
export function statusFunnel(items: readonly CoverageItem[]): StatusFunnel {
  const stages = eventStatuses.filter((s) => s !== 'cancelled').map((status) => ({ status, ids: idsWith(items, (i) => i.status === status) }))
  return { stages, cancelled: idsWith(items, (i) => i.status === 'cancelled') }
}

/** Every figure of the Coverage view for the items of `project` that pass `filter`. */
export function coverageOf(project: Project, filter: EventFilter): Coverage {
  const items = coverageItems(project, filter)
  return {
    items,
    matrix: channelAudienceMatrix(project, items),
    strategies: strategyFigure(project, items),
    countries: countriesReached(items),
    partnerKinds: partnerFigure(project, items),
    budget: budgetFigure(items),
    funnel: statusFunnel(items),
  }
}
