// Host-country public holidays and time zones as a planner meets them: Plan ▸ Holidays… lists
// Nowruz for Uzbekistan, the warnings panel flags the Nowruz concert on that holiday and lets it be
// acknowledged, and View ▸ Show Times gives the concert on Samarkand's clock with both clocks.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { startCaravan, soon, textOf } from './harness'

describe('holidays and time zones', () => {
  it('Plan ▸ Holidays… lists Nowruz for Uzbekistan in 2027, and the plan can mark a day of its own', async () => {
    const { page, pressShortcut, file } = await startCaravan()
    const menubar = page.getByRole('menubar')
    await menubar.getByRole('menuitem', { name: 'Plan' }).click()
    await page.getByRole('menuitem', { name: 'Holidays…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Holidays' })
    await dialog.getByLabel('Country', { exact: true }).selectOption('UZ')
    await expect.poll(() => textOf(dialog.getByRole('heading', { name: /Public holidays in/ }))).toBe('Public holidays in Uzbekistan, 2027')
    const nowruz = dialog.getByRole('row', { name: /21 Mar 2027 Nowruz/ })
    expect(await textOf(nowruz)).toContain('Nowruz & Spring Festival joint concert')

    await dialog.getByLabel('Date', { exact: true }).fill('08/10/2027')
    await dialog.getByLabel('Name (optional)').fill('Bridge day')
    await dialog.getByRole('button', { name: 'Mark as non-working' }).click()
    await dialog.getByRole('button', { name: 'Remove 8 Oct 2027' }).waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await pressShortcut('Mod+S')
    await soon(async () => JSON.parse(await readFile(file, 'utf8')).nonWorkingDays).toEqual([{ date: '2027-10-08', name: 'Bridge day' }])
  })

  it('the warnings panel lists the Nowruz concert on a public holiday of Uzbekistan, and acknowledging it quiets it', async () => {
    const { page } = await startCaravan()
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: '2 warnings' }).click()
    const panel = page.locator('.tl-conflicts')
    const row = panel.locator('.tl-conflict-row').filter({ hasText: 'Nowruz & Spring Festival joint concert' })
    expect(await textOf(row)).toContain('On a public holiday')
    expect(await textOf(row)).toContain('a public holiday in Uzbekistan')
    // The concert's bar says the same warning, then how to pick it up, as its description.
    const bar = page.locator('.tl-item.has-conflict[aria-label^="Nowruz & Spring Festival joint concert"]').first()
    await page.keyboard.press('ControlOrMeta+K')
    const find = page.getByRole('combobox', { name: 'Find an event, partner, venue or co-production' })
    await find.fill('Nowruz & Spring')
    await find.press('Enter')
    await soon(() => bar.getAttribute('aria-description')).toContain('a public holiday in Uzbekistan')
    expect(await bar.getAttribute('aria-description')).toMatch(/To pick up an item, press Space or Enter\..*$/)
    await row.getByRole('button', { name: 'Acknowledge' }).click()
    await timeline.getByRole('button', { name: '1 warning' }).waitFor()
    expect(await textOf(panel.locator('.tl-acknowledged summary'))).toBe('1 acknowledged warning')
  })

  it('with times on each item’s own clock, the details panel shows the concert at 19:00 in Samarkand and both clocks', async () => {
    const { page, pressShortcut } = await startCaravan()
    const menubar = page.getByRole('menubar')
    await menubar.getByRole('menuitem', { name: 'View' }).click()
    await page.getByRole('menu', { name: 'View' }).getByRole('menuitem', { name: 'Show Times' }).hover()
    await page.getByRole('menuitemcheckbox', { name: 'Times in Each Item’s Own Zone' }).or(page.getByRole('menuitem', { name: 'Times in Each Item’s Own Zone' })).click()
    await pressShortcut('Mod+K')
    const find = page.getByRole('combobox', { name: 'Find an event, partner, venue or co-production' })
    await find.fill('Nowruz & Spring')
    await find.press('Enter')
    const details = page.locator('.tl-details-item')
    await soon(() => textOf(details)).toContain('21 Mar 2027, 19:00–21:30')
    expect(await textOf(details)).toContain('19:00–21:30 Samarkand · 22:00 – 22 Mar, 00:30 Shanghai')
  })
})
