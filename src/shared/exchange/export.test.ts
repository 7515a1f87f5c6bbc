// Exports read back with the libraries that wrote them (ical.js, papaparse, exceljs) and compared
// field by field with the plan.
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { englishTableWords as words } from '../../locales/exchange'
import { addDays } from './testDates'
import { itemUid, parseCsv, planTable, planToIcs, tableToCsv, utf8Bom } from '.'
import { tablesToXlsx } from './xlsx'
import { offsetAt } from './vtimezone'
import { samplePlan } from '../../../tests/support/exchange'

const plan = samplePlan()
const phases = plan.coproductions.flatMap((c) => c.phases)
const releases = plan.coproductions.flatMap((c) => c.releases)

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent')
}

describe('ICS export', () => {
  const text = planToIcs(plan)
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[])
  const byUid = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]))

  it('holds every event, phase and release once, under UIDs made from the plan and item ids', () => {
    expect(byUid.size).toBe(plan.events.length + phases.length + releases.length)
    for (const item of [...plan.events, ...phases, ...releases]) expect(byUid.has(itemUid(plan.id, item.id)), item.id).toBe(true)
    expect(planToIcs(plan)).toBe(text)
    const again = vevents(planToIcs({ ...plan, modifiedAt: '2027-01-05T10:00:00Z' })).map((v) => v.getFirstPropertyValue('uid'))
    expect(again).toEqual([...byUid.keys()])
  })

  it('writes all-day items as dates with the day after the inclusive end', () => {
    for (const e of [...plan.events, ...phases].filter((x) => !x.start.includes('T'))) {
      const v = byUid.get(itemUid(plan.id, e.id))!
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time
      const end = v.getFirstPropertyValue('dtend') as ICAL.Time
      expect(start.isDate && end.isDate).toBe(true)
      expect(start.toString()).toBe(e.start)
      expect(end.toString()).toBe(addDays(e.end, 1))
    }
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/)
  })

  it('writes timed items in their zone, with a VTIMEZONE that gives the zone’s real offset', () => {
    const zones = cal.getAllSubcomponents('vtimezone')
    for (const z of zones) ICAL.TimezoneService.register(new ICAL.Timezone(z))
    const timed = plan.events.filter((e) => e.start.includes('T'))
    expect(timed.length).toBeGreaterThan(0)
    for (const e of timed) {
      const v = byUid.get(itemUid(plan.id, e.id))!
      const prop = v.getFirstProperty('dtstart')!
      expect(prop.getParameter('tzid')).toBe(e.timeZone)
      const start = prop.getFirstValue() as ICAL.Time
      expect(start.toString().slice(0, 16)).toBe(e.start)
      // The instant ical.js computes from the VTIMEZONE is the one the IANA zone gives.
      const utc = start.toUnixTime() * 1000
      expect(offsetAt(e.timeZone!, utc)).toBe(Math.round((Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute) - utc) / 60_000))
    }
    const used = new Set([...plan.events, ...releases].filter((x) => x.start.includes('T')).map((x) => x.timeZone))
    expect(new Set(zones.map((z) => z.getFirstPropertyValue('tzid')))).toEqual(used)
  })

  it('names each item in both languages, with its place, status and kind', () => {
    for (const e of plan.events) {
      const v = byUid.get(itemUid(plan.id, e.id))!
      expect(v.getFirstPropertyValue('summary')).toBe(e.titleLocal ? `${e.title} / ${e.titleLocal}` : e.title)
      expect(v.getFirstPropertyValue('status')).toBe(e.status === 'cancelled' ? 'CANCELLED' : e.status === 'confirmed' || e.status === 'done' ? 'CONFIRMED' : 'TENTATIVE')
      expect(v.getFirstPropertyValue('categories')).toBe(e.kind)
      expect(String(v.getFirstPropertyValue('location'))).toContain(e.country)
      expect(v.getFirstPropertyValue('sequence')).toBeGreaterThan(0)
    }
    const local = vevents(planToIcs(plan, { summary: 'local' }))
    const e = plan.events.find((x) => x.titleLocal)!
    expect(local.find((v) => v.getFirstPropertyValue('uid') === itemUid(plan.id, e.id))!.getFirstPropertyValue('summary')).toBe(e.titleLocal)
  })

  it('moves SEQUENCE and LAST-MODIFIED forward when the plan changes', () => {
    const seq = (p: typeof plan) => vevents(planToIcs(p))[0]!.getFirstPropertyValue('sequence') as unknown as number
    const later = { ...plan, modifiedAt: '2027-03-01T08:00:00Z' }
    expect(seq(later)).toBeGreaterThan(seq(plan))
    expect(String(vevents(planToIcs(later))[0]!.getFirstPropertyValue('last-modified'))).toContain('2027-03-01')
  })

  it('exports only the chosen items', () => {
    const ids = new Set([plan.events[0]!.id, phases[0]!.id])
    expect(vevents(planToIcs(plan, { ids })).length).toBe(2)
  })
})

