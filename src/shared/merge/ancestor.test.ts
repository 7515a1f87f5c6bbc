import { describe, expect, it } from 'vitest'
import { validateProject, type Project } from '../format'
import { sampleDoc, type Doc } from '../../../tests/support/plans'
import { commonRevision, mergeProjects, twoWayBase } from './index'

function plan(change: (doc: Doc) => void = () => {}): Project {
  const doc = sampleDoc()
  change(doc)
  return doc as Project
}

describe('the common ancestor of two copies', () => {
  it('is the newest revision both copies have', () => {
    expect(commonRevision({ revision: 'r5', lineage: ['r4', 'r3', 'r2'] }, { revision: 't1', lineage: ['r3', 'r2'] })).toBe('r3')
    // Theirs was saved from ours' current version: ours' own revision.
    expect(commonRevision({ revision: 'r5', lineage: ['r4'] }, { revision: 't1', lineage: ['r5', 'r4'] })).toBe('r5')
    // Ours descends from theirs as it is.
    expect(commonRevision({ revision: 'r6', lineage: ['t1', 'r5'] }, { revision: 't1', lineage: ['r5'] })).toBe('t1')
  })

  it('is not there for copies that share no revision, or have none', () => {
    expect(commonRevision({ revision: 'a', lineage: ['b'] }, { revision: 'c', lineage: ['d'] })).toBeUndefined()
    expect(commonRevision({}, {})).toBeUndefined()
  })
})

describe('a two-way compare of copies without a common ancestor', () => {
  const ours = plan((doc) => {
    doc.events[0].status = 'confirmed'
    doc.events.splice(1, 1)
  })
  const theirs = plan((doc) => {
    doc.events[0].status = 'cancelled'
    doc.title = 'Silk Road 2027 (Almaty)'
  })

  it('makes every difference a choice and takes nothing without asking', () => {
    const result = mergeProjects(twoWayBase(ours, theirs), ours, theirs)
    const reasons = result.conflicts.map((c) => [c.kind, c.field ?? '', c.reason])
    expect(reasons).toEqual(expect.arrayContaining([
      ['event', 'status', 'edit'],
      ['project', 'title', 'edit'],
      ['event', '', 'deleteEdit'],
    ]))
    expect(result.changes.filter((c) => c.side === 'theirs')).toEqual([])
    // Until chosen, the result is ours.
    expect(result.project.title).toBe(ours.title)
    expect(result.project.events.map((e) => e.id)).toEqual(ours.events.map((e) => e.id))
    expect(validateProject(structuredClone(result.project)).ok).toBe(true)
  })

  it('takes theirs where theirs is chosen, and the result is a valid plan', () => {
    const open = mergeProjects(twoWayBase(ours, theirs), ours, theirs)
    const choices = new Map(open.conflicts.map((c) => [`${c.id}|${c.field ?? ''}`, 'theirs' as const]))
    const result = mergeProjects(twoWayBase(ours, theirs), ours, theirs, { choices })
    expect(result.project.title).toBe('Silk Road 2027 (Almaty)')
    expect(result.project.events.map((e) => e.id)).toEqual(theirs.events.map((e) => e.id))
    expect(result.project.events[0]!.status).toBe('cancelled')
    const check = validateProject(structuredClone(result.project))
    expect(check.ok ? [] : check.errors).toEqual([])
  })

  it('finds nothing to choose between two equal copies', () => {
    expect(mergeProjects(twoWayBase(ours, ours), ours, ours).conflicts).toEqual([])
  })
})
