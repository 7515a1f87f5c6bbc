import { describe, expect, it } from 'vitest'
import { serializeProject } from '../format'
import { applyTimelineEdit, createEventAt, moveItems, reassignItem, resizePlanItem, timelineEditLabel, type TimelineEdit } from './commands'
import { findItem, projectSpans, type ItemRef } from './items'
import { groupLanes } from './lanes'
import { formatWall, wallMinutes } from './time'
import { deepFreeze, samplePlan } from '../../../tests/support/timeline'

const frozen = () => deepFreeze(samplePlan())
const ref = (id: string, laneKey = ''): ItemRef => ({ type: 'event', id, laneKey })
const item = (project: ReturnType<typeof samplePlan>, id: string) => findItem(project, id)!.item as Record<string, unknown>

describe('moving items', () => {
  it('moves one event three days and changes nothing else in the file', () => {
    const project = frozen()
    const next = moveItems(project, [ref('e-athens-forum')], { unit: 'day', amount: 3 })
    expect(item(next, 'e-athens-forum')).toMatchObject({ start: '2027-06-12', end: '2027-06-14' })
    const before = serializeProject(project).split('\n')
    const after = serializeProject(next).split('\n')
    const changed = after.filter((line, i) => line !== before[i])
    expect(changed).toEqual(['      "start": "2027-06-12",', '      "end": "2027-06-14",'])
  })

  it('moves a multi-selection together, keeping the gaps, including phases and releases', () => {
    const refs: ItemRef[] = [
      ref('e-training-spring'),
      ref('e-tashkent-seminar'),
      { type: 'phase', id: 'c-steppe-post', coproductionId: 'c-steppe-doc', laneKey: 'p-khabar' },
      { type: 'release', id: 'c-steppe-rel-kz', coproductionId: 'c-steppe-doc', laneKey: 'p-khabar' },
    ]
    const next = moveItems(frozen(), refs, { unit: 'day', amount: 7 })
    expect(item(next, 'e-training-spring')).toMatchObject({ start: '2027-03-08', end: '2027-04-17' })
    expect(item(next, 'e-tashkent-seminar')).toMatchObject({ start: '2027-05-25', end: '2027-05-26' })
    expect(item(next, 'c-steppe-post')).toMatchObject({ start: '2027-07-05', end: '2027-09-17' })
    expect(item(next, 'c-steppe-rel-kz')).toMatchObject({ start: '2027-10-05T20:00', timeZone: 'Asia/Almaty' })
  })

  it('moves an event shown in two lanes once', () => {
    const next = moveItems(frozen(), [ref('e-tashkent-seminar', 'p-lcu'), ref('e-tashkent-seminar', 'p-tashkent-uni')], { unit: 'day', amount: 1 })
    expect(item(next, 'e-tashkent-seminar')).toMatchObject({ start: '2027-05-19', end: '2027-05-20' })
  })

  it('returns the same plan for a zero move or unknown items', () => {
    const project = frozen()
    expect(moveItems(project, [ref('e-athens-forum')], { unit: 'day', amount: 0 })).toBe(project)
    expect(moveItems(project, [ref('nothing')], { unit: 'day', amount: 2 })).toBe(project)
  })
})

