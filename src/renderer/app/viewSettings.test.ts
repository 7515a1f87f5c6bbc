import { describe, expect, it } from 'vitest'
import { createProject } from '../../shared/format'
import { DEFAULT_PRINT_SETTINGS, withPrintSettings } from '../../shared/print'
import { DEFAULT_TIMELINE_VIEW } from '../../shared/timeline'
import { rememberedView } from './viewSettings'

const plan = createProject('Plan', 'Asia/Shanghai', new Date('2027-01-01T00:00:00Z'))

describe('a remembered view', () => {
  it('brings back the print settings remembered with it', () => {
    const print = { ...DEFAULT_PRINT_SETTINGS, layout: 'partners' as const, paper: 'Legal' as const }
    expect(rememberedView(plan, { view: { ...DEFAULT_TIMELINE_VIEW, print }, filter: {} })?.print).toEqual(print)
  })

  it('falls back to the plan’s own print settings when none were remembered, and reads junk as defaults', () => {
    const saved = withPrintSettings(plan, { ...DEFAULT_PRINT_SETTINGS, paper: 'A3' })
    expect(rememberedView(saved, { view: DEFAULT_TIMELINE_VIEW, filter: {} })?.print.paper).toBe('A3')
    expect(rememberedView(plan, { view: { print: { paper: 42, layout: 'poster' } }, filter: {} })?.print).toEqual(DEFAULT_PRINT_SETTINGS)
  })
})
