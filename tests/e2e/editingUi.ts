// Helpers for the editing e2e tests: open a view, an editor, fill the pickers, save.
import type { Page } from 'playwright-core'
import { soon } from './harness'

export { soon }

export const editingUi = (page: Page) => ({
  /** Switches the plan screen to a view (Timeline, Events, Partners, Venues, Co-productions). */
  async view(name: string) {
    await page.locator('.view-switch').getByRole('button', { name, exact: true }).click()
  },
  /** Runs Insert ▸ `item` from the in-window menu bar. */
  async insert(item: string) {
    await page.getByRole('menubar').getByRole('menuitem', { name: 'Insert' }).click()
    await page.getByRole('menu', { name: 'Insert' }).getByRole('menuitem', { name: item }).click()
  },
  editor: (name: string | RegExp) => page.getByRole('dialog', { name }),
  /** Types into a type-ahead picker and takes the first match. */
  async pick(dialog: ReturnType<Page['getByRole']>, label: string | RegExp, text: string) {
    const box = dialog.getByRole('combobox', { name: label })
    await box.click()
    await box.fill(text)
    await box.press('Enter')
  },
  async save(dialog: ReturnType<Page['getByRole']>) {
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'hidden' })
  },
  async savedAs(name: string) {
    await soon(() => page.locator('.status-message').innerText()).toBe(`Saved ${name}`)
  },
})
