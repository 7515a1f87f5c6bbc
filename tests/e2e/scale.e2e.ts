// A big plan in every view but the timeline: the List view and the pickers keep only what is on
// screen in the DOM; the event editor makes a venue on the way and comes back with it chosen; the
// co-production editor fits a 1280×720 window without scrolling sideways.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { generatePlan, parseProject, serializeProject, type Project } from '../../src/shared/format'
import { editingUi, soon } from './editingUi'
import { startCaravan } from './harness'

async function bigPlan(events: number): Promise<{ file: string; plan: Project }> {
  const folder = await mkdtemp(join(tmpdir(), 'caravan-scale-'))
  onTestFinished(() => rm(folder, { recursive: true, force: true }))
  const file = join(folder, 'big.caravan')
  const plan = generatePlan({ events, seed: 11 })
  await writeFile(file, serializeProject(plan))
  return { file, plan }
}

describe('a big plan outside the timeline', () => {
  it('the List view of a 10,000-event plan has fewer than 3,000 DOM elements, at the top and further down', async () => {
    const { file, plan } = await bigPlan(10_000)
    const { page } = await startCaravan({ plan: file })
    await page.locator('#plan-title').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'List', exact: true }).click()
    const rows = page.locator('.events-table tbody tr[data-index]')
    await rows.first().waitFor({ timeout: 20_000 })
    const elements = () => page.locator('html').evaluate((root) => root.querySelectorAll('*').length + 1)
    expect(await elements()).toBeLessThan(3_000)

    await page.locator('.content').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight / 3 }))
    await soon(async () => Number(await rows.first().getAttribute('data-index'))).toBeGreaterThan(100)
    expect(await elements()).toBeLessThan(3_000)
    // The partners and co-productions further down are there too, a screenful at a time.
    await page.locator('.content').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }))
    await page.getByRole('heading', { name: /Co-productions/ }).waitFor()
    await soon(() => page.locator('.card-slot').count()).toBeGreaterThan(0)
    expect(await page.locator('.card-slot').count()).toBeLessThan(plan.coproductions.length + 1)
    expect(await elements()).toBeLessThan(3_000)
  })

  it('a dependency’s picker over 10,000 events finds one by its Chinese title from the keyboard', async () => {
    const { file, plan } = await bigPlan(10_000)
    const target = plan.events.find((e) => e.titleLocal && plan.events.filter((o) => o.titleLocal === e.titleLocal).length === 1)!
    const { page } = await startCaravan({ plan: file })
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor({ timeout: 30_000 })
    await ui.insert('Dependency…')
    const dialog = ui.editor('New dependency')
    const from = dialog.getByRole('combobox', { name: /^This event or phase/ })
    await from.focus()
    await page.keyboard.press('ArrowDown')
    await soon(() => dialog.getByRole('option').count()).toBeGreaterThan(0)
    expect(await dialog.getByRole('option').count()).toBeLessThan(40)
    await page.keyboard.type(target.titleLocal!)
    await soon(() => dialog.getByRole('option').first().innerText()).toContain(target.title)
    await page.keyboard.press('Enter')
    await soon(() => from.inputValue()).toBe(target.title)
  })

  it('the warnings panel of a 10,000-event plan lists its hundreds of warnings a screenful at a time', async () => {
    const { file } = await bigPlan(10_000)
    const { page } = await startCaravan({ plan: file })
    await page.locator('#plan-title').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: /^[\d,]+ warnings$/ }).click()
    const heading = page.getByRole('heading', { name: /^[\d,]+ warnings$/ })
    await heading.waitFor()
    const count = Number((await heading.innerText()).replace(/\D/g, ''))
    expect(count).toBeGreaterThan(100)
    const rows = page.locator('.tl-conflicts .tl-conflict-row')
    await soon(() => rows.count()).toBeGreaterThan(0)
    expect(await rows.count()).toBeLessThan(40)
  })
})

describe('making what an event needs on the way', () => {
  it('New venue… inside the event editor opens the venue editor, its time zone follows the city, and the event comes back with it chosen', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    await pressShortcut('Mod+E')
    const event = ui.editor('New event')
    await event.getByRole('textbox', { name: 'Title', exact: true }).fill('Siberian silk forum')
    const venuePicker = event.getByRole('combobox', { name: /^Venue/ })
    await venuePicker.click()
    await venuePicker.fill('Novosibirsk Opera')
    await event.getByRole('option', { name: 'New venue…' }).click()

    const venue = ui.editor('New venue')
    expect(await venue.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Novosibirsk Opera')
    await ui.pick(venue, /^Country/, '俄罗斯') // Russia before Belarus (白俄罗斯): names that begin with it come first
    await soon(() => venue.getByRole('combobox', { name: /^Time zone/ }).inputValue()).toBe('Europe/Moscow')
    await venue.getByRole('textbox', { name: 'City', exact: true }).fill('Novosibirsk')
    await soon(() => venue.getByRole('combobox', { name: /^Time zone/ }).inputValue()).toBe('Asia/Novosibirsk')
    await ui.save(venue)

    await soon(() => event.getByRole('combobox', { name: /^Venue/ }).inputValue()).toBe('Novosibirsk Opera')
    expect(await event.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Siberian silk forum')
    await ui.pick(event, 'Add to Partners', '辽宁广播')
    await soon(() => event.getByRole('list', { name: 'Partners chosen' }).innerText()).toContain('Liaoning Radio and Television')
    await ui.save(event)

    await pressShortcut('Mod+S')
    await ui.savedAs('sample.caravan')
    const saved = parseProject(await readFile(file, 'utf8'))
    if (!saved.ok) throw new Error('the saved plan does not read back')
    const opera = saved.project.venues.find((v) => v.name === 'Novosibirsk Opera')!
    expect(opera).toMatchObject({ country: 'RU', city: 'Novosibirsk', timeZone: 'Asia/Novosibirsk' })
    expect(saved.project.events.find((e) => e.title === 'Siberian silk forum')).toMatchObject({ venueId: opera.id, country: 'RU', partnerIds: ['p-lntv'] })
  })
})

describe('the co-production editor in a small window', () => {
  for (const locale of ['en-GB', 'zh-CN']) {
    it(`has no horizontal scrollbar at 1280×720 (${locale}), with the phases first`, async () => {
      const { page } = await startCaravan({ viewport: { width: 1280, height: 720 }, locale })
      await page.locator('#plan-title').waitFor()
      await page.locator('.view-switch button').nth(4).click()
      await page.getByRole('row', { name: /Along the Steppe Road/ }).first().dblclick()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      const overflow = await dialog.evaluate((d) => {
        const style = (e: typeof d) => d.ownerDocument.defaultView!.getComputedStyle(e).overflowX
        // A text field scrolls its own long text; anything else wider than its box would show a scrollbar.
        const boxes = [d, ...d.querySelectorAll('*')].filter((e) => !['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName))
        return boxes.filter((e) => e.scrollWidth > e.clientWidth + 1 && style(e) !== 'visible' && style(e) !== 'hidden').map((e) => `${e.tagName}.${e.className}`)
      })
      expect(overflow).toEqual([])
      const box = await dialog.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280)
      // The phases come before the releases and the partners.
      const order = await dialog.locator('legend').allInnerTexts()
      expect(order.findIndex((l) => /Phases|阶段/.test(l))).toBeLessThan(order.findIndex((l) => /Releases|发布/.test(l)))
    })
  }
})
