// File ▸ Import and File ▸ Export in the window, through the web host: a partner's CSV with
// Chinese headers is previewed, imported in one step and undone in one step; a workbook is written.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { startCaravan, soon, textOf } from './harness'

const csv = [
  '标题,开始,结束,国家,城市,合作伙伴,类型,状态',
  '丝路音乐会,2027-04-16,2027-04-16,KZ,Almaty,Almaty Museum of Arts,演出,已确认',
  '草原摄影展,2027/4/18,2027/4/25,哈萨克斯坦,Almaty,Алматинский музей искусств,展览,计划',
  '坏日期,2027-04-20,2027-02-30,KZ,,,,',
].join('\r\n')

describe('import and export in the window', () => {
  it('imports a CSV with Chinese headers after a preview, and one Ctrl+Z takes it all back', async () => {
    const { page, dir, queueDialogs, pressShortcut } = await startCaravan()
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    const file = join(dir, '合作方活动.csv')
    await writeFile(file, `\uFEFF${csv}\r\n`)
    await queueDialogs({ open: [file] })
    // File ▸ Import ▸ Spreadsheet (.csv, .xlsx)… in the window's menu bar.
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click()
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Import' }).click()
    await page.getByRole('menu', { name: 'Import' }).getByRole('menuitem', { name: 'Spreadsheet (.csv, .xlsx)…' }).click()

    const dialog = page.getByRole('dialog', { name: 'Import from 合作方活动.csv' })
    await dialog.waitFor()
    await soon(() => textOf(dialog.locator('.import-summary'))).toBe('2 to add, 0 to update, 0 unchanged, 1 with problems (not imported)')
    await soon(() => textOf(dialog.locator('.import-row.is-skip'))).toContain('the 结束 date 2027-02-30 does not exist')
    await soon(() => textOf(dialog.locator('.import-row.is-skip'))).toContain('坏日期')
    // Nothing has changed yet.
    expect(await timeline.getByRole('button', { name: /^丝路音乐会/ }).count()).toBe(0)

    await dialog.getByRole('button', { name: 'Import 2 events' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await timeline.getByRole('button', { name: /^丝路音乐会/ }).first().waitFor()
    await timeline.getByRole('button', { name: /^草原摄影展, 18–25 Apr 2027, Almaty Museum of Arts/ }).first().waitFor()

    await pressShortcut('Mod+Z')
    await soon(() => timeline.getByRole('button', { name: /^(丝路音乐会|草原摄影展)/ }).count()).toBe(0)
    await timeline.getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
  })

  it('cancelling the preview changes nothing', async () => {
    const { page, dir, queueDialogs, menuCommand, hostState } = await startCaravan()
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    const file = join(dir, 'events.csv')
    await writeFile(file, csv)
    await queueDialogs({ open: [file] })
    await menuCommand('file.importSpreadsheet')
    const dialog = page.getByRole('dialog', { name: 'Import from events.csv' })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect((await hostState()).dirty).toBe(false)
  })

  it('exports an Excel workbook where the save dialog says', async () => {
    const { page, dir, queueDialogs, menuCommand } = await startCaravan()
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    const target = join(dir, 'for the director.xlsx')
    await queueDialogs({ save: [target] })
    await menuCommand('file.exportExcel')
    await soon(async () => (await readFile(target).catch(() => Buffer.alloc(0))).length).toBeGreaterThan(1000)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(target)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Events', 'Partners', 'Venues', 'Co-productions'])
  })

  it('exports the selected item to a calendar', async () => {
    const { page, dir, queueDialogs, menuCommand } = await startCaravan()
    const treasures = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first()
    await treasures.click()
    const target = join(dir, 'selected.ics')
    await queueDialogs({ save: [target] })
    await menuCommand('file.exportSelectedCalendar')
    await soon(async () => (await readFile(target, 'utf8').catch(() => '')).match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(1)
    const [event] = new ICAL.Component(ICAL.parse(await readFile(target, 'utf8')) as unknown[]).getAllSubcomponents('vevent')
    expect(event!.getFirstPropertyValue('summary')).toBe('Treasures of the Silk Road: Liaoning Bronzes / 丝路瑰宝：辽宁青铜器展')
  })
})
