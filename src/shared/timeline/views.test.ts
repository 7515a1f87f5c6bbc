import { describe, expect, it } from 'vitest'
import { clampLaneHeaderWidth, DEFAULT_TIMELINE_VIEW, LANE_HEADER_MAX, readTimelineView, scalePatch, updateTimelineView, viewScale, withLaneCollapsed, withLaneOrder, withTimelineView } from './views'
import { deepFreeze, plan } from '../../../tests/support/timeline'

describe('timeline view settings', () => {
  it('default to partner lanes at month zoom coloured by kind', () => {
    expect(readTimelineView(plan())).toEqual(DEFAULT_TIMELINE_VIEW)
  })

  it('fall back to defaults for unusable values and keep the usable ones', () => {
    const project = plan({
      views: { timeline: { grouping: 'venue', zoom: 'fortnight', colorBy: 7, laneOrder: { venue: ['v1', 3, 'v2'], weather: ['x'], kind: 'x' }, collapsed: 'all', times: 'Samarkand' } },
    })
    expect(readTimelineView(project)).toEqual({ grouping: 'venue', zoom: 'month', colorBy: 'kind', laneOrder: { venue: ['v1', 'v2'] }, collapsed: {}, times: 'home' })
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
    expect(withTimelineView(project, readTimelineView(project))).toBe(project)
    expect(updateTimelineView(plan(), {})).toEqual(plan())
  })

  it('collapse and expand lanes and reorder them, as view settings apart from the plan', () => {
    let view = readTimelineView(deepFreeze(plan()))
    view = withLaneCollapsed(view, 'venue', 'v1', true)
    expect(withLaneCollapsed(view, 'venue', 'v1', true)).toBe(view)
    expect(view.collapsed).toEqual({ venue: ['v1'] })
    view = withLaneCollapsed(view, 'venue', 'v1', false)
    expect(view.collapsed).toEqual({ venue: [] })
    view = withLaneOrder(view, 'kind', ['c', 'a', 'b'])
    expect(view.laneOrder).toEqual({ kind: ['c', 'a', 'b'] })
    // Written into the plan only as a whole, and only when it differs from what the plan says.
    const saved = withTimelineView(plan(), view)
    expect(readTimelineView(saved)).toEqual(view)
  })

  it('keep a continuous zoom, the lane-name width, empty lanes, density and the legend only when set, and tolerate nonsense', () => {
    const view = readTimelineView(plan({ views: { timeline: { zoom: 'day', scale: 3, laneHeaderWidth: 9000, showEmptyLanes: true, density: 'compact', legendCollapsed: false } } }))
    expect(view).toMatchObject({ zoom: 'month', scale: 3, laneHeaderWidth: LANE_HEADER_MAX, showEmptyLanes: true, density: 'compact', legendCollapsed: false })
    const nonsense = readTimelineView(plan({ views: { timeline: { zoom: 'week', scale: -1, laneHeaderWidth: 'wide', density: 'tiny', showEmptyLanes: 'yes' } } }))
    expect(nonsense).toEqual({ ...DEFAULT_TIMELINE_VIEW, zoom: 'week' })
    expect(viewScale(nonsense)).toBe(18)
    expect(clampLaneHeaderWidth(Number.NaN)).toBe(220)
  })

  it('name a continuous zoom by its nearest preset, and drop the scale when it is exactly a preset', () => {
    expect(scalePatch(5)).toEqual({ zoom: 'month', scale: 5 })
    expect(scalePatch(18)).toEqual({ zoom: 'week', scale: undefined })
    // A plan that never zoomed continuously saves as it was.
    const project = deepFreeze(plan({ views: { timeline: { zoom: 'week' } } }))
    expect(withTimelineView(project, readTimelineView(project))).toBe(project)
  })
})
