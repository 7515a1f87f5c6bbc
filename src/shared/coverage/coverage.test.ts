import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frozenSample } from '../../../tests/support/entities'
import { emptyFilter } from '../filters'
import type { Project } from '../format'
import { coverageOf, quarterOf, quartersBetween } from '.'

const sample = frozenSample()
const everything = (plan: Project) => [...plan.events.map((e) => e.id), ...plan.coproductions.map((c) => c.id)]
/** Channels an item of the plan reaches, read straight from the file (a co-production's releases count). */
const channelsOf = (plan: Project, id: string) => {
  const event = plan.events.find((e) => e.id === id)
  if (event) return event.channelIds
  const c = plan.coproductions.find((x) => x.id === id)!
  return [...c.channelIds, ...c.releases.map((r) => r.channelId)]
}
const audiencesOf = (plan: Project, id: string) => (plan.events.find((e) => e.id === id) ?? plan.coproductions.find((c) => c.id === id)!).audienceIds

describe('coverage of the sample plan', () => {
  const coverage = coverageOf(sample, emptyFilter)

  it('counts every event and co-production once', () => {
    expect(coverage.items.map((i) => i.id)).toEqual(everything(sample))
  })

  it('each matrix cell holds exactly the items that reach that channel and that audience', () => {
    expect(coverage.matrix.channelIds).toEqual(sample.channels.map((c) => c.id))
    expect(coverage.matrix.audienceIds).toEqual(sample.audiences.map((a) => a.id))
    for (const row of coverage.matrix.rows)
      for (const cell of row) {
        const expected = everything(sample).filter((id) => channelsOf(sample, id).includes(cell.channelId) && audiencesOf(sample, id).includes(cell.audienceId))
        expect(cell.ids).toEqual(expected)
      }
    expect(coverage.matrix.max).toBe(Math.max(...coverage.matrix.rows.flat().map((c) => c.ids.length)))
  })

  it('finds the gaps a planner should see: radio reaches no students', () => {
    const radio = coverage.matrix.channelIds.indexOf('ch-radio')
    const youth = coverage.matrix.audienceIds.indexOf('au-youth')
    expect(coverage.matrix.rows[radio]![youth]!.ids).toEqual([])
    expect(coverage.matrix.rows.flat().some((c) => c.ids.length === 0)).toBe(true)
  })

  it('counts a co-production under the channel of its releases', () => {
    const steppe = sample.coproductions.find((c) => c.releases.length > 0)!
    const release = steppe.releases[0]!
    const row = coverage.matrix.channelIds.indexOf(release.channelId)
    const col = coverage.matrix.audienceIds.indexOf(steppe.audienceIds[0]!)
    expect(coverage.matrix.rows[row]![col]!.ids).toContain(steppe.id)
  })

  it('strategies: every strategy with its items, spread over the quarters they are busy in', () => {
    for (const row of coverage.strategies.rows) {
      expect(row.ids).toEqual(everything(sample).filter((id) => (sample.events.find((e) => e.id === id) ?? sample.coproductions.find((c) => c.id === id)!).strategyIds.includes(row.strategyId)))
      expect(row.quarters.length).toBe(coverage.strategies.quarters.length)
      for (const ids of row.quarters) for (const id of ids) expect(row.ids).toContain(id)
    }
    const opening = sample.events.find((e) => e.id === 'e-opening-almaty')!
    const platforms = coverage.strategies.rows.find((r) => r.strategyId === 'st-platforms')!
    expect(platforms.quarters[coverage.strategies.quarters.indexOf(quarterOf(opening.start))]).toContain(opening.id)
  })

  it('countries: an event counts in its host country, a co-production where it is released', () => {
    const total = coverage.countries.reduce((n, c) => n + c.ids.length, 0)
    const expected = sample.events.length + sample.coproductions.reduce((n, c) => n + new Set(c.releases.flatMap((r) => (r.country ? [r.country] : []))).size, 0)
    expect(total).toBe(expected)
    for (const { country, ids } of coverage.countries) for (const id of ids) expect(sample.events.find((e) => e.id === id)?.country ?? country).toBe(country)
    const counts = coverage.countries.map((c) => c.ids.length)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('partners: grouped by kind, every partner listed, the ones with nothing planned last', () => {
    const listed = coverage.partnerKinds.flatMap((g) => g.partners.map((p) => p.partnerId))
    expect([...listed].sort()).toEqual(sample.partners.map((p) => p.id).sort())
    for (const group of coverage.partnerKinds)
      for (const p of group.partners) {
        expect(sample.partners.find((x) => x.id === p.partnerId)!.kind).toBe(group.kind)
        expect(p.ids).toEqual(everything(sample).filter((id) => (sample.events.find((e) => e.id === id) ?? sample.coproductions.find((c) => c.id === id)!).partnerIds.includes(p.partnerId)))
      }
  })

  it('budget: summed per currency, never converted, by country and by strategy', () => {
    const budgeted = sample.events.filter((e) => e.budget)
    for (const line of coverage.budget.totals) {
      const mine = budgeted.filter((e) => e.budget!.currency === line.currency)
      expect(line.amount).toBe(mine.reduce((n, e) => n + e.budget!.amount, 0))
      expect(line.ids).toEqual(mine.map((e) => e.id))
    }
    for (const line of coverage.budget.byCountry) {
      const mine = budgeted.filter((e) => e.budget!.currency === line.currency && e.country === line.key)
      expect(line.amount).toBe(mine.reduce((n, e) => n + e.budget!.amount, 0))
    }
    for (const line of coverage.budget.byStrategy) expect(line.ids.every((id) => budgeted.find((e) => e.id === id)!.strategyIds.includes(line.key))).toBe(true)
  })

  it('status funnel: idea → planned → confirmed → done, cancelled apart, every item once', () => {
    expect(coverage.funnel.stages.map((s) => s.status)).toEqual(['idea', 'planned', 'confirmed', 'done'])
    const counted = [...coverage.funnel.stages.flatMap((s) => s.ids), ...coverage.funnel.cancelled]
    expect([...counted].sort()).toEqual(everything(sample).sort())
  })

  it('follows the window’s filter: only confirmed items are counted when only confirmed ones are shown', () => {
    const confirmed = coverageOf(sample, { ...emptyFilter, statuses: ['confirmed'] })
    expect(confirmed.items.every((i) => i.status === 'confirmed')).toBe(true)
    expect(confirmed.funnel.stages.filter((s) => s.status !== 'confirmed').every((s) => s.ids.length === 0)).toBe(true)
    const strategyNothing = coverageOf(sample, { ...emptyFilter, text: 'no such words anywhere' })
    expect(strategyNothing.strategies.rows.every((r) => r.ids.length === 0)).toBe(true)
    expect(strategyNothing.matrix.max).toBe(0)
  })
})

describe('quarters', () => {
  it('runs from the first day’s quarter to the last day’s, without holes', () => {
    const day = fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-15`)
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a]
        const qs = quartersBetween(start, end)
        expect(qs[0]).toBe(quarterOf(start))
        expect(qs.at(-1)).toBe(quarterOf(end))
        const years = Number(end.slice(0, 4)) - Number(start.slice(0, 4))
        expect(qs.length).toBe(years * 4 + Number(quarterOf(end).slice(-1)) - Number(quarterOf(start).slice(-1)) + 1)
      }),
    )
  })
})
