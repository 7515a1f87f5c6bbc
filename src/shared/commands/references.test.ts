import { describe, expect, it } from 'vitest'
import { serializeProject, validateProject, type Project } from '../format'
import { entityKinds, listOf } from './entities'
import { frozenSample } from '../../../tests/support/entities'
import { deleteEntity, usersOf, usesOf } from './references'

/** True when the plan, written and read back, is a valid file (no dangling id anywhere). */
const readsBack = (plan: Project) => validateProject(JSON.parse(serializeProject(plan))).ok

describe('who uses an entity', () => {
  it('lists every event and co-production that names a partner, with the path and the owner', () => {
    const uses = usesOf(frozenSample(), 'p-lntv')
    expect(uses.length).toBeGreaterThan(0)
    for (const use of uses) expect(use.path).toMatch(/^(events|coproductions)\[\d+\]\.partnerIds\[\d+\]$/)
    expect(uses.map((u) => u.ownerTitle)).toContain('Along the Steppe Road (documentary, 3 × 45 min)')
  })

  it('finds venues, releases on a channel and dependencies on a co-production’s phases', () => {
    const plan = frozenSample()
    expect(usesOf(plan, 'v-almaty-hall')[0]).toMatchObject({ field: 'venueId', ownerKind: 'event', ownerTitle: 'Treasures of the Silk Road: Liaoning Bronzes' })
    expect(usesOf(plan, 'ch-video').some((u) => u.field === 'releases.channelId')).toBe(true)
    expect(usesOf(plan, 'c-steppe-doc').filter((u) => u.ownerKind === 'dependency').map((u) => u.ownerId)).toEqual(['d-1', 'd-1', 'd-2', 'd-2'])
    expect(usersOf(plan, 'c-steppe-doc').filter((u) => u.ownerKind === 'dependency').map((u) => u.ownerId)).toEqual(['d-1', 'd-2'])
    expect(usesOf(plan, 'd-1')).toEqual([])
  })
})

describe('deleting an entity', () => {
  it('removes a partner and every reference to it, leaving a plan that reads back', () => {
    const before = frozenSample()
    const after = deleteEntity(before, 'p-lntv', { removeReferences: true })
    expect(after.partners.some((p) => p.id === 'p-lntv')).toBe(false)
    expect(usesOf(after, 'p-lntv')).toEqual([])
    expect(readsBack(after)).toBe(true)
    expect(after.venues).toBe(before.venues)
  })

  it('a venue goes from its events, which keep their country, city and time zone', () => {
    const before = frozenSample()
    const event = before.events.find((e) => e.venueId === 'v-almaty-hall')!
    const after = deleteEntity(before, 'v-almaty-hall', { removeReferences: true })
    const kept = after.events.find((e) => e.id === event.id)!
    expect('venueId' in kept).toBe(false)
    expect(kept).toMatchObject({ country: event.country, city: event.city })
    expect(readsBack(after)).toBe(true)
  })

  it('an event takes the dependencies from or to it along', () => {
    const after = deleteEntity(frozenSample(), 'e-training-spring', { removeReferences: true })
    expect(after.dependencies.map((d) => d.id)).toEqual(['d-1', 'd-2', 'd-4'])
    expect(readsBack(after)).toBe(true)
  })

  it('a co-production takes the dependencies on its phases and its events’ links along', () => {
    const after = deleteEntity(frozenSample(), 'c-steppe-doc', { removeReferences: true })
    expect(after.dependencies.map((d) => d.id)).toEqual(['d-3', 'd-4'])
    expect(after.events.some((e) => e.coproductionId === 'c-steppe-doc')).toBe(false)
    expect(readsBack(after)).toBe(true)
  })

  it('a channel takes the releases on it along, since every release goes out on a channel', () => {
    const before = frozenSample()
    const after = deleteEntity(before, 'ch-video', { removeReferences: true })
    for (const c of after.coproductions) expect(c.releases.some((r) => r.channelId === 'ch-video')).toBe(false)
    expect(after.coproductions.flatMap((c) => c.releases).length).toBeLessThan(before.coproductions.flatMap((c) => c.releases).length)
    expect(readsBack(after)).toBe(true)
  })

  it('every entity of the sample can be deleted, one after another, and the plan always reads back', () => {
    let plan = frozenSample()
    for (const kind of entityKinds) {
      for (const { id } of listOf(plan, kind)) {
        const next = deleteEntity(plan, id, { removeReferences: true })
        expect(next).not.toBe(plan)
        expect(readsBack(next)).toBe(true)
        plan = next
      }
    }
    expect(plan.events).toEqual([])
  })

  it('without removing references, an entity in use stays and one not in use goes', () => {
    const before = frozenSample()
    expect(deleteEntity(before, 'p-lntv', { removeReferences: false })).toBe(before)
    expect(deleteEntity(before, 'd-1', { removeReferences: false }).dependencies).toHaveLength(3)
  })

  it('an unknown id changes nothing', () => {
    const before = frozenSample()
    expect(deleteEntity(before, 'nobody', { removeReferences: true })).toBe(before)
  })
})
