// Desktop conventions through the web host: a plan dropped on the window opens (here, with no file
// paths in a browser, as an untitled copy of its content), a file that is not a plan changes
// nothing, and Help shows the user guide and the About box.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startCaravan, soon, textOf } from './harness'

/** Drops a file made of `text` on the window, as the file manager would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  // As page script (the tests are type-checked without the DOM's globals).
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }))
    const target = document.querySelector('main') ?? document.body
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  })()`)
}

describe('the window as a desktop app', () => {
  it('opens a plan dropped on the window as an untitled copy, and leaves other files alone', async () => {
    const { page, file } = await startCaravan()
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    const before = await page.title()
    await dropFile(page, 'notes.txt', 'not a plan')
    await dropFile(page, 'broken.caravan', '{"format": ')
    await soon(() => textOf(page.locator('main'))).toContain('broken.caravan')

    const plan = JSON.parse(await readFile(file, 'utf8')) as { title: string }
    const copy = { ...plan, title: 'Tour copy from Almaty' }
    await dropFile(page, 'Tour copy.caravan', JSON.stringify(copy))
    await soon(() => page.title()).toBe('● Tour copy from Almaty — Caravan')
    expect(before).not.toContain('Tour copy')
    // The served file was not touched.
    expect((JSON.parse(await readFile(file, 'utf8')) as { title: string }).title).toBe(plan.title)
  })

  it('Help shows the user guide and the About box with the version', async () => {
    const { page } = await startCaravan()
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road/ }).first().waitFor()
    await page.keyboard.press('F1')
    const guide = page.getByRole('dialog', { name: 'User Guide' })
    await guide.getByRole('navigation', { name: 'Contents' }).getByRole('button', { name: 'Print and Export PDF' }).waitFor()
    expect(await textOf(guide)).toContain('Drag a bar to move it')
    await guide.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('menubar').getByRole('menuitem', { name: 'Help' }).click()
    await page.getByRole('menuitem', { name: 'About Caravan' }).click()
    const about = page.getByRole('dialog', { name: 'About Caravan' })
    const version = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
    await soon(() => textOf(about)).toContain(`Version ${version}`)
    await soon(() => textOf(about)).toContain('Node.js')
  })
})
