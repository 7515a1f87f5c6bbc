import { describe, expect, it } from 'vitest'
import { validateProject, type Project } from '../format'
import { sampleDoc, type Doc } from '../../../tests/support/plans'
import { conflictKey, diffProjects, mergeProjects } from './index'

function plan(change: (doc: Doc) => void = () => {}): Project {
  const doc = sampleDoc()
  change(doc)
  expect(validateProject(structuredClone(doc)).ok).toBe(true)
  return doc as Project
}

function merge(ours: (doc: Doc) => void, theirs: (doc: Doc) => void) {
  const result = mergeProjects(plan(), plan(ours), plan(theirs))
  const check = validateProject(structuredClone(result.project))
  expect(check.ok ? [] : check.errors).toEqual([])
  return result
}

const event = (project: Project, id: string) => project.events.find((e) => e.id === id)
const phases = (project: Project, id: string) => project.coproductions.find((c) => c.id === id)?.phases ?? []

describe('three-way merge of two copies of the sample plan', () => {
  it('keeps a Chinese name changed on one side and the English name on the other', () => {
    const result = merge(
      (doc) => (doc.events[0].title = 'Treasures of the Silk Road: Bronzes of Liaoning'),
      (doc) => (doc.events[0].titleLocal = '丝路瑰宝：辽宁古代青铜器展'),
    )
    const merged = event(result.project, 'e-silk-treasures-almaty')!
    expect(merged.title).toBe('Treasures of the Silk Road: Bronzes of Liaoning')
    expect(merged.titleLocal).toBe('丝路瑰宝：辽宁古代青铜器展')
    expect(result.conflicts).toEqual([])
    expect(result.changes).toEqual([
      { side: 'ours', op: 'edit', kind: 'event', id: 'e-silk-treasures-almaty', fields: ['title'] },
      { side: 'theirs', op: 'edit', kind: 'event', id: 'e-silk-treasures-almaty', fields: ['titleLocal'] },
    ])
    expect(result.project).not.toHaveProperty('mergeConflicts')
  })

  it('takes the same change once and calls different changes to one field a conflict holding ours', () => {
    const result = merge(
      (doc) => ((doc.events[1].status = 'done'), (doc.events[2].status = 'done')),
      (doc) => ((doc.events[1].status = 'done'), (doc.events[2].status = 'cancelled')),
    )
    expect(event(result.project, 'e-opening-almaty')!.status).toBe('done')
    expect(event(result.project, 'e-nowruz-concert')!.status).toBe('done')
    expect(result.changes).toContainEqual({ side: 'both', op: 'edit', kind: 'event', id: 'e-opening-almaty', fields: ['status'] })
    expect(result.conflicts).toEqual([{ kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', base: 'planned', ours: 'done', theirs: 'cancelled' }])
    expect((result.project as Doc).mergeConflicts).toEqual([{ kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', theirs: 'cancelled' }])
  })

  it('merges partner lists as sets', () => {
    const result = merge(
      (doc) => (doc.events[0].partnerIds = ['p-liaoning-museum', 'p-khabar']),
      (doc) => doc.events[0].partnerIds.push('p-lcu'),
    )
    expect([...event(result.project, 'e-silk-treasures-almaty')!.partnerIds].sort()).toEqual(['p-khabar', 'p-lcu', 'p-liaoning-museum'])
    expect(result.conflicts).toEqual([])
  })

  it('keeps phases reordered on one side and edited on the other', () => {
    const result = merge(
      (doc) => doc.coproductions[0].phases.reverse(),
      (doc) => ((doc.coproductions[0].phases[1].title = 'Scouting in the steppe'), doc.coproductions[0].phases.push({ id: 'c-steppe-extra', kind: 'other', start: '2027-09-01', end: '2027-09-02', status: 'idea' })),
    )
    const ids = phases(result.project, 'c-steppe-doc').map((p) => p.id)
    // Ours' order, with theirs' new phase after the one it follows in theirs.
    expect(ids).toEqual(['c-steppe-post', 'c-steppe-extra', 'c-steppe-shoot', 'c-steppe-pre', 'c-steppe-dev'])
    expect(phases(result.project, 'c-steppe-doc').find((p) => p.id === 'c-steppe-pre')!.title).toBe('Scouting in the steppe')
    expect(result.conflicts).toEqual([])
  })

  it('calls a delete on one side and an edit on the other a conflict', () => {
    const result = merge(
      (doc) => (doc.events = doc.events.filter((e: Doc) => e.id !== 'e-cairo-guqin')),
      (doc) => (doc.events.find((e: Doc) => e.id === 'e-cairo-guqin').status = 'confirmed'),
    )
    expect(event(result.project, 'e-cairo-guqin')).toBeUndefined()
    expect(result.conflicts).toMatchObject([{ kind: 'event', id: 'e-cairo-guqin', reason: 'deleteEdit', theirs: { status: 'confirmed' } }])
  })

  it('never leaves a reference to something deleted: ours deleted the venue theirs newly uses', () => {
    const result = merge(
      (doc) => {
        doc.venues = doc.venues.filter((v: Doc) => v.id !== 'v-athens-stoa')
        doc.events = doc.events.map((e: Doc) => (e.venueId === 'v-athens-stoa' ? (delete e.venueId, e) : e))
      },
      (doc) => (doc.events.find((e: Doc) => e.id === 'e-cairo-film-week').venueId = 'v-athens-stoa'),
    )
    expect(result.project.venues.map((v) => v.id)).not.toContain('v-athens-stoa')
    expect(event(result.project, 'e-cairo-film-week')!.venueId).toBeUndefined()
    expect(result.conflicts).toMatchObject([{ kind: 'venue', id: 'v-athens-stoa', reason: 'deleteUse', theirs: { name: expect.any(String) } }])
  })

  it('keeps what theirs deleted while ours newly uses it, and drops a dependency on a phase ours deleted', () => {
    const result = merge(
      (doc) => {
        doc.events.find((e: Doc) => e.id === 'e-cairo-film-week').partnerIds.push('p-islamabad-council')
        doc.coproductions[1].phases = doc.coproductions[1].phases.filter((p: Doc) => p.id !== 'c-nile-dev')
      },
      (doc) => {
        doc.partners = doc.partners.filter((p: Doc) => p.id !== 'p-islamabad-council')
        for (const item of [...doc.events, ...doc.coproductions]) item.partnerIds = item.partnerIds.filter((id: string) => id !== 'p-islamabad-council')
        doc.dependencies.push({ id: 'd-new', from: 'c-nile-dev', to: 'c-nile-shoot', type: 'finish-to-start' })
      },
    )
    expect(result.project.partners.map((p) => p.id)).toContain('p-islamabad-council')
    expect(event(result.project, 'e-cairo-film-week')!.partnerIds).toContain('p-islamabad-council')
    expect(result.project.dependencies.map((d) => d.id)).not.toContain('d-new')
    expect(result.conflicts.map((c) => [c.kind, c.id, c.reason])).toEqual([
      ['partner', 'p-islamabad-council', 'deleteUse'],
      ['phase', 'c-nile-dev', 'deleteUse'],
    ])
  })

  it('keeps both additions when each side added a different entity under one id, renaming theirs and its references', () => {
    const venue = (name: string) => ({ id: 'v-new', name, country: 'KZ', city: 'Astana', timeZone: 'Asia/Almaty' })
    const result = merge(
      (doc) => (doc.venues.push(venue('Astana Opera')), (doc.events[0].venueId = 'v-new')),
      (doc) => (doc.venues.push(venue('Astana Arena')), (doc.events[2].venueId = 'v-new')),
    )
    expect(result.renamed).toEqual([{ kind: 'venue', from: 'v-new', to: 'v-new-2' }])
    const names = Object.fromEntries(result.project.venues.map((v) => [v.id, v.name]))
    expect(names['v-new']).toBe('Astana Opera')
    expect(names['v-new-2']).toBe('Astana Arena')
    expect(event(result.project, 'e-silk-treasures-almaty')!.venueId).toBe('v-new')
    expect(event(result.project, 'e-nowruz-concert')!.venueId).toBe('v-new-2')
    expect(result.conflicts).toEqual([])
  })

  it('adds the same new entity on both sides once', () => {
    const venue = { id: 'v-new', name: 'Astana Opera', country: 'KZ', city: 'Astana', timeZone: 'Asia/Almaty' }
    const result = merge(
      (doc) => doc.venues.push({ ...venue }),
      (doc) => doc.venues.push({ ...venue }),
    )
    expect(result.project.venues.filter((v) => v.id.startsWith('v-new'))).toHaveLength(1)
    expect(result.changes).toEqual([{ side: 'both', op: 'add', kind: 'venue', id: 'v-new', fields: [] }])
  })

  it('decides dates together when the two sides moved one event apart', () => {
    const result = merge(
      (doc) => ((doc.events[3].start = '2027-09-01'), (doc.events[3].end = '2027-09-03')),
      (doc) => (doc.events[3].end = doc.events[3].start),
    )
    const ours = plan((doc) => ((doc.events[3].start = '2027-09-01'), (doc.events[3].end = '2027-09-03')))
    expect(event(result.project, ours.events[3]!.id)).toMatchObject({ start: '2027-09-01', end: '2027-09-03' })
    expect(result.conflicts).toMatchObject([{ id: ours.events[3]!.id, field: 'dates', reason: 'dates' }])
  })
})

describe('choosing a side for each conflict', () => {
  it('takes theirs where chosen, ours elsewhere, and records only the conflicts still open', () => {
    const ours = plan((doc) => ((doc.events[2].status = 'done'), (doc.title = 'Silk Road 2027 (Shenyang)'), (doc.venues = doc.venues.filter((v: Doc) => v.id !== 'v-athens-stoa')), doc.events.forEach((e: Doc) => e.venueId === 'v-athens-stoa' && delete e.venueId)))
    const theirs = plan((doc) => ((doc.events[2].status = 'cancelled'), (doc.title = 'Silk Road 2027 (Almaty)'), (doc.events.find((e: Doc) => e.id === 'e-cairo-film-week').venueId = 'v-athens-stoa')))
    const open = mergeProjects(plan(), ours, theirs)
    expect(open.conflicts.map((c) => conflictKey(c))).toEqual([`${ours.id}|title`, 'e-nowruz-concert|status', 'v-athens-stoa|'])
    const choices = new Map([
      [`${ours.id}|title`, 'theirs' as const],
      ['v-athens-stoa|', 'theirs' as const],
    ])
    const result = mergeProjects(plan(), ours, theirs, { choices })
    expect(validateProject(structuredClone(result.project)).ok).toBe(true)
    expect(result.project.title).toBe('Silk Road 2027 (Almaty)')
    expect(event(result.project, 'e-nowruz-concert')!.status).toBe('done')
    expect(result.project.venues.map((v) => v.id)).toContain('v-athens-stoa')
    expect(event(result.project, 'e-cairo-film-week')!.venueId).toBe('v-athens-stoa')
    expect((result.project as Doc).mergeConflicts).toEqual([{ kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', theirs: 'cancelled' }])
    expect(result.conflicts.map((c) => c.chosen)).toEqual(['theirs', undefined, 'theirs'])
  })
})

describe('diff of two plans', () => {
  it('lists added, edited and deleted entities with the fields before and after', () => {
    const before = plan()
    const after = plan((doc) => {
      doc.events[0].status = 'done'
      doc.partners = doc.partners.filter((p: Doc) => p.id !== 'p-khabar')
      for (const item of [...doc.events, ...doc.coproductions]) item.partnerIds = item.partnerIds.filter((id: string) => id !== 'p-khabar')
      doc.channels.push({ id: 'ch-new', name: 'Podcasts', medium: 'online-video' })
    })
    expect(diffProjects(before, after).map((d) => [d.op, d.kind, d.id, d.fields])).toEqual([
      ['edit', 'event', 'e-silk-treasures-almaty', [{ field: 'status', before: before.events[0]!.status, after: 'done' }]],
      ['edit', 'coproduction', 'c-steppe-doc', [{ field: 'partnerIds', before: ['p-khabar', 'p-lntv'], after: ['p-lntv'] }]],
      ['add', 'channel', 'ch-new', []],
      ['delete', 'partner', 'p-khabar', []],
    ])
    expect(diffProjects(before, before)).toEqual([])
  })
})
