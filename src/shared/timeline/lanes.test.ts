import { describe, expect, it } from 'vitest'
import { canReassign, groupings, groupLanes, NONE_LANE, reassign } from './lanes'
import { findItem } from './items'
import { deepFreeze, event, plan, samplePlan } from '../../../tests/support/timeline'

const keysOf = (lanes: { key: string }[]) => lanes.map((l) => l.key)
const idsIn = (lanes: ReturnType<typeof groupLanes>, key: string) => lanes.find((l) => l.key === key)?.items.map((i) => i.id)

describe('lanes', () => {
  it('list every partner in file order with both names and a count', () => {
    const project = samplePlan()
    const lanes = groupLanes(project, 'partner')
    expect(keysOf(lanes)).toEqual(project.partners.map((p) => p.id))
    const almaty = lanes.find((l) => l.key === 'p-almaty-museum')!
    expect(almaty).toMatchObject({ name: 'Almaty Museum of Arts', nameLocal: 'Алматинский музей искусств', count: 3 })
    expect(almaty.items.map((i) => i.id)).toEqual(['e-silk-treasures-almaty', 'e-opening-almaty', 'e-shenyang-return'])
  })

  it('show an event with two partners in both partner lanes, each ref remembering its lane', () => {
    const lanes = groupLanes(samplePlan(), 'partner')
    const refs = lanes.flatMap((l) => l.items).filter((i) => i.id === 'e-tashkent-seminar')
    expect(refs.map((r) => r.laneKey)).toEqual(['p-tashkent-uni', 'p-lcu'])
  })

  it("put co-production phases and releases under the co-production's partners and under the co-production", () => {
    const project = samplePlan()
    expect(idsIn(groupLanes(project, 'partner'), 'p-khabar')).toEqual(['c-steppe-dev', 'c-steppe-pre', 'c-steppe-shoot', 'c-steppe-post', 'c-steppe-rel-kz', 'c-steppe-rel-cn', 'c-steppe-rel-web'])
    const byCoproduction = groupLanes(project, 'coproduction')
    expect(keysOf(byCoproduction)).toEqual(['c-steppe-doc', 'c-nile-shorts', 'c-radio-voices', NONE_LANE])
    expect(byCoproduction.find((l) => l.key === 'c-nile-shorts')!.items).toContainEqual({ type: 'release', id: 'c-nile-rel-1', coproductionId: 'c-nile-shorts', laneKey: 'c-nile-shorts' })
    expect(byCoproduction.at(-1)!.count).toBe(project.events.length)
  })

  it('group by country code, venue, kind, channel and status', () => {
    const project = samplePlan()
    expect(keysOf(groupLanes(project, 'country'))).toEqual(['CN', 'EG', 'GR', 'HU', 'ID', 'KZ', 'PK', 'RS', 'UZ'])
    expect(idsIn(groupLanes(project, 'country'), 'UZ')).toEqual(['e-nowruz-concert', 'e-samarkand-festival', 'e-tashkent-seminar'])
    const venues = groupLanes(project, 'venue')
    expect(venues.at(-1)).toMatchObject({ key: NONE_LANE, count: 3 })
    expect(idsIn(venues, 'v-registan')).toEqual(['e-nowruz-concert', 'e-samarkand-festival'])
    expect(keysOf(groupLanes(project, 'kind'))).toEqual(['exhibition', 'performance', 'festival', 'screening', 'forum', 'training', 'exchange-visit', 'other'])
    expect(idsIn(groupLanes(project, 'channel'), 'ch-radio')).toEqual(['e-cairo-guqin'])
    expect(idsIn(groupLanes(project, 'channel'), 'ch-social')).toContain('c-nile-rel-1')
    expect(idsIn(groupLanes(project, 'status'), 'done')).toEqual(['c-steppe-dev'])
  })

  it('follow a saved lane order and append lanes it does not know', () => {
    const lanes = groupLanes(samplePlan(), 'status', ['done', 'nobody', 'idea'])
    expect(keysOf(lanes)).toEqual(['done', 'idea', 'planned', 'confirmed', 'cancelled'])
  })

  it('put items without the attribute in the none lane, which exists only when needed', () => {
    const project = plan({ events: [event({ id: 'e1', start: '2027-01-01', end: '2027-01-01' })] })
    expect(groupLanes(project, 'partner')).toEqual([{ key: '', name: '', count: 1, items: [{ type: 'event', id: 'e1', laneKey: '' }] }])
    expect(keysOf(groupLanes(plan(), 'venue'))).toEqual([])
  })

  it('give every grouping lanes whose counts add up to the refs they hold', () => {
    const project = samplePlan()
    for (const grouping of groupings) {
      for (const lane of groupLanes(project, grouping)) expect(lane.count).toBe(lane.items.length)
    }
  })
})

