import { describe, expect, it } from 'vitest'
import type { Coproduction, Project } from '../format'
import { acknowledgeConflict, conflictsByItem, isAcknowledged, unacknowledgeConflict } from './conflicts'
import { findConflicts } from './findConflicts'
import { replaceItems } from './items'
import { moveItem } from './move'
import { deepFreeze, event, plan, samplePlan } from '../../../tests/support/timeline'

const venue = (id: string, timeZone = 'Asia/Almaty') => ({ id, name: id, country: 'KZ', city: 'Almaty', timeZone })

function coproduction(fields: Partial<Coproduction>): Coproduction {
  return { id: 'c1', title: 'Steppe', format: 'documentary', status: 'planned', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [], phases: [], releases: [], ...fields }
}

function smallPlan(): Project {
  return deepFreeze(
    plan({
      venues: [venue('hall'), venue('stage')],
      channels: [{ id: 'tv', name: 'TV', medium: 'tv' }],
      events: [
        event({ id: 'show', venueId: 'hall', start: '2027-05-01', end: '2027-05-10' }),
        event({ id: 'fair', venueId: 'hall', start: '2027-05-10', end: '2027-05-12' }),
        event({ id: 'talk', venueId: 'hall', start: '2027-05-03T10:00', end: '2027-05-03T12:00', timeZone: 'Asia/Almaty' }),
        event({ id: 'gala', venueId: 'hall', start: '2027-05-03T11:00', end: '2027-05-03T13:00', timeZone: 'Asia/Almaty' }),
        event({ id: 'dropped', venueId: 'hall', status: 'cancelled', start: '2027-05-02', end: '2027-05-02' }),
        event({ id: 'next-door', venueId: 'stage', start: '2027-05-01', end: '2027-05-10' }),
        event({ id: 'premiere', coproductionId: 'c1', start: '2027-09-01', end: '2027-09-01' }),
      ],
      coproductions: [
        coproduction({
          phases: [
            { id: 'dev', kind: 'development', start: '2027-01-04', end: '2027-02-26', status: 'done' },
            { id: 'shoot', kind: 'production', start: '2027-02-20', end: '2027-05-28', status: 'planned' },
            { id: 'post', kind: 'post-production', start: '2027-06-01', end: '2027-08-31', status: 'planned' },
          ],
          releases: [{ id: 'air', channelId: 'tv', start: '2027-08-30T20:00', timeZone: 'Asia/Almaty' }],
        }),
      ],
      dependencies: [{ id: 'd1', from: 'fair', to: 'post', type: 'finish-to-start' }],
    }),
  )
}

describe('conflicts', () => {
  it('find no clash in the sample plan, where the Almaty opening happens inside its own exhibition; only events on public holidays', () => {
    expect(findConflicts(samplePlan()).map((c) => c.code)).toEqual(['on-public-holiday', 'on-public-holiday'])
  })

  it('find every kind on a small plan, each with the items to mark', () => {
    const conflicts = findConflicts(smallPlan()).filter((c) => c.code !== 'on-public-holiday')
    expect(conflicts.map((c) => [c.code, c.itemIds])).toEqual([
      ['venue-double-booked', ['fair', 'show']],
      ['venue-double-booked', ['gala', 'talk']],
      ['phases-out-of-order', ['shoot', 'dev']],
      ['release-before-post-production', ['air', 'post']],
      ['event-outside-coproduction', ['premiere']],
    ])
    expect(conflicts[0]).toMatchObject({ id: 'venue-double-booked:fair:show', values: { venueId: 'hall', first: 'fair', second: 'show' } })
  })

  it('report a violated finish-to-start dependency', () => {
    const project = replaceItems(smallPlan(), new Map([['fair', event({ id: 'fair', venueId: 'hall', start: '2027-05-10', end: '2027-06-01' })]]))
    const dependency = findConflicts(project).find((c) => c.code === 'dependency-violated')
    expect(dependency).toMatchObject({ id: 'dependency-violated:d1', itemIds: ['post', 'fair'], values: { dependencyId: 'd1', from: 'fair', to: 'post' } })
    // Finishing the day before is fine: the all-day end is inclusive.
    const fixed = replaceItems(project, new Map([['fair', event({ id: 'fair', start: '2027-05-10', end: '2027-05-31' })]]))
    expect(findConflicts(fixed).some((c) => c.code === 'dependency-violated')).toBe(false)
  })

  it('index conflicts by item for the icons', () => {
    const byItem = conflictsByItem(findConflicts(smallPlan()).filter((c) => c.code !== 'on-public-holiday'))
    expect(byItem.get('show')?.map((c) => c.code)).toEqual(['venue-double-booked'])
    expect(byItem.has('next-door')).toBe(false)
  })
})

describe('acknowledging a conflict', () => {
  it('stores its fingerprint in the views and keeps the warning quiet while the dates stay', () => {
    const project = smallPlan()
    const conflict = findConflicts(project)[0]!
    const acknowledged = acknowledgeConflict(project, conflict)
    expect(acknowledged.views).toEqual({ acknowledgedConflicts: { [conflict.id]: conflict.fingerprint } })
    expect(acknowledgeConflict(acknowledged, conflict)).toBe(acknowledged)
    expect(isAcknowledged(acknowledged, findConflicts(acknowledged)[0]!)).toBe(true)
    expect(isAcknowledged(project, conflict)).toBe(false)
  })

  it('lets the warning come back once one of its dates changes', () => {
    let project = smallPlan()
    project = acknowledgeConflict(project, findConflicts(project)[0]!)
    const show = project.events.find((e) => e.id === 'show')!
    project = replaceItems(project, new Map([['show', moveItem(show, { unit: 'day', amount: 1 })]]))
    const again = findConflicts(project).find((c) => c.id === 'venue-double-booked:fair:show')!
    expect(isAcknowledged(project, again)).toBe(false)
  })

  it('keeps other view settings and can be undone', () => {
    const project = deepFreeze({ ...smallPlan(), views: { timeline: { zoom: 'week' } } })
    const conflict = findConflicts(project)[1]!
    const acknowledged = acknowledgeConflict(project, conflict)
    expect(acknowledged.views?.timeline).toEqual({ zoom: 'week' })
    const forgotten = unacknowledgeConflict(acknowledged, conflict)
    expect(forgotten.views).toEqual({ timeline: { zoom: 'week' }, acknowledgedConflicts: {} })
    expect(unacknowledgeConflict(forgotten, conflict)).toBe(forgotten)
  })
})

describe('conflicts at scale', () => {
  it('check 10,000 events at 50 venues', () => {
    const venues = Array.from({ length: 50 }, (_, i) => venue(`v${i}`))
    const events = Array.from({ length: 10_000 }, (_, i) => {
      const day = (i * 37) % 700
      const start = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10)
      const end = new Date(Date.UTC(2027, 0, 1 + day + (i % 3))).toISOString().slice(0, 10)
      return event({ id: `e${i}`, venueId: `v${i % 50}`, start, end })
    })
    const conflicts = findConflicts(plan({ venues, events }))
    expect(conflicts.length).toBeGreaterThan(0)
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(conflicts.length)
  })
})
