// The Chinese interface and locale-correct dates through the web host: a zh-CN browser gets
// Chinese menus, views, editors and warnings; Settings switches the language at once and is
// remembered; an en-GB browser's date field shows 15/04/2027 and its calendar starts on Monday.
// Set CARAVAN_SHOTS=folder to keep screenshots of each screen for looking at.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { soon, startCaravan } from './harness'

const shots = process.env.CARAVAN_SHOTS

async function shot(page: Page, name: string) {
  if (!shots) return
  await mkdir(shots, { recursive: true })
  const { width } = page.viewportSize() ?? { width: 0 }
  await page.screenshot({ path: join(shots, `${name}-${width}.png`) })
}

const menuNames = (page: Page) => page.getByRole('menubar').getByRole('menuitem').allInnerTexts()
async function openSettings(page: Page, file: string, item: RegExp) {
  await page.getByRole('menubar').getByRole('menuitem', { name: file }).click()
  await page.getByRole('menu', { name: file }).getByRole('menuitem', { name: item }).click()
}

/** Bars whose content is wider than they are (clipped or pushed out): their class names. */
const overflowing = (page: Page) =>
  page.evaluate(
    `[...document.querySelectorAll('.toolbar, .tl-toolbar, .view-switch, .fl-bar, [role=menubar], .dialog-buttons, .ed-date')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className)`,
  )

const bronzes = /^Treasures of the Silk Road: Liaoning Bronzes/

describe('the Chinese interface', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`a zh-CN browser shows menus, views, editors and warnings in Chinese (${viewport.width}×${viewport.height})`, async () => {
      const { page } = await startCaravan({ locale: 'zh-CN', viewport })
      await soon(() => menuNames(page)).toEqual(['文件', '编辑', '视图', '插入', '计划', '帮助'])
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
      const timeline = page.getByRole('region', { name: '时间轴' })
      await timeline.getByRole('button', { name: bronzes }).first().waitFor()
      // The item names its dates in Chinese.
      expect(await timeline.getByRole('button', { name: bronzes }).first().getAttribute('aria-label')).toContain('2027年4月15日至6月30日')
      await shot(page, 'timeline')
      expect(await overflowing(page)).toEqual([])

      await page.getByRole('menubar').getByRole('menuitem', { name: '文件' }).click()
      const fileMenu = page.getByRole('menu', { name: '文件' })
      expect(await fileMenu.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('新建计划'), expect.stringContaining('另存为…'), expect.stringContaining('设置…')]))
      await shot(page, 'menu-file')
      await page.keyboard.press('Escape')

      // Warnings.
      await page.getByRole('button', { name: /^(没有提醒|\d+ 条提醒)$/ }).click()
      await soon(() => page.getByRole('heading', { name: /^(没有提醒|\d+ 条提醒)$/ }).count()).toBeGreaterThan(0)
      await shot(page, 'warnings')

      // The events table.
      await page.locator('.view-switch').getByRole('button', { name: '活动', exact: true }).click()
      await soon(() => page.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('活动'), expect.stringContaining('日期'), expect.stringContaining('状态')]))
      await shot(page, 'events')
      expect(await overflowing(page)).toEqual([])
      await page.locator('.view-switch').getByRole('button', { name: '合作伙伴', exact: true }).click()
      await shot(page, 'partners')

      // An editor, its date in the zh-CN format, and its calendar.
      await page.locator('.view-switch').getByRole('button', { name: '活动', exact: true }).click()
      await page.getByRole('row', { name: /Treasures of the Silk Road: Liaoning Bronzes/ }).first().dblclick()
      const editor = page.getByRole('dialog', { name: '编辑活动“Treasures of the Silk Road: Liaoning Bronzes”' })
      await soon(() => editor.getByLabel('首日').inputValue()).toBe('2027/04/15')
      expect(await editor.getByLabel('末日').inputValue()).toBe('2027/06/30')
      await shot(page, 'editor')
      expect(await overflowing(page)).toEqual([])
      await editor.getByRole('button', { name: '从日历中选择日期' }).first().click()
      const calendar = page.getByRole('dialog', { name: '日历' })
      await calendar.waitFor()
      await shot(page, 'calendar')
      await page.keyboard.press('Escape')
      await calendar.waitFor({ state: 'hidden' })
      await editor.getByRole('button', { name: '取消' }).click()

      await page.locator('.view-switch').getByRole('button', { name: '合拍项目', exact: true }).click()
      await shot(page, 'coproductions')
      await page.getByRole('row').nth(1).dblclick()
      await page.getByRole('dialog', { name: /^编辑合拍项目/ }).waitFor()
      await shot(page, 'coproduction-editor')
      await page.keyboard.press('Escape')

      await openSettings(page, '文件', /^设置…/)
      await page.getByRole('dialog', { name: '设置' }).waitFor()
      await shot(page, 'settings')
    })
  }

  it('switches to Chinese at once in Settings, and keeps it for the next start', async () => {
    const { page } = await startCaravan({ locale: 'en-GB' })
    await soon(() => menuNames(page)).toEqual(['File', 'Edit', 'View', 'Insert', 'Plan', 'Help'])
    await openSettings(page, 'File', /^Settings…/)
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('radio', { name: '简体中文' }).check()
    // At once: the dialog, the menu bar and the timeline behind it.
    await page.getByRole('dialog', { name: '设置' }).waitFor()
    await soon(() => menuNames(page)).toEqual(['文件', '编辑', '视图', '插入', '计划', '帮助'])
    expect(await page.locator('.view-switch').getByRole('button', { name: '时间轴', exact: true }).count()).toBe(1)
    await page.getByRole('dialog', { name: '设置' }).getByRole('button', { name: '关闭' }).click()

    await page.reload()
    await soon(() => menuNames(page)).toEqual(['文件', '编辑', '视图', '插入', '计划', '帮助'])
    // And back to English by following the system again; Ctrl+, opens Settings once the plan is open.
    await page.getByRole('region', { name: '时间轴' }).getByRole('button', { name: bronzes }).first().waitFor()
    await page.keyboard.press('ControlOrMeta+,')
    await page.getByRole('dialog', { name: '设置' }).getByRole('radio', { name: '跟随系统（English）' }).check()
    await soon(() => menuNames(page)).toEqual(['File', 'Edit', 'View', 'Insert', 'Plan', 'Help'])
  })

  it('an en-GB browser’s date fields show 15/04/2027, 24-hour times and a calendar from Monday, by keyboard', async () => {
    const { page } = await startCaravan({ locale: 'en-GB' })
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: bronzes }).first().dblclick()
    const editor = page.getByRole('dialog', { name: 'Edit event ‘Treasures of the Silk Road: Liaoning Bronzes’' })
    const first = editor.getByLabel('First day')
    await soon(() => first.inputValue()).toBe('15/04/2027')
    await first.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const calendar = page.getByRole('dialog', { name: 'Calendar' })
    await calendar.waitFor()
    expect(await calendar.locator('thead th').first().getAttribute('aria-label')).toBe('Monday')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await calendar.waitFor({ state: 'hidden' })
    await soon(() => first.inputValue()).toBe('23/04/2027')
    // Typed in the locale's order, tidied on leaving the field.
    await first.fill('1/5/2027')
    await editor.getByLabel('Last day').focus()
    await soon(() => first.inputValue()).toBe('01/05/2027')
    await editor.getByRole('radio', { name: 'At a time of day' }).check()
    const starts = editor.getByLabel('Starts at')
    await starts.fill('8pm')
    await editor.getByLabel('Last day').focus()
    await soon(() => starts.inputValue()).toBe('20:00')
  })
})
