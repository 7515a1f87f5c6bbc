// File ▸ Export and File ▸ Import through main's handlers: real files in temp folders, dialogs
// answered from the test queue.
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { englishTableWords } from '../../src/locales/exchange'
import { englishIssue } from '../../src/locales/english'
import type { Project } from '../../src/shared/format'
import { removeTempFolders, sampleFile, startApp, tempFolder, win } from './helpers'

afterEach(removeTempFolders)

const plan = JSON.parse(await readFile(sampleFile, 'utf8')) as Project

describe('exchange:export', () => {
  it('writes the calendar where the save dialog says, suggesting a name from the plan title', async () => {
    const app = await startApp()
    const folder = await tempFolder()
    const target = join(folder, 'programme')
    app.dialogs.queueSave([target])
    const result = await app.handlers['exchange:export']({ format: 'ics', project: plan, words: englishTableWords, language: 'en' }, win)
    expect(result).toEqual({ kind: 'exported', path: `${target}.ics`, name: 'programme.ics' })
    expect(app.dialogs.requests().at(-1)).toEqual({ kind: 'save', suggestedName: 'Liaoning culture along the Silk Road, 2027.ics' })
    const cal = new ICAL.Component(ICAL.parse(await readFile(`${target}.ics`, 'utf8')) as unknown[])
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(plan.events.length)
    expect(String(cal.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('location'))).toContain('Kazakhstan')
  })

  it('refuses an invalid plan and writes nothing; a cancelled dialog writes nothing', async () => {
    const app = await startApp()
    const broken = { ...plan, events: [{ ...plan.events[0]!, end: '2000-01-01' }] }
    const result = await app.handlers['exchange:export']({ format: 'csv', project: broken, words: englishTableWords, language: 'en' }, win)
    expect(result.kind).toBe('failed')
    expect(app.dialogs.requests()).toEqual([])
    expect((await app.handlers['exchange:export']({ format: 'xlsx', project: plan, words: englishTableWords, language: 'en' }, win)).kind).toBe('canceled')
  })
})

describe('exchange:read', () => {
  it('reads a CSV in GB18030 and says which encoding it assumed', async () => {
    const app = await startApp()
    const folder = await tempFolder()
    const file = join(folder, '活动.csv')
    // "标题,开始\r\n丝路展,2027-05-01" in GB18030.
    await writeFile(file, Uint8Array.from([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbf, 0xaa, 0xca, 0xbc, 0x0d, 0x0a, 0xcb, 0xbf, 0xc2, 0xb7, 0xd5, 0xb9, 0x2c, ...Buffer.from('2027-05-01')]))
    app.dialogs.queueOpen([file])
    expect(await app.handlers['exchange:read']({ kind: 'spreadsheet' }, win)).toEqual({ kind: 'table', path: file, name: '活动.csv', encoding: 'gb18030', sheets: [{ name: '活动', rows: [['标题', '开始'], ['丝路展', '2027-05-01']] }] })
  })

  it('reads the sheets of an exported workbook', async () => {
    const app = await startApp()
    const folder = await tempFolder()
    app.dialogs.queueSave([join(folder, 'book.xlsx')])
    await app.handlers['exchange:export']({ format: 'xlsx', project: plan, words: englishTableWords, language: 'en' }, win)
    app.dialogs.queueOpen([join(folder, 'book.xlsx')])
    const read = await app.handlers['exchange:read']({ kind: 'spreadsheet' }, win)
    if (read.kind !== 'table') throw new Error(JSON.stringify(read))
    expect(read.sheets.map((s) => s.rows.length)).toEqual([plan.events.length + 1, plan.partners.length + 1, plan.venues.length + 1, expect.any(Number)])
    expect(read.sheets[0]!.rows[1]![5]).toBe(plan.events[0]!.start)
  })

  it('refuses what is not a regular file or not a spreadsheet, in words', async () => {
    const app = await startApp()
    const folder = await tempFolder()
    const fifo = join(folder, 'pipe.csv')
    execFileSync('mkfifo', [fifo])
    await mkdir(join(folder, 'folder.csv'))
    await writeFile(join(folder, 'image.csv'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    app.dialogs.queueOpen([fifo, join(folder, 'folder.csv'), join(folder, 'image.csv')])
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await app.handlers['exchange:read']({ kind: 'spreadsheet' }, win))
    expect(answers.map((a) => a.kind)).toEqual(['failed', 'failed', 'failed'])
    const last = answers[2]!
    if (last.kind !== 'failed') throw new Error('expected a failure')
    expect(last.errors.map(englishIssue)).toEqual(['This file is not a spreadsheet Caravan can read; use a .csv or .xlsx file (or .ics for a calendar).'])
  })
})
