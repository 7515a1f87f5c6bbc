// `caravan export`: the files it writes are read back with the libraries that read them elsewhere.
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caravan } from './helpers'

const sample = resolve(__dirname, '../../resources/sample.caravan')
const project = JSON.parse(readFileSync(sample, 'utf8')) as { events: { id: string; title: string }[]; partners: unknown[]; coproductions: { phases: unknown[]; releases: unknown[] }[] }

let dir: string
let plan: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-export-'))
  plan = join(dir, 'silk-road.caravan')
  copyFileSync(sample, plan)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})


const items = project.events.length + project.coproductions.reduce((n, c) => n + c.phases.length + c.releases.length, 0)

describe('caravan export', () => {
  it('writes a calendar beside the plan', async () => {
    const result = await caravan('export', plan, '--to', 'ics')
    const ics = join(dir, 'silk-road.ics')
    expect(result).toEqual({ status: 0, out: `exported ${items} calendar items of ${plan} to ${ics}`, err: '' })
    const cal = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')) as unknown[])
    expect(cal.getAllSubcomponents('vevent').length).toBe(items)
  })

  it('writes the events of a plan as CSV to standard output, or partners to a file', async () => {
    const result = await caravan('export', plan, '--to', 'csv', '-o', '-')
    expect(result.status).toBe(0)
    expect(result.out.startsWith('\uFEFFID,Title,Title (local)')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(result.out.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.map((r) => r.Title)).toEqual(project.events.map((e) => e.title))
    const partners = await caravan('export', plan, '--to', 'csv', '--what', 'partners')
    expect(partners.status).toBe(0)
    const csv = readFileSync(join(dir, 'silk-road.partners.csv'), 'utf8')
    expect(Papa.parse(csv.slice(1), { header: true, skipEmptyLines: true }).data.length).toBe(project.partners.length)
  })

  it('writes an Excel workbook with one sheet per kind, or to the file -o names', async () => {
    const out = join(dir, 'for the director.xlsx')
    expect((await caravan('export', plan, '--to', 'xlsx', '-o', out)).status).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(out)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Events', 'Partners', 'Venues', 'Co-productions'])
    expect(book.getWorksheet('Events')!.rowCount).toBe(project.events.length + 1)
  })

  it('reports an invalid plan and writes nothing, exit 1', async () => {
    const broken = JSON.parse(readFileSync(sample, 'utf8'))
    broken.events[3].end = '2020-01-01'
    writeFileSync(plan, JSON.stringify(broken))
    const result = await caravan('export', plan, '--to', 'ics')
    expect(result.status).toBe(1)
    expect(result.out).toContain('events[3].end')
    expect(result.err).toContain('nothing was exported')
    expect(readdirSync(dir)).toEqual(['silk-road.caravan'])
  })

  it('says what is wrong with the command, exit 2', async () => {
    for (const argv of [['export', plan], ['export', plan, '--to', 'pdf'], ['export', plan, '--to', 'xlsx', '-o', '-'], ['export', plan, '--to', 'ics', '--what', 'partners'], ['export', '--to', 'csv'], ['export', plan, '--to', 'csv', '--what', 'rooms']]) {
      const result = await caravan(...argv)
      expect(result.status, argv.join(' ')).toBe(2)
      expect(result.err).toMatch(/^caravan: /)
    }
    expect((await caravan('export', join(dir, 'missing.caravan'), '--to', 'ics')).status).toBe(2)
    expect(existsSync(join(dir, 'silk-road.ics'))).toBe(false)
  })
})
