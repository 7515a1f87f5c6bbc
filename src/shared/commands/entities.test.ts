import { describe, expect, it } from 'vitest'
import { serializeProject, validateProject } from '../format'
import { addEntity, duplicateEntity, entityLabel, entityName, getEntity, updateEntity } from './entities'
import { frozenSample, newEvent } from '../../../tests/support/entities'
import { templatePhases } from './entitiesTemplate'

describe('adding entities', () => {
  it('adds an event at the end of the list, and the plan still reads back', () => {
    const before = frozenSample()
    const after = addEntity(before, 'event', newEvent({ partnerIds: ['p-almaty-museum'], venueId: 'v-almaty-hall' }))
    expect(after.events.at(-1)?.title).toBe('Guqin and Oud')
    expect(after.events).toHaveLength(before.events.length + 1)
    expect(after.partners).toBe(before.partners)
    expect(validateProject(JSON.parse(serializeProject(after))).ok).toBe(true)
  })

  it('adds a partner with a Chinese name and several contacts', () => {
    const after = addEntity(frozenSample(), 'partner', {
      id: 'p-new',
      name: 'Dunhuang Academy',
      nameLocal: '敦煌研究院',
      kind: 'academic',
      country: 'CN',
      contacts: [{ name: 'Li Wei', email: 'li@example.cn' }, { name: 'Zhang Min', role: 'Curator' }],
    })
    expect(getEntity(after, 'partner', 'p-new')?.contacts).toHaveLength(2)
    expect(validateProject(after).ok).toBe(true)
  })

  it('refuses an entity that would make the file invalid, leaving the plan as it was', () => {
    const before = frozenSample()
    expect(addEntity(before, 'event', newEvent({ end: '2027-10-01' }))).toBe(before)
    expect(addEntity(before, 'event', newEvent({ partnerIds: ['p-nobody'] }))).toBe(before)
    expect(addEntity(before, 'event', newEvent({ id: 'p-almaty-museum' }))).toBe(before)
    expect(addEntity(before, 'dependency', { id: 'd-9', from: 'e-new', to: 'c-steppe-post', type: 'finish-to-start' })).toBe(before)
  })

  it('adds a co-production laid out with the standard phase template', () => {
    const phases = templatePhases('2027-01-04')
    const after = addEntity(frozenSample(), 'coproduction', {
      id: 'cp-new',
      title: 'Silk Road Kitchens',
      format: 'series',
      status: 'idea',
      partnerIds: ['p-nile-tv'],
      channelIds: [],
      audienceIds: [],
      strategyIds: [],
      phases,
      releases: [{ id: 'r-new', channelId: 'ch-tv', start: '2027-08-01' }],
    })
    expect(getEntity(after, 'coproduction', 'cp-new')?.phases.map((p) => p.kind)).toEqual([
      'development',
      'pre-production',
      'production',
      'post-production',
      'release',
    ])
    expect(validateProject(after).ok).toBe(true)
  })
})

describe('editing entities', () => {
  it('replaces the entity in place and keeps the others as they were', () => {
    const before = frozenSample()
    const venue = before.venues[1]!
    const after = updateEntity(before, 'venue', { ...venue, capacity: 1200 })
    expect(after.venues[1]?.capacity).toBe(1200)
    expect(after.venues[0]).toBe(before.venues[0])
    expect(after.events).toBe(before.events)
  })

  it('returns the same plan when nothing changed, even for an equal copy', () => {
    const before = frozenSample()
    const event = before.events[0]!
    expect(updateEntity(before, 'event', { ...event, partnerIds: [...event.partnerIds] })).toBe(before)
    expect(updateEntity(before, 'event', JSON.parse(JSON.stringify(event)))).toBe(before)
    expect(updateEntity(before, 'event', newEvent({ id: 'e-unknown' }))).toBe(before)
  })

  it('refuses an edit that would make the file invalid', () => {
    const before = frozenSample()
    const event = before.events[0]!
    expect(updateEntity(before, 'event', { ...event, start: '2027-02-30' })).toBe(before)
    expect(updateEntity(before, 'event', { ...event, start: '2027-04-15T10:00', end: '2027-04-15T12:00', timeZone: undefined })).toBe(before)
  })

  it('keeps fields this version does not know', () => {
    const before = frozenSample()
    const event = { ...before.events[0]!, futureField: { kept: true } }
    const after = updateEntity(before, 'event', { ...event, title: 'Bronzes' })
    expect((after.events[0] as typeof event).futureField).toEqual({ kept: true })
  })

  it('removing a phase also removes the dependencies on it', () => {
    const before = frozenSample()
    const steppe = getEntity(before, 'coproduction', 'c-steppe-doc')!
    const after = updateEntity(before, 'coproduction', { ...steppe, phases: steppe.phases.filter((p) => p.id !== 'c-steppe-shoot') })
    expect(after.dependencies.map((d) => d.id)).toEqual(['d-3', 'd-4'])
    expect(validateProject(after).ok).toBe(true)
  })
})

