import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createProject } from '../format'
import { agendaBlocks, agendaEntries, agendaMetrics, monthKey } from './agenda'
import { dayOfDate } from './range'
import { linesOf, paginate, type Block } from './paginate'
import { withPrintSettings, planPrintSettings, DEFAULT_PRINT_SETTINGS, readPrintSettings } from './settings'

const row = (id: string, height: number): Block => ({ kind: 'row', id, height })
const heading = (level: number, key: string, height = 10): Block => ({ kind: 'heading', level, key, height })

describe('pages of rows that never split', () => {
  it('moves a row that does not fit to the next page, repeating its month and week as continued', () => {
    const pages = paginate([heading(0, 'May'), heading(1, 'w19'), row('a', 40), row('b', 40), row('c', 40)], { height: 110 })
    expect(pages).toHaveLength(2)
    expect(pages[1]!.map((b) => (b.kind === 'row' ? b.id : `${b.key}${b.continued ? '…' : ''}`))).toEqual(['May…', 'w19…', 'c'])
  })

  it('never leaves a heading alone at the foot of a page', () => {
    const pages = paginate([heading(0, 'May'), row('a', 80), heading(0, 'June'), row('b', 30)], { height: 100 })
    expect(pages[0]!.at(-1)).toMatchObject({ kind: 'row', id: 'a' })
    expect(pages[1]![0]).toMatchObject({ kind: 'heading', key: 'June', continued: false })
  })

  it('repeats only the headings that are open, even when a week comes before any month', () => {
    const pages = paginate([heading(1, 'w1'), row('a', 50), row('b', 50)], { height: 70 })
    expect(pages[1]!.map((b) => b.height)).toEqual([10, 50])
  })

  it('starts each partner on a new page', () => {
    const pages = paginate([heading(0, 'p1'), row('card1', 10), row('e1', 10), heading(0, 'p2'), row('card2', 10)], { height: 1000, breakAtLevel: 0 })
    expect(pages.map((p) => p[0])).toMatchObject([{ key: 'p1' }, { key: 'p2' }])
  })

  it('keeps every row once and in order, and fills no page past its height unless a row is alone', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 150 }).map((h) => ({ h, heading: false })), fc.integer({ min: 0, max: 1 }).map((level) => ({ h: level, heading: true }))), { maxLength: 80 }), fc.integer({ min: 60, max: 400 }), (items, height) => {
        const blocks: Block[] = items.map((item, i) => (item.heading ? heading(item.h, `h${i}`, 12) : row(`r${i}`, item.h)))
        const pages = paginate(blocks, { height })
        const rows = pages.flat().filter((b) => b.kind === 'row')
        expect(rows.map((r) => r.id)).toEqual(blocks.filter((b) => b.kind === 'row').map((b) => (b as { id: string }).id))
        for (const page of pages) {
          const used = page.reduce((sum, b) => sum + b.height, 0)
          const pageRows = page.filter((b) => b.kind === 'row')
          expect(used <= height || pageRows.length === 1).toBe(true)
        }
      }),
    )
  })

  it('counts wide (Chinese) characters as a full em when wrapping', () => {
    expect(linesOf('丝绸之路文化周开幕式', 40, 10)).toBe(3)
    expect(linesOf('Silk Road', 40, 10)).toBe(2)
    expect(linesOf('', 40, 10)).toBe(0)
  })
})

describe('agenda', () => {
  it('lists the items of the range chronologically under a month and a week heading each', () => {
    const base = createProject('Plan', 'Europe/Berlin', new Date('2027-01-01T00:00:00Z'))
    const event = (id: string, start: string) => ({ id, title: id, kind: 'exhibition' as const, status: 'planned' as const, start, end: start, country: 'DE', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] })
    const project = { ...base, events: [event('late', '2027-06-02'), event('early', '2027-05-03'), event('outside', '2028-01-01'), event('mid', '2027-05-04')] }
    const entries = agendaEntries(project, { first: dayOfDate('2027-01-01'), last: dayOfDate('2027-12-31') })
    expect(entries.map((e) => e.located.item.id)).toEqual(['early', 'mid', 'late'])
    const blocks = agendaBlocks(entries, () => 20, agendaMetrics(500))
    expect(blocks.map((b) => (b.kind === 'row' ? b.id : b.level === 0 ? b.key : 'week'))).toEqual(['2027-05', 'week', 'early', 'mid', '2027-06', 'week', 'late'])
    expect(monthKey(dayOfDate('2027-01-31'))).toBe('2027-01')
  })
})

describe('print settings in the plan', () => {
  it('are written to views.print, read back, and an unchanged write is the same plan', () => {
    const base = createProject('Plan', 'Europe/Berlin', new Date('2027-01-01T00:00:00Z'))
    const settings = { ...DEFAULT_PRINT_SETTINGS, layout: 'timeline' as const, paper: 'A3' as const }
    const saved = withPrintSettings(base, settings)
    expect(planPrintSettings(saved)).toEqual(settings)
    expect(withPrintSettings(saved, settings)).toBe(saved)
    expect(readPrintSettings({ paper: 'A5', scale: { mode: 'fit', pagesWide: -1 } })).toMatchObject({ paper: 'A4', scale: { mode: 'fit', pagesWide: 1 } })
  })
})
