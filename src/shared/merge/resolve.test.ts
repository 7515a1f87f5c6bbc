import { describe, expect, it } from 'vitest'
import { validateProject, type Project } from '../format'
import { sampleDoc } from '../../../tests/support/plans'
import { openConflicts, resolveOpenConflicts } from './index'

const sample = (): Project => sampleDoc() as Project

describe('deciding the choices a merge left open in the file', () => {
  const plan = sample()
  const [first, second] = plan.events
  const withOpen: Project = {
    ...plan,
    events: plan.events.filter((e) => e.id !== second!.id),
    mergeConflicts: [
      { kind: 'event', id: first!.id, field: 'status', reason: 'edit', theirs: 'cancelled' },
      { kind: 'event', id: first!.id, field: 'dates', reason: 'dates', theirs: { start: '2027-06-01', end: '2027-06-03' } },
      { kind: 'event', id: second!.id, reason: 'deleteEdit', theirs: second },
      { kind: 'project', id: plan.id, field: 'title', reason: 'edit', theirs: 'Their title' },
    ],
  } as Project

  it('keeps ours where ours is chosen and drops the open choices', () => {
    const kept = resolveOpenConflicts(withOpen, [])
    expect(kept).not.toHaveProperty('mergeConflicts')
    expect(kept.events.find((e) => e.id === first!.id)!.status).toBe(first!.status)
    expect(kept.title).toBe(plan.title)
  })

  it('puts theirs in where theirs is chosen, and the plan stays valid', () => {
    const taken = resolveOpenConflicts(withOpen, ['theirs', 'theirs', 'theirs', 'theirs'])
    const event = taken.events.find((e) => e.id === first!.id)!
    expect(event.status).toBe('cancelled')
    expect([event.start, event.end, event.timeZone]).toEqual(['2027-06-01', '2027-06-03', undefined])
    expect(taken.events.some((e) => e.id === second!.id)).toBe(true)
    expect(taken.title).toBe('Their title')
    const check = validateProject(structuredClone(taken))
    expect(check.ok ? [] : check.errors).toEqual([])
  })

  it('deletes what theirs deleted, with what can only exist beside it', () => {
    const cop = plan.coproductions[0]!
    const doc = { ...plan, mergeConflicts: [{ kind: 'coproduction', id: cop.id, reason: 'deleteEdit' }] } as Project
    expect(openConflicts(doc)).toHaveLength(1)
    const taken = resolveOpenConflicts(doc, ['theirs'])
    expect(taken.coproductions.some((c) => c.id === cop.id)).toBe(false)
    expect(taken.events.some((e) => e.coproductionId === cop.id)).toBe(false)
    const check = validateProject(structuredClone(taken))
    expect(check.ok ? [] : check.errors).toEqual([])
  })
})