describe('duplicating entities', () => {
  it('puts a copy with a new id and name right after the original', () => {
    const before = frozenSample()
    const after = duplicateEntity(before, 'event', { id: before.events[0]!.id, newId: 'e-copy', name: 'Bronzes (copy)' })
    expect(after.events[1]).toMatchObject({ id: 'e-copy', title: 'Bronzes (copy)', partnerIds: before.events[0]!.partnerIds })
    expect(validateProject(after).ok).toBe(true)
  })

  it('gives a copied co-production new phase and release ids', () => {
    const before = frozenSample()
    const after = duplicateEntity(before, 'coproduction', { id: 'c-steppe-doc', newId: 'cp-copy' })
    const copy = getEntity(after, 'coproduction', 'cp-copy')!
    expect(copy.phases).toHaveLength(4)
    expect(copy.phases.map((p) => p.id)).not.toContain('c-steppe-dev')
    expect(validateProject(after).ok).toBe(true)
  })

  it('does nothing for an unknown id or an id already in use', () => {
    const before = frozenSample()
    expect(duplicateEntity(before, 'venue', { id: 'v-nowhere' })).toBe(before)
    expect(duplicateEntity(before, 'venue', { id: 'v-almaty-hall', newId: 'p-khabar' })).toBe(before)
  })
})

describe('names and labels', () => {
  it('names undo steps after the action, the kind and the entity', () => {
    expect(entityLabel('delete', 'venue', 'Cairo Opera House')).toEqual({ key: 'deleteVenue', values: { name: 'Cairo Opera House' } })
    expect(entityLabel('add', 'coproduction', 'X').key).toBe('addCoproduction')
  })

  it('a dependency is named after the items it links', () => {
    const plan = frozenSample()
    expect(entityName(plan, plan.dependencies[0]!)).toBe('Along the Steppe Road (documentary, 3 × 45 min): Shooting in Kazakhstan and Liaoning → Along the Steppe Road (documentary, 3 × 45 min): post-production')
  })
})

describe('the phase template', () => {
  it('lays the five phases back to back from the start date, 6, 4, 10, 8 and 2 weeks long', () => {
    const phases = templatePhases('2027-01-04')
    expect(phases.map((p) => [p.start, p.end])).toEqual([
      ['2027-01-04', '2027-02-14'],
      ['2027-02-15', '2027-03-14'],
      ['2027-03-15', '2027-05-23'],
      ['2027-05-24', '2027-07-18'],
      ['2027-07-19', '2027-08-01'],
    ])
    expect(new Set(phases.map((p) => p.id)).size).toBe(5)
  })

  it('crosses daylight-saving changes and leap days by whole days', () => {
    const phases = templatePhases('2028-02-20', { weeks: [1, 1, 1, 1, 1] })
    expect(phases[1]).toMatchObject({ start: '2028-02-27', end: '2028-03-04' })
  })

  it('gives nothing for a date that does not exist', () => {
    expect(templatePhases('2027-02-30')).toEqual([])
  })
})
