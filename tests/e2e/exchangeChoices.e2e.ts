// The choices of File ▸ Import and File ▸ Export in the window, through the web host: a sheet whose
// headers Caravan cannot guess is mapped column by column in the preview, and an export made while
// the tables are filtered holds what the filter shows, or the whole plan when the planner says so.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { startCaravan, soon, textOf } from './harness'

const proposals = ['Programme,Opens,Closes,Land,Remarks', 'Steppe photography show,2027-06-01,2027-06-20,KZ,Travels on to Almaty', 'Dunhuang murals lecture,2027-07-01,2027-07-01,UZ,'].join('\r\n')
const csvRows = async (file: string) => Papa.parse<string[]>((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('choices in the import preview and the export', () => {
  it('maps the columns of a sheet whose headers it cannot guess, then imports the rows', async () => {
    const { page, dir, queueDialogs, menuCommand, pressShortcut } = await startCaravan()
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    const file = join(dir, 'proposals.csv')
    await writeFile(file, proposals)
    await queueDialogs({ open: [file] })
    await menuCommand('file.importSpreadsheet')

    const dialog = page.getByRole('dialog', { name: 'Import from proposals.csv' })
    const columns = dialog.getByRole('group', { name: 'Columns' })
    await columns.waitFor()
    await dialog.getByRole('button', { name: 'Nothing to import' }).waitFor()
    await columns.getByRole('radio', { name: 'an event' }).check()
    for (const [column, field] of [['Programme', 'Title'], ['Opens', 'Start'], ['Closes', 'End'], ['Land', 'Country']] as const) {
      await columns.getByLabel(column, { exact: true }).selectOption({ label: field })
    }
    // The guess that was right stays.
    expect(await columns.getByLabel('Remarks', { exact: true }).inputValue()).toBe('notes')
    await soon(() => textOf(dialog.locator('.import-summary'))).toBe('2 to add, 0 to update, 0 unchanged, 0 with problems (not imported)')

    await dialog.getByRole('button', { name: 'Import 2 events' }).click()
    await dialog.waitFor({ state: 'hidden' })
    // On the Events table, found by its title, with the dates and country the mapped columns gave.
    await pressShortcut('Mod+2')
    await page.getByRole('search').getByRole('searchbox').fill('Steppe photography')
    const row = page.getByRole('row', { name: /Steppe photography show/ }).first()
    await row.waitFor()
    expect(await textOf(row)).toMatch(/Kazakhstan|KZ/)
  })

  it('exports what the filter shows, or the whole plan, as the planner chooses', async () => {
    const { page, dir, file, queueDialogs, menuCommand, pressShortcut } = await startCaravan()
    const plan = JSON.parse(await readFile(file, 'utf8')) as { events: unknown[] }
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    await pressShortcut('Mod+2')
    await page.getByRole('search').getByRole('searchbox').fill('Bronzes')

    const filtered = join(dir, 'filtered.csv')
    await queueDialogs({ save: [filtered] })
    await menuCommand('file.exportCsv')
    const dialog = page.getByRole('dialog', { name: 'Export a CSV file (.csv)' })
    await dialog.waitFor()
    expect(await dialog.getByRole('radio', { name: /^What the filter shows: 1 event/ }).isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await soon(async () => (await csvRows(filtered).catch(() => [])).length).toBe(2)
    expect((await csvRows(filtered))[1]).toContain('Treasures of the Silk Road: Liaoning Bronzes')

    const whole = join(dir, 'whole.csv')
    await queueDialogs({ save: [whole] })
    await menuCommand('file.exportCsv')
    await dialog.getByRole('radio', { name: /^The whole plan/ }).check()
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await soon(async () => (await csvRows(whole).catch(() => [])).length).toBe(plan.events.length + 1)
  })
})
