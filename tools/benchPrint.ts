// The print part of `npm run bench`: the web host serving a generated plan, Chromium opening it,
// Ctrl+P, then (timed inside the page, from the key press) the first preview page on screen and
// every page laid out, and the whole PDF printed by Chromium (page.pdf), for the agenda and for the
// timeline of the whole plan. DESIGN.md budgets: first preview page ≤ 1 s, whole PDF ≤ 5 s.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type Page } from 'playwright-core'
import { inPage, whenInPage } from './benchPage'
import { chromiumArgs, startHost } from './benchTimeline'

const ms = (n: number): string => `${n.toFixed(0)} ms`

// Page-side code as strings: this file is type-checked against Node, not the DOM.
const watchPreview = `(() => {
  window.printTimes = { pressed: NaN, first: NaN, ready: NaN }
  document.addEventListener('keydown', (event) => { if (Number.isNaN(window.printTimes.pressed)) window.printTimes.pressed = performance.now() }, { capture: true })
  new MutationObserver((_, observer) => {
    const t = window.printTimes
    if (Number.isNaN(t.first) && document.querySelector('.print-preview .print-sheet[data-page="1"]')) t.first = performance.now()
    if (Number.isNaN(t.ready) && document.querySelector('.print-preview[data-ready="true"]')) { t.ready = performance.now(); observer.disconnect() }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] })
})()`

async function untilReady(page: Page): Promise<void> {
  if ((await whenInPage<true>(page, 'Number.isNaN(window.printTimes.ready) ? null : true', 120_000)) === null) throw new Error('the print preview was not ready within 120 s')
}

async function printOnce(page: Page, layout: 'Agenda' | 'Timeline'): Promise<string> {
  // The layout is chosen first (settings are remembered), then the dialog is opened afresh and timed.
  await page.keyboard.press('Control+P')
  const dialog = page.getByRole('dialog', { name: 'Print' })
  await dialog.getByLabel('Layout').selectOption({ label: layout })
  await dialog.getByLabel('Range').selectOption({ label: 'Whole plan' })
  await dialog.getByRole('button', { name: 'Close' }).click()
  await inPage(page, watchPreview)
  await page.keyboard.press('Control+P')
  await untilReady(page)
  const times = await inPage<{ pressed: number; first: number; ready: number }>(page, 'window.printTimes')
  const pages = await dialog.locator('.print-page-of').innerText()
  const t0 = performance.now()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const printed = performance.now() - t0
  await dialog.getByRole('button', { name: 'Close' }).click()
  const all = times.ready - times.pressed
  return `  print ${layout.toLowerCase().padEnd(8)} first preview page ${ms(times.first - times.pressed)} (budget 1 s), all ${pages.replace(/^page 1 of /, '')} pages laid out ${ms(all)}, page.pdf ${ms(printed)} (${(pdf.length / 1e6).toFixed(1)} MB) → whole PDF ${ms(all + printed)} (budget 5 s)`
}

/** Print preview and PDF timings for the plan in `file`. */
export async function benchPrint(file: string): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caravan-bench-print-'))
  const { child, url } = await startHost(file, dataDir)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage()
    await page.goto(url)
    await page.locator('#plan-title').waitFor({ timeout: 60_000 })
    return [await printOnce(page, 'Agenda'), await printOnce(page, 'Timeline')]
  } finally {
    await browser.close()
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}
