// Printing as a planner does it: Ctrl+P (or Export PDF…), the Print dialog, a layout and paper,
// then the pages on paper. The web host prints the dialog's pages with the browser; here Chromium's
// page.pdf() prints them and poppler (pdftotext, pdfinfo) reads what came out.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseProject } from '../../src/shared/format'
import { readFile } from 'node:fs/promises'
import { samplePlan, soon, startCaravan } from './harness'

const run = promisify(execFile)

interface Options {
  layout?: 'Timeline' | 'Agenda' | 'Partner sheets'
  range?: 'This month' | 'This quarter' | 'This year' | 'Whole plan' | 'Custom dates'
  paper?: 'A4' | 'A3' | 'Letter' | 'Legal'
  orientation?: 'Portrait' | 'Landscape'
  names?: 'English' | 'Second language' | 'Both'
  scale?: string
  scaleCount?: number
}

const printDialog = (page: Page) => page.getByRole('dialog', { name: 'Print' })

/** Chooses the options in the open Print dialog and waits until every page is laid out. */
async function choose(page: Page, options: Options) {
  const dialog = printDialog(page)
  if (options.layout) await dialog.getByLabel('Layout').selectOption({ label: options.layout })
  if (options.range) await dialog.getByLabel('Range').selectOption({ label: options.range })
  if (options.paper) await dialog.getByLabel('Paper').selectOption({ label: options.paper })
  if (options.orientation) await dialog.getByLabel('Orientation').selectOption({ label: options.orientation })
  if (options.names) await dialog.getByLabel('Names').selectOption({ label: options.names })
  if (options.scale) await dialog.getByLabel('Scale').selectOption({ label: options.scale })
  if (options.scaleCount) await dialog.getByLabel(/How many|Pages wide/).fill(String(options.scaleCount))
  await soon(() => dialog.locator('.print-preview').getAttribute('data-ready')).toBe('true')
}

