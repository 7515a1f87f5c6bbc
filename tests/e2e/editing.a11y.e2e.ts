// An axe-core scan (@axe-core/playwright, WCAG 2.1 A/AA rules) of the main screen, each table and
// each editor, in Chromium: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { editingUi } from './editingUi'
import { startCaravan } from './harness'

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

describe('accessibility of the editing screens', () => {
  it('the main screen and the four tables have no serious or critical violations', async () => {
    const { page } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    for (const view of ['Events', 'Partners', 'Venues', 'Co-productions']) {
      await ui.view(view)
      await page.getByRole('grid').waitFor()
      expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] })
    }
  })

  it('every editor, quick find and the delete question have no serious or critical violations', async () => {
    const { page, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    const scanDialog = async (name: string) => {
      const dialog = page.locator('[role="dialog"], [role="alertdialog"]')
      await dialog.first().waitFor()
      expect({ name, violations: await seriousViolations(page, '.dialog') }).toEqual({ name, violations: [] })
      await page.keyboard.press('Escape')
      await dialog.first().waitFor({ state: 'hidden' })
    }
    for (const item of ['Event…', 'Partner…', 'Venue…', 'Co-production…', 'Dependency…']) {
      await ui.insert(item)
      await scanDialog(`new ${item}`)
    }
    const existing: [string, RegExp][] = [
      ['Events', /Treasures of the Silk Road/],
      ['Partners', /Almaty Museum of Arts/],
      ['Venues', /Almaty Museum of Arts, Main Hall/],
      ['Co-productions', /Along the Steppe Road/],
    ]
    for (const [view, row] of existing) {
      await ui.view(view)
      await page.getByRole('row', { name: row }).first().dblclick()
      await scanDialog(`edit in ${view}`)
    }
    await ui.view('Partners')
    await page.getByRole('row', { name: /Almaty Museum of Arts/ }).first().click()
    await page.keyboard.press('Delete')
    await scanDialog('delete question')
    await pressShortcut('Mod+K')
    await page.keyboard.type('almaty')
    await scanDialog('quick find')
  })
})
