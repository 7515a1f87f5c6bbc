import { describe, expect, it } from 'vitest'
import { DEFAULT_TIMELINE_VIEW, moveLane, readTimelineView, setLaneCollapsed, setLaneOrder, updateTimelineView } from './views'
import { deepFreeze, plan } from './testing'

describe('timeline view settings', () => {
  it('default to partner lanes at month zoom coloured by kind', () => {
    expect(readTimelineView(plan())).toEqual(DEFAULT_TIMELINE_VIEW)
  })

  it('fall back to defaults for unusable values and keep the usable ones', () => {
    const project = plan({
      views: { timeline: { grouping: 'venue', zoom: 'fortnight', colorBy: 7, laneOrder: { venue: ['v1', 3, 'v2'], weather: ['x'], kind: 'x' }, collapsed: 'all' } },
    })
    expect(readTimelineView(project)).toEqual({ grouping: 'venue', zoom: 'month', colorBy: 'kind', laneOrder: { venue: ['v1', 'v2'] }, collapsed: {} })
    expect(readTimelineView(plan({ views: { timeline: [1, 2] } }))).toEqual(DEFAULT_TIMELINE_VIEW)
  })

  it('write only what changed and keep unknown keys of views and of the timeline', () => {
    const project = deepFreeze(plan({ views: { filters: { country: 'KZ' }, timeline: { zoom: 'week', rowHeight: 28, laneOrder: { partner: ['p2', 'p1'] } } } }))
    const next = updateTimelineView(project, { grouping: 'status', laneOrder: { status: ['done'] } })
    expect(next.views).toEqual({
      filters: { country: 'KZ' },
      timeline: { zoom: 'week', rowHeight: 28, grouping: 'status', laneOrder: { partner: ['p2', 'p1'], status: ['done'] } },
    })
  })

  it('return the same plan when the stored view already says so', () => {
    const project = deepFreeze(plan({ views: { timeline: { zoom: 'week', laneOrder: { partner: ['p1'] } } } }))
    expect(updateTimelineView(project, { zoom: 'week' })).toBe(project)
    expect(updateTimelineView(project, {})).toBe(project)
    expect(setLaneOrder(project, 'partner', ['p1'])).toBe(project)
    expect(updateTimelineView(plan(), {})).toEqual(plan())
  })

  it('collapse and expand lanes and reorder them by drag', () => {
    let project = deepFreeze(plan())
    project = setLaneCollapsed(project, 'venue', 'v1', true)
    expect(setLaneCollapsed(project, 'venue', 'v1', true)).toBe(project)
    expect(readTimelineView(project).collapsed).toEqual({ venue: ['v1'] })
    project = setLaneCollapsed(project, 'venue', 'v1', false)
    expect(readTimelineView(project).collapsed).toEqual({ venue: [] })
    project = moveLane(project, 'kind', ['a', 'b', 'c'], 2, 0)
    expect(readTimelineView(project).laneOrder).toEqual({ kind: ['c', 'a', 'b'] })
    expect(moveLane(project, 'kind', ['a'], 0, 3)).toBe(project)
  })
})
