// Imports: sheets and calendars into a preview, applied by 'events.import'; round trips of exports.
import { describe, expect, it } from 'vitest'
import { validateProject, type Project } from '../format'
import { performCall } from '../commands'
import { englishIssue } from '../../locales/english'
import { englishTableWords as words } from '../../locales/exchange'
import { applyImport, decodeText, importArgs, maxImportRows, parseCsv, planTable, planToIcs, previewIcs, previewRows, tableToCsv } from '.'
import { readXlsx, tablesToXlsx } from './xlsx'
import { countingIds, samplePlan } from '../../../tests/support/exchange'

const plan = samplePlan()
/** The sample without events and partners: an empty plan that still has the venues, channels … the rows name. */
const empty: Project = { ...plan, events: [], partners: [], coproductions: plan.coproductions.map((c) => ({ ...c, partnerIds: [] })), dependencies: [] }
const countryCode = (name: string): string | undefined => ({ kazakhstan: 'KZ', 哈萨克斯坦: 'KZ', egypt: 'EG' })[name.toLowerCase()]

function imported(doc: Project, rows: string[][], kind?: 'events' | 'partners'): Project {
  const preview = previewRows(doc, rows, { words: [words], newId: countingIds(), countryCode, ...(kind ? { kind } : {}) })
  return applyImport(doc, importArgs(preview))
}

describe('CSV and XLSX round trips', () => {
  it('an exported plan imported into an empty plan gives the same partners and events', () => {
    const partners = parseCsv(tableToCsv(planTable(plan, 'partners'), words))
    const withPartners = imported(empty, partners, 'partners')
    // Contacts are not imported from a sheet (a cell holds them as text only).
    expect(withPartners.partners).toEqual(plan.partners.map(({ contacts: _, ...p }) => p))
    const events = parseCsv(tableToCsv(planTable(plan, 'events'), words))
    const full = imported({ ...withPartners, coproductions: plan.coproductions, dependencies: plan.dependencies }, events)
    expect(full.events).toEqual(plan.events)
    expect(validateProject(full).ok).toBe(true)
  })

  it('an XLSX export imported into an empty plan gives the same events, dates included', async () => {
    const bytes = await tablesToXlsx([planTable(plan, 'partners'), planTable(plan, 'events')], words, { title: plan.title, created: new Date() })
    const [partnerSheet, eventSheet] = await readXlsx(bytes)
    const withPartners = imported(empty, partnerSheet!.rows, 'partners')
    const full = imported({ ...withPartners, coproductions: plan.coproductions }, eventSheet!.rows)
    expect(full.events).toEqual(plan.events)
  })

  it('re-importing an edited export updates by id and leaves the rest as it is', () => {
    const rows = parseCsv(tableToCsv(planTable(plan, 'events'), words))
    rows[3]![1] = 'Renamed in Excel'
    rows[5]![6] = '2099-01-01'
    const preview = previewRows(plan, rows, { words: [words], countryCode })
    expect(preview.rows.map((r) => r.action).filter((a) => a !== 'same')).toEqual(['update', 'update'])
    const after = performCall(plan, { id: 'events.import', args: importArgs(preview) })
    expect(after.events.length).toBe(plan.events.length)
    expect(after.events[2]!.title).toBe('Renamed in Excel')
    expect(after.events[4]!.end).toBe('2099-01-01')
    expect(validateProject(after).ok).toBe(true)
  })
})