describe('resizing, re-assigning and creating', () => {
  it('resizes one edge and leaves the plan alone when the edge cannot move', () => {
    const project = frozen()
    expect(item(resizePlanItem(project, ref('e-athens-forum'), 'end', { unit: 'day', amount: 2 }), 'e-athens-forum')).toMatchObject({ start: '2027-06-09', end: '2027-06-13' })
    expect(resizePlanItem(project, ref('c-steppe-rel-web'), 'end', { unit: 'day', amount: 2 })).toBe(project)
  })

  it('re-assigns a partner on drop on another partner lane', () => {
    const next = reassignItem(frozen(), ref('e-cairo-guqin'), 'p-cairo-opera', 'p-nile-tv', 'partner')
    expect(item(next, 'e-cairo-guqin').partnerIds).toEqual(['p-nile-tv'])
  })

  it('creates an all-day event on the days a drag covers, with the attribute of its lane', () => {
    const project = frozen()
    const next = createEventAt(project, 'venue', 'v-registan', wallMinutes('2027-07-03T05:00'), wallMinutes('2027-07-05T10:00'), { title: 'New event', id: 'e-new' })
    expect(next.events.at(-1)).toEqual({
      id: 'e-new',
      title: 'New event',
      kind: 'other',
      status: 'idea',
      start: '2027-07-03',
      end: '2027-07-05',
      country: 'UZ',
      city: 'Samarkand',
      venueId: 'v-registan',
      partnerIds: [],
      channelIds: [],
      audienceIds: [],
      strategyIds: [],
    })
    expect(project.events).toHaveLength(next.events.length - 1)
  })

  it('creates timed events in the venue zone and takes kind, partner and country from the lane', () => {
    const project = frozen()
    const timed = createEventAt(project, 'venue', 'v-registan', wallMinutes('2027-03-21T22:00'), wallMinutes('2027-03-22T00:00'), { title: 'Encore', id: 'e-encore', allDay: false }).events.at(-1)!
    expect(timed).toMatchObject({ start: '2027-03-21T19:00', end: '2027-03-21T21:00', timeZone: 'Asia/Samarkand' })
    const byPartner = createEventAt(project, 'partner', 'p-cairo-opera', wallMinutes('2027-05-01'), wallMinutes('2027-05-01'), { title: 'Talk', id: 'e-talk' }).events.at(-1)!
    expect(byPartner).toMatchObject({ partnerIds: ['p-cairo-opera'], country: 'EG', start: '2027-05-01', end: '2027-05-01' })
    const byKind = createEventAt(project, 'kind', 'forum', wallMinutes('2027-05-01'), wallMinutes('2027-05-02'), { title: 'Forum', id: 'e-f' }).events.at(-1)!
    // Uzbekistan and China have three events each; Uzbekistan gets there first.
    expect(byKind).toMatchObject({ kind: 'forum', country: 'UZ' })
    expect(createEventAt(project, 'kind', 'forum', 0, 1, { title: '  ' })).toBe(project)
  })

  it('gives created events a fresh id when none is passed, and the result reads back as a valid plan', () => {
    const next = createEventAt(frozen(), 'country', 'GR', wallMinutes('2027-05-01'), wallMinutes('2027-05-02'), { title: 'New event' })
    expect(next.events.at(-1)!.id).toMatch(/^e-[0-9a-z]{12}$/)
    expect(serializeProject(next)).toContain('"title": "New event"')
  })
})

describe('one drop, one undo step', () => {
  it('applies a move onto another lane as a single edit labelled with the lane', () => {
    const project = frozen()
    const lanes = groupLanes(project, 'partner')
    const guqin = lanes.find((l) => l.key === 'p-cairo-opera')!.items[0]!
    const edit: TimelineEdit = { type: 'move', refs: [guqin], delta: { unit: 'day', amount: 3 }, grouping: 'partner', toLaneKey: 'p-nile-tv' }
    const next = applyTimelineEdit(project, edit)
    expect(item(next, 'e-cairo-guqin')).toMatchObject({ start: '2027-10-09T20:00', end: '2027-10-09T22:00', partnerIds: ['p-nile-tv'] })
    expect(timelineEditLabel(project, edit)).toEqual({
      key: 'reassignItem',
      values: { title: 'Guqin and Oud: a dialogue of strings', lane: 'Nile Documentary Channel', grouping: 'partner', laneKey: 'p-nile-tv' },
    })
  })

  it('labels moves, multi-moves, resizes and new events for the Edit menu', () => {
    const project = frozen()
    const move: TimelineEdit = { type: 'move', refs: [ref('e-opening-almaty', 'p-almaty-museum')], delta: { unit: 'day', amount: 1 } }
    expect(timelineEditLabel(project, move)).toEqual({ key: 'moveItem', values: { title: 'Exhibition opening ceremony, Almaty' } })
    expect(timelineEditLabel(project, { ...move, refs: [ref('e-opening-almaty'), ref('e-athens-forum')] })).toEqual({ key: 'moveItems', values: { count: '2' } })
    expect(timelineEditLabel(project, { type: 'resize', ref: ref('c-steppe-dev'), edge: 'end', delta: { unit: 'day', amount: 1 } })).toEqual({
      key: 'resizeItem',
      values: { title: 'Along the Steppe Road (documentary, 3 × 45 min)' },
    })
    expect(timelineEditLabel(project, { type: 'create', grouping: 'kind', laneKey: 'forum', start: 0, end: 0, options: { title: ' Talk ' } })).toEqual({ key: 'createEvent', values: { title: 'Talk' } })
  })

  it('keeps the timed Nowruz concert at 19:00 Samarkand when moved by a week at month zoom', () => {
    const next = applyTimelineEdit(frozen(), { type: 'move', refs: [ref('e-nowruz-concert')], delta: { unit: 'day', amount: 7 } })
    const concert = findItem(next, 'e-nowruz-concert')!
    expect(concert.item).toMatchObject({ start: '2027-03-28T19:00', end: '2027-03-28T21:30' })
    expect(formatWall(projectSpans(next).get('e-nowruz-concert')!.start)).toBe('2027-03-28T22:00')
  })
})