describe('CSV export', () => {
  it('starts with a BOM and has one row per entity with ids and both names', () => {
    for (const kind of ['events', 'partners', 'venues', 'coproductions'] as const) {
      const csv = tableToCsv(planTable(plan, kind), words)
      expect(csv.startsWith(utf8Bom)).toBe(true)
      const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
      expect(parsed.errors).toEqual([])
      const expected = kind === 'coproductions' ? plan.coproductions.length + phases.length + releases.length : plan[kind].length
      expect(parsed.data.length, kind).toBe(expected)
    }
    const rows = Papa.parse<Record<string, string>>(tableToCsv(planTable(plan, 'events'), words).slice(1), { header: true }).data
    plan.events.forEach((e, i) => {
      const row = rows[i]!
      expect(row.ID).toBe(e.id)
      expect(row.Title).toBe(e.title)
      expect(row['Title (local)']).toBe(e.titleLocal ?? '')
      expect(row.Start).toBe(e.start)
      expect(row['Partner IDs']).toBe(e.partnerIds.join('; '))
      expect(row.Partners!.split('; ')).toEqual(e.partnerIds.map((id) => plan.partners.find((p) => p.id === id)!.name))
    })
  })

  it('quotes as RFC 4180 says: any text comes back as it went in, formulas are not run', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 5 }), (titles) => {
        const doc = { ...plan, events: titles.map((title, i) => ({ ...plan.events[0]!, id: `e-${i}`, title })) }
        const csv = tableToCsv(planTable(doc, 'events'), words)
        expect(csv).toMatch(/\r\n/)
        const rows = parseCsv(csv)
        expect(rows.slice(1).map((r) => r[1])).toEqual(titles.map((t) => t))
      }),
    )
    expect(tableToCsv(planTable({ ...plan, events: [{ ...plan.events[0]!, title: '=HYPERLINK("x")' }] }, 'events'), words)).toContain(`"'=HYPERLINK(""x"")"`)
    // Found by the property above: a title that already begins like an escaped cell.
    for (const title of ["'+", "''=1", "'-2 days"]) {
      const doc = { ...plan, events: [{ ...plan.events[0]!, title }] }
      expect(parseCsv(tableToCsv(planTable(doc, 'events'), words))[1]?.[1]).toBe(title)
    }
  })
})

describe('XLSX export', () => {
  it('has one sheet per kind with a frozen header, fitted widths and real date cells', async () => {
    const kinds = ['events', 'partners', 'venues', 'coproductions'] as const
    const bytes = await tablesToXlsx(kinds.map((k) => planTable(plan, k)), words, { title: plan.title, created: new Date(plan.modifiedAt) })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Events', 'Partners', 'Venues', 'Co-productions'])
    const events = book.getWorksheet('Events')!
    expect(events.rowCount).toBe(plan.events.length + 1)
    expect(events.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(events.getRow(1).getCell(2).value).toBe('Title')
    plan.events.forEach((e, i) => {
      const start = events.getRow(i + 2).getCell(6)
      expect(start.value).toBeInstanceOf(Date)
      expect((start.value as Date).toISOString().slice(0, e.start.length)).toBe(e.start)
      expect(events.getRow(i + 2).getCell(3).value ?? undefined).toBe(e.titleLocal)
    })
    const titleWidth = events.getColumn(2).width!
    expect(titleWidth).toBeGreaterThanOrEqual(Math.min(60, Math.max(...plan.events.map((e) => e.title.length))))
    expect(book.getWorksheet('Partners')!.rowCount).toBe(plan.partners.length + 1)
  })
})