describe('a sheet with Chinese headers', () => {
  const partner = plan.partners.find((p) => p.nameLocal)!
  const rows = [
    ['标题', '开始', '结束', '国家', '城市', '合作伙伴', '类型', '状态'],
    ['丝路音乐会', '2027/5/12', '2027/5/12', 'KZ', 'Almaty', partner.nameLocal!, '演出', '已确认'],
    ['图片展', '2027-06-01', '2027-02-30', '哈萨克斯坦', '', '', '展览', ''],
    ['茶艺交流', '2027年7月3日 19:30', '2027年7月3日 21:00', 'Egypt', 'Cairo', '新伙伴; ' + partner.name, '', ''],
    ['', '2027-08-01', '', 'KZ', '', '', '', ''],
  ]
  const preview = previewRows(plan, rows, { newId: countingIds(), countryCode })

  it('maps every column and reads each row, with its problems in words', () => {
    expect(preview.kind).toBe('events')
    expect(preview.mapping).toEqual(['title', 'start', 'end', 'country', 'city', 'partners', 'kind', 'status'])
    expect(preview.rows.map((r) => r.action)).toEqual(['add', 'skip', 'add', 'skip'])
    expect(preview.rows[0]!.event).toMatchObject({ title: '丝路音乐会', start: '2027-05-12', end: '2027-05-12', country: 'KZ', partnerIds: [partner.id], kind: 'performance', status: 'confirmed' })
    expect(preview.rows[1]!.errors.map(englishIssue)).toEqual(['row 3: the 结束 date 2027-02-30 does not exist'])
    expect(preview.rows[3]!.errors.map(englishIssue)).toEqual(['row 5: the 标题 is empty; every row needs one'])
    const timed = preview.rows[2]!
    expect(timed.event).toMatchObject({ start: '2027-07-03T19:30', end: '2027-07-03T21:00', timeZone: plan.homeTimeZone, country: 'EG' })
    expect(timed.warnings.map(englishIssue)).toEqual([`row 4: the time has no time zone; ${plan.homeTimeZone} is assumed`, 'row 4: no partner is named 新伙伴; a new partner will be created'])
  })

  it('imports the good rows and the partner they name in one step, changing nothing before', () => {
    const args = importArgs(preview)
    expect(args.events.length).toBe(2)
    expect(args.partners).toMatchObject([{ name: '新伙伴', country: 'EG' }])
    const after = performCall(plan, { id: 'events.import', args })
    expect(after.events.length).toBe(plan.events.length + 2)
    expect(validateProject(after).ok).toBe(true)
  })

  it('says why a sheet cannot be imported at all', () => {
    expect(previewRows(plan, [['标题', '开始']]).issues.map(englishIssue)).toEqual(['The file holds no rows to import: the sheet is empty, or has only a header row.'])
    expect(previewRows(plan, [['a', 'b'], ['1', '2']], { kind: 'events' }).issues[0]!.code).toBe('import.noColumns')
    const huge = [['标题', '开始'], ...Array.from({ length: maxImportRows + 1 }, (_, i) => [`row ${i}`, '2027-05-01'])]
    expect(previewRows(plan, huge).issues.map(englishIssue)).toEqual([`The sheet has ${maxImportRows + 1} rows; Caravan imports at most ${maxImportRows} at once. Split the file and import the parts.`])
  })
})

describe('encodings of a CSV without BOM', () => {
  it('reads GB18030 (Excel on Chinese Windows) and says it assumed it', () => {
    // "标题,开始\r\n丝路展,2027-05-01" in GB18030.
    const bytes = Uint8Array.from([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbf, 0xaa, 0xca, 0xbc, 0x0d, 0x0a, 0xcb, 0xbf, 0xc2, 0xb7, 0xd5, 0xb9, 0x2c, ...new TextEncoder().encode('2027-05-01')])
    const decoded = decodeText(bytes)
    expect(decoded).toMatchObject({ encoding: 'gb18030', assumed: true })
    expect(parseCsv(decoded.text)).toEqual([['标题', '开始'], ['丝路展', '2027-05-01']])
  })

  it('reads Windows-1252 (Excel on Western Windows)', () => {
    const text = 'Title,Start,Country\r\nCafé concert à Paris,2027-05-01,FR'
    const decoded = decodeText(Uint8Array.from([...text].map((c) => c.charCodeAt(0))))
    expect(decoded).toMatchObject({ encoding: 'windows-1252', assumed: true, text })
  })

  it('reads UTF-8 with and without BOM as UTF-8', () => {
    const bytes = new TextEncoder().encode('标题\r\n展')
    expect(decodeText(bytes)).toMatchObject({ encoding: 'utf-8', assumed: false, text: '标题\r\n展' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ encoding: 'utf-8', text: '标题\r\n展' })
  })
})

