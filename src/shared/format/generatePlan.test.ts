import { describe, expect, it } from 'vitest'
import { dateShape, generatePlan, serializeProject, validateProject, type Project } from './index'

function expectValid(project: Project): void {
  const result = validateProject(project)
  expect(result.ok || result.errors.slice(0, 5)).toBe(true)
}

describe('generated plans', () => {
  const big = generatePlan({ events: 10_000, seed: 1 })

  it('are valid at 1,000 and 10,000 events', () => {
    expectValid(generatePlan({ events: 1000, seed: 42 }))
    expectValid(big)
    expect(big.events).toHaveLength(10_000)
  })

  it('are valid even when tiny', () => {
    for (const events of [0, 1, 2, 5]) expectValid(generatePlan({ events, seed: events }))
  })

  it('are the same for the same seed, and differ between seeds', () => {
    const a = serializeProject(generatePlan({ events: 500, seed: 9 }))
    expect(serializeProject(generatePlan({ events: 500, seed: 9 }))).toBe(a)
    expect(serializeProject(generatePlan({ events: 500, seed: 10 }))).not.toBe(a)
  })

  it('look like a real programme: many countries, zones, kinds, statuses and both languages', () => {
    expect(big.partners.length).toBeGreaterThanOrEqual(333)
    expect(new Set(big.partners.map((p) => p.country)).size).toBeGreaterThan(30)
    expect(new Set(big.venues.map((v) => v.timeZone)).size).toBeGreaterThan(30)
    expect(new Set(big.events.map((e) => e.kind)).size).toBe(8)
    expect(new Set(big.events.map((e) => e.status)).size).toBe(5)
    expect(big.coproductions.length).toBe(100)
    expect(big.dependencies.length).toBe(500)
    const locals = big.partners.map((p) => p.nameLocal ?? '').join('')
    expect(locals).toMatch(/[\u4e00-\u9fff]/)
    expect(locals).toMatch(/[\u0400-\u04ff]/)
    expect(locals).toMatch(/[\u0600-\u06ff]/)
  })

  it('mix all-day and timed events, multi-day spans, and times around European clock changes', () => {
    const timed = big.events.filter((e) => dateShape(e.start) === 'timed')
    expect(timed.length).toBeGreaterThan(1000)
    expect(big.events.length - timed.length).toBeGreaterThan(1000)
    expect(timed.every((e) => e.timeZone !== undefined)).toBe(true)
    expect(big.events.some((e) => dateShape(e.start) === 'all-day' && e.end > e.start)).toBe(true)
    expect(big.events.some((e) => e.start === e.end)).toBe(true)
    expect(timed.some((e) => e.start.startsWith('2027-03-28') && e.timeZone?.startsWith('Europe/'))).toBe(true)
    expect(timed.some((e) => e.start.startsWith('2027-10-31') && e.timeZone?.startsWith('Europe/'))).toBe(true)
  })

  it('place timed events in the zone of their venue', () => {
    const zoneOf = new Map(big.venues.map((v) => [v.id, v.timeZone]))
    for (const e of big.events) if (e.venueId && e.timeZone) expect(e.timeZone).toBe(zoneOf.get(e.venueId))
  })

  it('run co-production phases back to back, and keep most dependencies satisfied', () => {
    const dayOf = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000
    for (const c of big.coproductions) {
      for (let i = 1; i < c.phases.length; i++) expect(dayOf(c.phases[i]!.start)).toBe(dayOf(c.phases[i - 1]!.end) + 1)
    }
    const ends = new Map<string, string>()
    const starts = new Map<string, string>()
    for (const item of [...big.events, ...big.coproductions.flatMap((c) => c.phases)]) {
      ends.set(item.id, item.end)
      starts.set(item.id, item.start)
    }
    const satisfied = big.dependencies.filter((d) => dayOf(ends.get(d.from)!) < dayOf(starts.get(d.to)!)).length
    expect(satisfied / big.dependencies.length).toBeGreaterThan(0.8)
    expect(satisfied).toBeLessThan(big.dependencies.length)
  })
})