/** Presses Print… in the dialog (the browser's print is recorded, not shown) and prints the page to PDF; returns its path. */
async function printToPdf(page: Page, dir: string, name: string): Promise<string> {
  // The e2e files type-check without the DOM: the page's window is globalThis there.
  type Printing = { printed: number; print: () => void }
  await page.evaluate(() => {
    const w = globalThis as unknown as Printing
    w.printed = 0
    w.print = () => void (w.printed += 1)
  })
  await printDialog(page).getByRole('button', { name: 'Print…' }).click()
  expect(await page.evaluate(() => (globalThis as unknown as Printing).printed)).toBe(1)
  const path = join(dir, `${name}.pdf`)
  await writeFile(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  // PRINT_LOOK=folder keeps the PDFs to look at (pdftoppm -png).
  if (process.env.PRINT_LOOK) {
    await mkdir(process.env.PRINT_LOOK, { recursive: true })
    await copyFile(path, join(process.env.PRINT_LOOK, `${name}.pdf`))
  }
  return path
}

const pdfText = async (path: string, page?: number) => (await run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', path, '-'])).stdout
const pdfPages = async (path: string) => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)?.[1])
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('printing', () => {
  it('prints the agenda from Ctrl+P with every event of the plan in both languages, in date order', async () => {
    const session = await startCaravan()
    const { page } = session
    await page.locator('#plan-title').waitFor()
    await session.pressShortcut('Mod+P')
    await choose(page, { layout: 'Agenda', range: 'Whole plan', names: 'Both', paper: 'A4', orientation: 'Portrait' })
    const previewed = Number(/^page 1 of (\d+)$/.exec(await printDialog(page).locator('.print-page-of').innerText())?.[1])
    const pdf = await printToPdf(page, session.dir, 'agenda-a4-portrait')
    // The preview shows the pages that print: no row overflowed onto an extra page.
    expect(await pdfPages(pdf)).toBe(previewed)
    const text = flat(await pdfText(pdf))

    const project = parseProject(await readFile(samplePlan, 'utf8'))
    if (!project.ok) throw new Error('the sample plan does not read')
    const events = [...project.project.events].sort((a, b) => (a.start < b.start ? -1 : 1))
    let at = -1
    for (const event of events) {
      // Titles may wrap; their first words are on one line.
      const head = flat(event.title).split(' ').slice(0, 3).join(' ')
      const found = text.indexOf(head, at + 1)
      expect(found, `“${event.title}” after the event before it`).toBeGreaterThan(at)
      at = found
      if (event.titleLocal) expect(text.replace(/ /g, '')).toContain(event.titleLocal.replace(/\s/g, '').slice(0, 6))
    }
    // Chinese titles are text in the PDF, not boxes.
    expect(text).toContain('辽宁')
    // Running header and footer with page numbers from @page margin boxes.
    expect(await pdfText(join(session.dir, 'agenda-a4-portrait.pdf'), 1)).toMatch(/page 1 of \d+/)
  })

  it('prints the whole year of the timeline on several pages, each with the time header and the lane names', async () => {
    const session = await startCaravan()
    const { page } = session
    await page.locator('#plan-title').waitFor()
    await session.pressShortcut('Mod+P')
    await choose(page, { layout: 'Timeline', range: 'Whole plan', paper: 'A4', orientation: 'Landscape', scale: 'Months per page width', scaleCount: 3 })
    const pdf = await printToPdf(page, session.dir, 'timeline-a4-landscape')
    const pages = await pdfPages(pdf)
    expect(pages).toBeGreaterThanOrEqual(4)
    for (const n of [1, 2]) {
      const text = await pdfText(pdf, n)
      expect(text, `page ${n}`).toMatch(/2027/)
      expect(text, `page ${n}`).toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/)
      expect(text, `page ${n}`).toContain('Almaty Museum of Arts')
      expect(text, `page ${n}`).toContain('Cairo Opera House')
      expect(text, `page ${n}`).toContain(`page ${n} of ${pages}`)
    }

    // The choices are a view setting of this plan: still there next time, and not an unsaved edit.
    await printDialog(page).getByRole('button', { name: 'Close' }).click()
    await printDialog(page).waitFor({ state: 'hidden' })
    await session.pressShortcut('Mod+Shift+E')
    await expect(printDialog(page).getByLabel('Layout').inputValue()).resolves.toBe('timeline')
    await expect(printDialog(page).getByLabel('Orientation').inputValue()).resolves.toBe('landscape')
    expect((await session.hostState()).dirty).toBe(false)
  })

  it('starts each partner of the partner sheets on a new page', async () => {
    const session = await startCaravan()
    const { page } = session
    await page.locator('#plan-title').waitFor()
    await page.getByRole('toolbar').getByRole('button', { name: 'Export PDF…' }).click()
    await choose(page, { layout: 'Partner sheets', range: 'Whole plan', paper: 'Letter', orientation: 'Portrait' })
    const pdf = await printToPdf(page, session.dir, 'partners-letter-portrait')
    const project = parseProject(await readFile(samplePlan, 'utf8'))
    if (!project.ok) throw new Error('the sample plan does not read')
    const partners = project.project.partners
    expect(await pdfPages(pdf)).toBeGreaterThanOrEqual(partners.length)
    let pageNumber = 0
    for (const partner of partners) {
      // The partner's name opens the next page that is not a continuation.
      for (;;) {
        pageNumber++
        const text = await pdfText(pdf, pageNumber)
        if (!/\(continued\)/.test(text.split('\n').slice(0, 4).join(' '))) {
          expect(flat(text), `page ${pageNumber}`).toContain(partner.name)
          break
        }
      }
    }
  })
})

// PRINT_LOOK=folder npx vitest run --config vitest.e2e.config.ts tests/e2e/print.e2e.ts
// prints every layout on every paper into the folder, to look at with pdftoppm.
describe.runIf(Boolean(process.env.PRINT_LOOK))('every layout on every paper, to look at', () => {
  it('prints them', async () => {
    const session = await startCaravan()
    const { page } = session
    await page.locator('#plan-title').waitFor()
    await session.pressShortcut('Mod+P')
    for (const layout of ['Timeline', 'Agenda', 'Partner sheets'] as const) {
      for (const paper of ['A4', 'A3', 'Letter', 'Legal'] as const) {
        for (const orientation of ['Portrait', 'Landscape'] as const) {
          await choose(page, { layout, range: 'Whole plan', paper, orientation })
          const previewed = Number(/of (\d+)$/.exec(await printDialog(page).locator('.print-page-of').innerText())?.[1])
          const pdf = await printToPdf(page, session.dir, `look-${layout.split(' ')[0]!.toLowerCase()}-${paper}-${orientation.toLowerCase()}`)
          expect(await pdfPages(pdf), `${layout} on ${paper} ${orientation}`).toBe(previewed)
        }
      }
    }
  }, 120_000)
})
