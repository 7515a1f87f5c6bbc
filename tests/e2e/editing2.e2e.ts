// The rest of the editing issue as a planner meets it: one selection across the tables, quick find
// and the timeline; dependencies edited from the event editor; channels, audiences and strategies
// reached from the Plan menu.
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '../../src/shared/format'
import { editingUi, soon } from './editingUi'
import { dayZoomPlan, startCaravan } from './harness'


async function planOnDisk(file: string): Promise<Project> {
  const result = parseProject(await readFile(file, 'utf8'))
  if (!result.ok) throw new Error(`The saved file does not read back: ${JSON.stringify(result.errors)}`)
  return result.project
}

/** True when the element is inside the timeline's scrolled area as the user sees it. */
async function onScreen(page: Page, item: Locator): Promise<boolean> {
  const box = await item.boundingBox()
  const area = await page.locator('.tl-scroller').boundingBox()
  if (!box || !area) return false
  return box.x + box.width > area.x && box.x < area.x + area.width && box.y + box.height > area.y && box.y < area.y + area.height
}

/** Serious or critical axe-core findings inside `selector`. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(selector).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)
}

const timelineItem = (page: Page, title: string) => page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: new RegExp(`^${title}`) }).first()

describe('editing, continued', () => {
  it('shares one selection between the Events table, quick find and the timeline', async () => {
    const { page } = await startCaravan({ plan: await dayZoomPlan() })
    const ui = editingUi(page)
    await page.locator('.tl-item').first().waitFor()

    await ui.view('Events')
    await page.getByRole('row', { name: /Northeast China on screen/ }).click()
    await ui.view('Timeline')
    const screening = timelineItem(page, 'Northeast China on screen')
    await soon(() => screening.getAttribute('aria-pressed')).toBe('true')
    await soon(() => onScreen(page, screening)).toBe(true)

    // Moving on the timeline with the keyboard selects the next item; the table shows that row.
    await screening.focus()
    await page.keyboard.press('ArrowUp')
    const activeLabel = async () => (await page.locator(':focus').getAttribute('aria-label')) ?? ''
    await soon(activeLabel).not.toMatch(/Northeast China|^$/)
    const focused = (await activeLabel()).split(',')[0]!
    await ui.view('Events')
    await soon(() => page.getByRole('row', { name: new RegExp(focused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).getAttribute('aria-selected')).toBe('true')

    // Quick find's Enter shows and selects the item on the timeline, with the focus on it.
    await ui.view('Timeline')
    await page.locator('.tl-item').first().waitFor()
    await page.keyboard.press('ControlOrMeta+K')
    const find = page.getByRole('combobox', { name: /find/i })
    await find.fill('Guqin')
    await find.press('Enter')
    const guqin = timelineItem(page, 'Guqin and Oud')
    await soon(() => guqin.getAttribute('aria-pressed')).toBe('true')
    await soon(() => onScreen(page, guqin)).toBe(true)
    await soon(activeLabel).toMatch(/^Guqin and Oud/)
    expect(await page.getByRole('dialog').count()).toBe(0)
  })

  it('lists an event’s dependencies in its editor, removes one as an undoable step and adds another', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    await ui.view('Events')
    await page.getByRole('row', { name: /Seminar: Telling cultural stories/ }).dblclick()
    const seminar = ui.editor('Edit event ‘Seminar: Telling cultural stories across languages’')
    const waits = seminar.getByRole('group', { name: 'Waits for…' })
    await soon(() => waits.innerText()).toContain('International communication talent camp (spring cohort)')
    await waits.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/shots/g-event-dependencies.png' })
    expect(await seriousViolations(page, '.ed-dep-lists')).toEqual([])

    await waits.getByRole('button', { name: 'Remove dependency on ‘International communication talent camp (spring cohort)’' }).click()
    await soon(() => waits.innerText()).toContain('None.')
    await waits.getByRole('button', { name: 'Add what it waits for…' }).click()
    const dependency = ui.editor('New dependency')
    await ui.pick(dependency, /^This event or phase/, 'Treasures of the Silk Road: Liaoning Bronzes')
    await page.screenshot({ path: '/tmp/shots/g-dependency-over-event.png' })
    await ui.save(dependency)
    await soon(() => waits.innerText()).toContain('Treasures of the Silk Road: Liaoning Bronzes')
    await seminar.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click()
    await page.getByRole('menuitem', { name: 'Undo Add dependency ‘Treasures of the Silk Road: Liaoning Bronzes → Seminar: Telling cultural stories across languages’' }).waitFor()
    await page.keyboard.press('Escape')
    // Each save is awaited by what lands on disk.
    const into = async () => (await planOnDisk(file)).dependencies.filter((d) => d.to === 'e-tashkent-seminar').map((d) => d.from)
    await pressShortcut('Mod+S')
    await soon(into).toEqual(['e-silk-treasures-almaty'])
    await pressShortcut('Mod+Z')
    await pressShortcut('Mod+S')
    await soon(into).toEqual([])
    await pressShortcut('Mod+Z')
    await pressShortcut('Mod+S')
    await soon(into).toEqual(['e-training-spring'])
  })

  it('lists the plan’s channels from Plan ▸ Channels…, adds, edits and deletes one (asking about its uses)', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    const openList = async (item: string) => {
      await page.getByRole('menubar').getByRole('menuitem', { name: 'Plan' }).click()
      await page.getByRole('menu', { name: 'Plan' }).getByRole('menuitem', { name: item }).click()
    }
    await openList('Channels…')
    const channels = page.getByRole('dialog', { name: 'Channels' })
    await soon(() => channels.getByRole('row').count()).toBeGreaterThan(2)
    await page.screenshot({ path: '/tmp/shots/g-channels.png' })
    expect(await seriousViolations(page, '.ed-lists')).toEqual([])

    await channels.getByRole('button', { name: 'New…' }).click()
    const created = ui.editor('New channel')
    await created.getByRole('textbox', { name: 'Name', exact: true }).fill('Podcast')
    await created.getByRole('textbox', { name: 'Name in a second language' }).fill('播客')
    await ui.save(created)
    await soon(() => channels.getByRole('row', { name: /Podcast/ }).innerText()).toContain('播客')

    await channels.getByRole('button', { name: 'Edit ‘Podcast’' }).click()
    const edited = ui.editor(/Podcast/)
    await edited.getByRole('textbox', { name: 'Name', exact: true }).fill('Podcast series')
    await ui.save(edited)
    await channels.getByRole('row', { name: /Podcast series/ }).waitFor()

    // A channel events use: the delete question lists them, and Cancel returns to the list.
    const before = await planOnDisk(file)
    const used = before.channels.find((c) => before.events.some((e) => e.channelIds.includes(c.id)))!
    await channels.getByRole('button', { name: `Delete ‘${used.name}’` }).click()
    const question = page.getByRole('alertdialog', { name: new RegExp(`Delete channel ‘${used.name}’`) })
    await soon(() => question.innerText()).toContain('It is used by')
    await page.screenshot({ path: '/tmp/shots/g-channel-delete.png' })
    await question.getByRole('button', { name: 'Cancel' }).click()
    // One nothing uses goes at once (Undo brings it back), without a question.
    await channels.getByRole('button', { name: 'Delete ‘Podcast series’' }).click()
    await soon(() => channels.getByRole('row', { name: /Podcast/ }).count()).toBe(0)
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    await channels.getByRole('button', { name: 'Close' }).click()

    await openList('Audiences…')
    const audiences = page.getByRole('dialog', { name: 'Audiences' })
    await soon(() => audiences.getByRole('row').count()).toBeGreaterThan(2)
    await page.screenshot({ path: '/tmp/shots/g-audiences.png' })
    await page.keyboard.press('Escape')
    await openList('Strategies…')
    await page.getByRole('dialog', { name: 'Strategies' }).getByRole('button', { name: 'New…' }).click()
    const strategy = ui.editor('New strategy')
    await strategy.getByRole('textbox', { name: 'Name', exact: true }).fill('Co-create with local media')
    await ui.save(strategy)
    await page.keyboard.press('Escape')

    await pressShortcut('Mod+S')
    await soon(async () => (await planOnDisk(file)).strategies.map((s) => s.name)).toContain('Co-create with local media')
    const saved = await planOnDisk(file)
    expect(saved.channels.map((c) => c.name)).not.toContain('Podcast series')
    expect(saved.channels.map((c) => c.name)).toContain(used.name)
  })

  it('Ctrl+E on a focused timeline item starts a new event in its lane, on its first day', async () => {
    const { page, pressShortcut } = await startCaravan({ plan: await dayZoomPlan() })
    const ui = editingUi(page)
    await page.locator('.tl-item').first().waitFor()
    await ui.view('Events')
    await page.getByRole('row', { name: /Treasures of the Silk Road/ }).click()
    await ui.view('Timeline')
    const treasures = timelineItem(page, 'Treasures of the Silk Road')
    await soon(() => onScreen(page, treasures)).toBe(true)
    await treasures.focus()
    await pressShortcut('Mod+E')
    const event = ui.editor('New event')
    await soon(() => event.getByLabel('First day').inputValue()).toBe('15/04/2027') // the en-GB browser's format
    const partners = event.getByRole('list', { name: 'Partners chosen' })
    await soon(() => partners.innerText()).toContain('Almaty Museum of Arts')
  })
})
