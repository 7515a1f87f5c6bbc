// The Coverage print layout counts what the printed range and (when asked) the screen's filter hold.
import { describe, expect, it } from 'vitest'
import { coverageOf } from '../../src/shared/coverage'
import { emptyFilter } from '../../src/shared/filters'
import { DEFAULT_PRINT_SETTINGS } from '../../src/shared/print'
import { DEFAULT_TIMELINE_VIEW } from '../../src/shared/timeline'
import { buildPrintModel } from '../../src/renderer/print/model'
import { frozenSample } from '../support/entities'

const input = (settings: Partial<typeof DEFAULT_PRINT_SETTINGS>, filter = emptyFilter) => ({
  project: frozenSample(),
  settings: { ...DEFAULT_PRINT_SETTINGS, layout: 'coverage' as const, ...settings },
  view: DEFAULT_TIMELINE_VIEW,
  filter,
  selection: [],
  today: '2027-05-01',
  barLabel: () => '',
  laneLabel: () => '',
})

describe('the Coverage print layout', () => {
  it('prints the matrix, the strategies and the reach on three pages, counting the whole plan', () => {
    const model = buildPrintModel(input({ range: 'plan' }))
    if (model.layout !== 'coverage') throw new Error('not the coverage layout')
    expect(model.pageCount).toBe(3)
    expect(model.coverage.items.map((i) => i.id)).toEqual(coverageOf(frozenSample(), emptyFilter).items.map((i) => i.id))
  })

  it('counts only what the printed range holds, and what the filter shows when asked', () => {
    const range = { range: 'custom' as const, from: '2027-04-01', to: '2027-04-30' }
    const april = buildPrintModel(input(range))
    if (april.layout !== 'coverage') throw new Error('not the coverage layout')
    expect(april.coverage.items.map((i) => i.id)).toEqual(coverageOf(frozenSample(), { ...emptyFilter, from: '2027-04-01', to: '2027-04-30' }).items.map((i) => i.id))
    expect(april.coverage.items.length).toBeLessThan(frozenSample().events.length)
    const confirmed = { ...emptyFilter, statuses: ['confirmed' as const] }
    const filtered = buildPrintModel(input({ range: 'plan' }, confirmed))
    const all = buildPrintModel(input({ range: 'plan', useFilter: false }, confirmed))
    if (filtered.layout !== 'coverage' || all.layout !== 'coverage') throw new Error('not the coverage layout')
    expect(filtered.coverage.items.every((i) => i.status === 'confirmed')).toBe(true)
    expect(all.coverage.items.length).toBeGreaterThan(filtered.coverage.items.length)
  })
})
