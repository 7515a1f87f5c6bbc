import { describe, expect, it } from 'vitest'
import type { Project } from '../format'
import { sampleDoc } from '../../../tests/support/plans'
import { mergeProjects } from './index'
import { timelinePreview } from './preview'

const sample = () => sampleDoc() as Project

describe('the merge view’s preview on the timeline', () => {
  it('shows an event theirs moved where it is now and where the merge puts it, and nothing else', () => {
    const base = sample()
    const theirs = sample()
    const moved = theirs.events[0]!
    const was = { start: base.events[0]!.start.slice(0, 10), end: base.events[0]!.end.slice(0, 10) }
    moved.start = '2027-09-01'
    moved.end = '2027-09-03'
    const merged = mergeProjects(base, sample(), theirs).project
    const preview = timelinePreview(sample(), merged)
    expect(preview?.rows).toEqual([{ id: moved.id, kind: 'event', title: moved.title, before: was, after: { start: '2027-09-01', end: '2027-09-03' } }])
    expect(preview!.start <= was.start && preview!.end >= '2027-09-03').toBe(true)
  })

  it('lists a phase the merge removes and an event it adds, and is null when no date changes', () => {
    const ours = sample()
    const merged = sample()
    const coproduction = merged.coproductions[0]!
    const phase = coproduction.phases.pop()!
    merged.events.push({ ...merged.events[0]!, id: 'e-new-in-theirs', title: 'Added by theirs', start: '2027-02-01', end: '2027-02-01' })
    const rows = timelinePreview(ours, merged)!.rows
    expect(rows.find((r) => r.id === 'e-new-in-theirs')).toMatchObject({ kind: 'event', after: { start: '2027-02-01', end: '2027-02-01' } })
    expect(rows.find((r) => r.id === 'e-new-in-theirs')?.before).toBeUndefined()
    expect(rows.find((r) => r.id === phase.id)).toMatchObject({ kind: 'phase', phase: phase.kind, title: coproduction.title })
    expect(rows.find((r) => r.id === phase.id)?.after).toBeUndefined()
    expect(timelinePreview(ours, sample())).toBeNull()
  })
})