describe('ICS import', () => {
  const range = { from: '2027-01-01', to: '2027-12-31' }

  it('an exported calendar imported into the same plan changes nothing (matched by UID)', () => {
    const preview = previewIcs(plan, planToIcs(plan), { range, defaultCountry: 'CN' })
    const events = preview.rows.filter((r) => r.event)
    expect(events.length).toBe(plan.events.length)
    expect(events.every((r) => r.action === 'same')).toBe(true)
    // Phases and releases are not events: they are named and left out.
    expect(preview.rows.filter((r) => r.action === 'skip').length).toBe(plan.coproductions.flatMap((c) => [...c.phases, ...c.releases]).length)
  })

  it('into an empty plan gives events with the same dates, zones, titles and statuses', () => {
    const preview = previewIcs(empty, planToIcs(plan, { summary: 'title' }), { range, defaultCountry: 'CN', newId: countingIds() })
    const after = performCall(empty, { id: 'events.import', args: importArgs(preview) })
    const pick = (e: Project['events'][number]) => ({ id: e.id, title: e.title, start: e.start, end: e.end, timeZone: e.timeZone, country: e.country, kind: e.kind })
    const ids = new Set(plan.events.map((e) => e.id))
    expect(after.events.filter((e) => ids.has(e.id)).map(pick)).toEqual(plan.events.map(pick))
    expect(validateProject(after).ok).toBe(true)
  })

  it('an edited calendar item updates its event', () => {
    const e = plan.events.find((x) => !x.start.includes('T'))!
    const uid = `${e.id}.${plan.id}@caravan`
    const text = planToIcs(plan).replace(new RegExp(`(UID:${uid}\\r\\nDTSTAMP:[^\\r]*\\r\\nDTSTART;VALUE=DATE:)\\d{8}`), '$120270101')
    const row = previewIcs(plan, text, { range, defaultCountry: 'CN' }).rows.find((r) => r.event?.id === e.id)!
    expect(row).toMatchObject({ action: 'update', event: { start: '2027-01-01', end: e.end } })
  })

  it('expands a partner’s weekly meeting within the range, keeping its zone', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//EN', 'BEGIN:VEVENT', 'UID:weekly@partner.example', 'DTSTAMP:20270101T000000Z', 'DTSTART;TZID=Europe/Berlin:20270104T100000', 'DTEND;TZID=Europe/Berlin:20270104T110000', 'RRULE:FREQ=WEEKLY;COUNT=10', 'SUMMARY:Weekly call', 'LOCATION:Goethe-Institut, Berlin, DE', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:holiday@feed', 'DTSTAMP:20270101T000000Z', 'DTSTART;VALUE=DATE:20270501', 'DTEND;VALUE=DATE:20270504', 'SUMMARY:Holiday', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')
    const preview = previewIcs(plan, text, { range: { from: '2027-01-01', to: '2027-01-31' }, defaultCountry: 'CN', newId: countingIds() })
    const weekly = preview.rows.filter((r) => r.event?.title === 'Weekly call').map((r) => r.event!)
    expect(weekly.map((e) => e.start)).toEqual(['2027-01-04T10:00', '2027-01-11T10:00', '2027-01-18T10:00', '2027-01-25T10:00'])
    expect(weekly[0]).toMatchObject({ end: '2027-01-04T11:00', timeZone: 'Europe/Berlin', country: 'DE', city: 'Berlin' })
    expect(preview.rows.find((r) => r.event?.title === 'Holiday')!.event).toMatchObject({ start: '2027-05-01', end: '2027-05-03', country: 'CN' })
    expect(preview.issues.map(englishIssue)).toEqual(['“Weekly call” repeats; 4 occurrences in the chosen range are imported'])
  })

  it('says when a file is not a calendar', () => {
    expect(previewIcs(plan, 'hello', { range, defaultCountry: 'CN' }).issues[0]!.code).toBe('import.notCalendar')
  })
})
