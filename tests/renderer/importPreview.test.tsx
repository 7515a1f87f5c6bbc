// The import preview's column mapping, date range and reading of a big sheet, through the workspace store.
import { describe, expect, it } from 'vitest'
import { createWorkspaceStore, type ImportSource } from '../../src/renderer/app/store'
import { planSpan, remapped, showPreview } from '../../src/renderer/app/exchangeFlows'
import { importArgs } from '../../src/shared/exchange'
import { samplePlan } from '../support/exchange'

const plan = samplePlan()
function storeWithPlan() {
  const store = createWorkspaceStore()
  store.getState().apply({ type: 'created', project: plan })
  return store
}
const table = (rows: string[][]): ImportSource => ({ kind: 'table', rows, language: 'en' })

describe('the column mapping of an imported sheet', () => {
  it('a field chosen for one column leaves the column that had it', () => {
    expect(remapped(['title', 'start', undefined], 2, 'start')).toEqual(['title', undefined, 'start'])
    expect(remapped(['title', 'start'], 0, undefined)).toEqual([undefined, 'start'])
  })

  it('headers it cannot guess import once the planner maps them', async () => {
    const store = storeWithPlan()
    const source = table([
      ['Programme', 'Opens', 'Closes', 'Land'],
      ['Silk Road photo show', '2027-06-01', '2027-06-20', 'KZ'],
    ])
    await showPreview(store, 'proposals.csv', source)
    const guessed = store.getState().dialogs.importing!.preview
    expect(guessed.rows).toEqual([])
    expect(guessed.issues.map((i) => i.code)).toEqual(['import.noColumns'])

    let mapping = guessed.mapping
    for (const [i, f] of [[0, 'title'], [1, 'start'], [2, 'end'], [3, 'country']] as const) mapping = remapped(mapping, i, f)
    await showPreview(store, 'proposals.csv', source, { kind: 'events', mapping })
    const mapped = store.getState().dialogs.importing!.preview
    expect(importArgs(mapped).events.map((e) => [e.title, e.start, e.end, e.country])).toEqual([['Silk Road photo show', '2027-06-01', '2027-06-20', 'KZ']])
  })
})

describe('a big sheet', () => {
  const big = table([['Title', 'Start', 'End', 'Country'], ...Array.from({ length: 10_000 }, (_, i) => [`Screening ${i + 1}`, '2027-03-01', '2027-03-02', 'KZ'])])

  it('is read a chunk at a time, with the progress shown, into the full preview', async () => {
    const store = storeWithPlan()
    const seen: number[] = []
    const stop = store.subscribe((s) => s.dialogs.importing?.progress && seen.push(s.dialogs.importing.progress.done))
    await showPreview(store, 'big.csv', big)
    stop()
    expect(seen.length).toBeGreaterThan(1)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    const dialog = store.getState().dialogs.importing!
    expect(dialog.progress).toBeUndefined()
    expect(dialog.preview.rows).toHaveLength(10_000)
  })

  it('stops reading when the planner presses Stop, and nothing is imported', async () => {
    const store = storeWithPlan()
    const stop = store.subscribe((s) => s.dialogs.importing?.progress && s.closeDialogs())
    await showPreview(store, 'big.csv', big)
    stop()
    expect(store.getState().dialogs.importing).toBeNull()
    expect(store.getState().doc?.history.present.events).toHaveLength(plan.events.length)
  })
})

describe('the range recurring calendar events are expanded in', () => {
  it('is the plan’s span at first, and this year for an empty plan', () => {
    const span = planSpan(plan)
    expect(plan.events.every((e) => e.start.slice(0, 10) >= span.from && e.end.slice(0, 10) <= span.to)).toBe(true)
    expect(planSpan({ ...plan, events: [], coproductions: [] }, new Date(2028, 4, 1))).toEqual({ from: '2028-01-01', to: '2028-12-31' })
  })

  it('expands a weekly event only within the range picked', async () => {
    const store = storeWithPlan()
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:weekly-1@partner', 'DTSTAMP:20270101T000000Z', 'DTSTART;VALUE=DATE:20270104', 'DTEND;VALUE=DATE:20270105', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Weekly language class', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')
    await showPreview(store, 'classes.ics', { kind: 'calendar', text: ics, range: { from: '2027-01-01', to: '2027-01-31' } })
    expect(store.getState().dialogs.importing!.preview.rows).toHaveLength(4)
    await showPreview(store, 'classes.ics', { kind: 'calendar', text: ics, range: { from: '2027-01-01', to: '2027-03-31' } })
    expect(store.getState().dialogs.importing!.preview.rows.length).toBeGreaterThan(10)
  })
})
