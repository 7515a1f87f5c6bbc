// The figures of the Coverage view, pure: each count carries the ids behind it, so a click can
// show exactly those items on the timeline. Built from coverageItems (the window's filter applied).
import { eventStatuses, partnerKinds, type EventStatus, type PartnerKind, type Project } from '../format'
import type { EventFilter } from '../filters'
import { coverageItems, quarterIndex, quartersBetween, type CoverageItem } from './items'

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

/** The ids of the items under each key, in item order, in one pass (a 10,000-item plan stays fast); each item once per key. */
function indexBy(items: readonly CoverageItem[], keysOf: (item: CoverageItem) => Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const item of items)
    for (const key of new Set(keysOf(item))) {
      const ids = index.get(key)
      if (ids) ids.push(item.id)
      else index.set(key, [item.id])
    }
  return index
}

const none: Ids = Object.freeze([])

/** How many items reach each channel × audience pair. */
export function channelAudienceMatrix(project: Project, items: readonly CoverageItem[]): Matrix {
  const channelIds = project.channels.map((c) => c.id)
  const audienceIds = project.audiences.map((a) => a.id)
  const channelAt = new Map(channelIds.map((id, i) => [id, i]))
  const audienceAt = new Map(audienceIds.map((id, i) => [id, i]))
  const cells = channelIds.map(() => audienceIds.map((): string[] => []))
  for (const item of items)
    for (const c of item.channelIds)
      for (const a of item.audienceIds) {
        const cell = cells[channelAt.get(c) ?? -1]?.[audienceAt.get(a) ?? -1]
        // An id listed twice on an item is counted once: the cell's last id is then this item's.
        if (cell && cell[cell.length - 1] !== item.id) cell.push(item.id)
      }
  const max = Math.max(0, ...cells.flat().map((ids) => ids.length))
  const rows = cells.map((row, c) => row.map((ids, a) => ({ channelId: channelIds[c]!, audienceId: audienceIds[a]!, ids })))
  return { channelIds, audienceIds, rows, max }
}

/** Items per strategy per quarter (an item counts in every quarter it is busy in). */
export function strategyFigure(project: Project, items: readonly CoverageItem[]): StrategyFigure {
  const dated = items.filter((i) => i.days !== null)
  const first = dated.reduce<string | null>((a, i) => (a === null || i.days!.start < a ? i.days!.start : a), null)
  const last = dated.reduce<string | null>((a, i) => (a === null || i.days!.end > a ? i.days!.end : a), null)
  const quarters = first && last ? quartersBetween(first, last) : []
  const totals = indexBy(items, (i) => i.strategyIds)
  const strategyAt = new Map(project.strategies.map((st, i) => [st.id, i]))
  const firstQuarter = first ? quarterIndex(first) : 0
  const busy = project.strategies.map(() => quarters.map((): string[] => []))
  for (const item of items) {
    if (!item.days) continue
    const from = quarterIndex(item.days.start) - firstQuarter
    const to = quarterIndex(item.days.end) - firstQuarter
    for (const id of item.strategyIds)
      for (let q = from; q <= to; q++) {
        const cell = busy[strategyAt.get(id) ?? -1]?.[q]
        if (cell && cell[cell.length - 1] !== item.id) cell.push(item.id)
      }
  }
  const rows = project.strategies.map((st, i): StrategyRow => ({ strategyId: st.id, ids: totals.get(st.id) ?? none, quarters: busy[i]! }))
  return { quarters, rows }
}

/** Items per country reached, most first (then by code). */
export function countriesReached(items: readonly CoverageItem[]): CountryCount[] {
  const byCountry = new Map<string, string[]>()
  for (const item of items)
    for (const country of item.countries) {
      const ids = byCountry.get(country)
      if (ids) ids.push(item.id)
      else byCountry.set(country, [item.id])
    }
  return [...byCountry].map(([country, ids]) => ({ country, ids })).sort((a, b) => b.ids.length - a.ids.length || a.country.localeCompare(b.country))
}

/** The plan's partners by kind (kinds with no partner left out), each with the items it takes part in. */
export function partnerFigure(project: Project, items: readonly CoverageItem[]): PartnerKindGroup[] {
  const kindOf = new Map(project.partners.map((p) => [p.id, p.kind]))
  const byPartner = indexBy(items, (i) => i.partnerIds)
  const byKind = indexBy(items, (i) => i.partnerIds.flatMap((id) => kindOf.get(id) ?? []))
  return partnerKinds.flatMap((kind) => {
    const partners = project.partners.filter((p) => p.kind === kind)
    if (partners.length === 0) return []
    const counts = partners.map((p) => ({ partnerId: p.id, ids: byPartner.get(p.id) ?? none })).sort((a, b) => b.ids.length - a.ids.length)
    return [{ kind, ids: byKind.get(kind) ?? none, partners: counts }]
  })
}

function sumBy(items: readonly CoverageItem[], keysOf: (item: CoverageItem) => readonly string[]): BudgetLine[] {
  // Built up in place (a new array per item would make 10,000 items quadratic); nothing outside sees them until returned.
  const lines = new Map<string, { key: string; currency: string; amount: number; ids: string[] }>()
  for (const item of items) {
    if (!item.budget) continue
    const { amount, currency } = item.budget
    for (const key of keysOf(item)) {
      const at = `${key}\u0000${currency}`
      const line = lines.get(at)
      if (line) {
        line.amount += amount
        line.ids.push(item.id)
      } else lines.set(at, { key, currency, amount, ids: [item.id] })
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