describe('dropping on another lane', () => {
  const frozen = () => deepFreeze(samplePlan())

  it('replaces the source partner with the target partner', () => {
    const project = frozen()
    const next = reassign(project, { id: 'e-tashkent-seminar' }, 'p-tashkent-uni', 'p-samarkand-fest', 'partner')
    expect(findItem(next, 'e-tashkent-seminar')!.item).toMatchObject({ partnerIds: ['p-samarkand-fest', 'p-lcu'] })
    expect(next.events.filter((e, i) => e !== project.events[i]).map((e) => e.id)).toEqual(['e-tashkent-seminar'])
    expect(next.coproductions).toBe(project.coproductions)
  })

  it('never duplicates a partner the event already has', () => {
    const next = reassign(frozen(), { id: 'e-tashkent-seminar' }, 'p-tashkent-uni', 'p-lcu', 'partner')
    expect(findItem(next, 'e-tashkent-seminar')!.item).toMatchObject({ partnerIds: ['p-lcu'] })
  })

  it('adds or removes a partner through the none lane', () => {
    let project = plan({ partners: samplePlan().partners, events: [event({ id: 'e1', start: '2027-01-01', end: '2027-01-01' })] })
    project = reassign(project, { id: 'e1' }, NONE_LANE, 'p-lcu', 'partner')
    expect(project.events[0]!.partnerIds).toEqual(['p-lcu'])
    project = reassign(project, { id: 'e1' }, 'p-lcu', NONE_LANE, 'partner')
    expect(project.events[0]!.partnerIds).toEqual([])
  })

  it('takes venue, country and city from the new venue, and a timed event keeps its local time there', () => {
    const next = reassign(frozen(), { id: 'e-cairo-guqin' }, 'v-cairo-main', 'v-budapest-gallery', 'venue')
    expect(findItem(next, 'e-cairo-guqin')!.item).toMatchObject({
      venueId: 'v-budapest-gallery',
      country: 'HU',
      city: 'Budapest',
      timeZone: 'Europe/Budapest',
      start: '2027-10-06T20:00',
    })
  })

  it('drops the city and a foreign venue when the country changes', () => {
    const next = reassign(frozen(), { id: 'e-athens-forum' }, 'GR', 'RS', 'country')
    const forum = findItem(next, 'e-athens-forum')!.item as Record<string, unknown>
    expect(forum.country).toBe('RS')
    expect('city' in forum || 'venueId' in forum).toBe(false)
  })

  it('sets kind, status, channel and co-production', () => {
    const project = frozen()
    expect(findItem(reassign(project, { id: 'e-athens-forum' }, 'forum', 'festival', 'kind'), 'e-athens-forum')!.item).toMatchObject({ kind: 'festival' })
    expect(findItem(reassign(project, { id: 'c-steppe-post' }, 'planned', 'confirmed', 'status'), 'c-steppe-post')!.item).toMatchObject({ status: 'confirmed' })
    expect(findItem(reassign(project, { id: 'e-athens-forum' }, 'ch-print', 'ch-tv', 'channel'), 'e-athens-forum')!.item).toMatchObject({ channelIds: ['ch-live', 'ch-web', 'ch-tv'] })
    expect(findItem(reassign(project, { id: 'c-steppe-rel-web' }, 'ch-video', 'ch-web', 'channel'), 'c-steppe-rel-web')!.item).toMatchObject({ channelId: 'ch-web' })
    expect(findItem(reassign(project, { id: 'e-cairo-film-week' }, NONE_LANE, 'c-nile-shorts', 'coproduction'), 'e-cairo-film-week')!.item).toMatchObject({ coproductionId: 'c-nile-shorts' })
  })

  it('returns the same plan when nothing changes or the drop means nothing', () => {
    const project = frozen()
    expect(reassign(project, { id: 'e-athens-forum' }, 'forum', 'forum', 'kind')).toBe(project)
    expect(reassign(project, { id: 'e-athens-forum' }, 'forum', 'party', 'kind')).toBe(project)
    expect(reassign(project, { id: 'e-athens-forum' }, 'GR', NONE_LANE, 'country')).toBe(project)
    expect(reassign(project, { id: 'c-steppe-shoot' }, 'p-khabar', 'p-nile-tv', 'partner')).toBe(project)
    expect(reassign(project, { id: 'missing' }, 'a', 'b', 'partner')).toBe(project)
    expect(canReassign(project, { type: 'phase', id: 'c-steppe-shoot', coproductionId: 'c-steppe-doc', laneKey: 'c-steppe-doc' }, 'c-nile-shorts', 'coproduction')).toBe(false)
    expect(canReassign(project, { type: 'event', id: 'e-athens-forum', laneKey: 'confirmed' }, 'idea', 'status')).toBe(true)
  })
})
