// Building a plan without touching JSON: partners, venues and events made in the editors, saved
// to disk with their references, and deleted again without leaving a dangling id.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { generatePlan, parseProject, serializeProject, type Project } from '../../src/shared/format'
import { editingUi, soon } from './editingUi'
import { repoRoot, startCaravan } from './harness'

const run = promisify(execFile)

async function planOnDisk(file: string): Promise<Project> {
  const result = parseProject(await readFile(file, 'utf8'))
  if (!result.ok) throw new Error(`The saved file does not read back: ${JSON.stringify(result.errors)}`)
  return result.project
}

describe('editing the plan', () => {
  it('a partner with a Chinese name and an event with it at a new venue are saved with their references, and deleting the partner leaves no dangling id', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()

    await ui.insert('Partner…')
    const partner = ui.editor('New partner')
    await partner.getByRole('textbox', { name: 'Name', exact: true }).fill('Dunhuang Academy')
    await partner.getByRole('textbox', { name: 'Name in a second language' }).fill('敦煌研究院')
    await partner.getByLabel('Kind of organisation').selectOption('academic')
    await ui.pick(partner, /^Country/, '中国')
    await partner.getByRole('textbox', { name: 'City', exact: true }).fill('Dunhuang')
    await ui.save(partner)

    await ui.insert('Venue…')
    const venue = ui.editor('New venue')
    await venue.getByRole('textbox', { name: 'Name', exact: true }).fill('Mogao Visitor Centre')
    await venue.getByRole('textbox', { name: 'Name in a second language' }).fill('莫高窟数字展示中心')
    await ui.pick(venue, /^Country/, 'China')
    await venue.getByRole('textbox', { name: 'City', exact: true }).fill('Dunhuang')
    await ui.save(venue)

    await pressShortcut('Mod+E')
    const event = ui.editor('New event')
    await event.getByRole('textbox', { name: 'Title', exact: true }).fill('Dunhuang murals forum')
    await event.getByRole('textbox', { name: 'Title in a second language' }).fill('敦煌壁画论坛')
    await event.getByLabel('Kind of event').selectOption('forum')
    await event.getByLabel('First day').fill('2027-09-10')
    await event.getByLabel('Last day').fill('2027-09-11')
    await ui.pick(event, /^Venue/, '莫高窟')
    await ui.pick(event, 'Add to Partners', '敦煌研究院')
    await ui.save(event)

    await pressShortcut('Mod+S')
    await ui.savedAs('sample.caravan')
    const saved = await planOnDisk(file)
    const dunhuang = saved.partners.find((p) => p.name === 'Dunhuang Academy')!
    const mogao = saved.venues.find((v) => v.name === 'Mogao Visitor Centre')!
    const forum = saved.events.find((e) => e.title === 'Dunhuang murals forum')!
    expect(dunhuang).toMatchObject({ nameLocal: '敦煌研究院', kind: 'academic', country: 'CN', city: 'Dunhuang' })
    expect(mogao).toMatchObject({ country: 'CN', city: 'Dunhuang', timeZone: 'Asia/Shanghai' })
    expect(forum).toMatchObject({
      titleLocal: '敦煌壁画论坛',
      kind: 'forum',
      start: '2027-09-10',
      end: '2027-09-11',
      venueId: mogao.id,
      partnerIds: [dunhuang.id],
      country: 'CN',
      city: 'Dunhuang',
    })

    await ui.view('Partners')
    await page.getByRole('row', { name: /Dunhuang Academy/ }).click()
    await page.keyboard.press('Delete')
    const question = page.getByRole('alertdialog', { name: 'Delete partner ‘Dunhuang Academy’?' })
    await soon(() => question.innerText()).toContain('It is used by 1 event:')
    await soon(() => question.innerText()).toContain('Dunhuang murals forum')
    await question.getByRole('button', { name: 'Remove references and delete' }).click()
    await question.waitFor({ state: 'hidden' })
    await pressShortcut('Mod+S')
    await soon(async () => (await readFile(file, 'utf8')).includes(dunhuang.id)).toBe(false)
    const after = await planOnDisk(file)
    expect(after.partners.some((p) => p.id === dunhuang.id)).toBe(false)
    expect(after.events.find((e) => e.id === forum.id)?.partnerIds).toEqual([])
    const validate = await run(process.execPath, [join(repoRoot, 'bin/caravan.mjs'), 'validate', file])
    expect(validate.stdout + validate.stderr).not.toMatch(/error/i)
  })

  it('a form refuses a day that is not on the calendar, with the reason next to the field', async () => {
    const { page, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor()
    await pressShortcut('Mod+E')
    const event = ui.editor('New event')
    await event.getByRole('textbox', { name: 'Title', exact: true }).fill('Mid-autumn gala')
    const first = event.getByLabel('First day')
    await first.click()
    await page.keyboard.type('02302027')
    await event.getByLabel('Last day').focus()
    const message = 'This is not a date on the calendar. Check the day and month.'
    await soon(async () => (await first.getAttribute('aria-invalid')) === 'true').toBe(true)
    const describedBy = (await first.getAttribute('aria-describedby')) ?? ''
    await soon(() => page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).innerText()).toContain(message)
    await event.getByRole('button', { name: 'Save' }).click()
    await soon(() => event.getByRole('alert').innerText()).toContain('Please fix 1 problem before saving.')
    expect(await event.isVisible()).toBe(true)
  })

  it('undo of an edit restores the document: saved after undo, the file is as it was', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    const before = await readFile(file, 'utf8')
    // The content as it was; modifiedAt and the revision (with the one before it in the lineage)
    // say that this is a later save of it.
    const withoutModifiedAt = (text: string) =>
      text.replace(/"modifiedAt": "[^"]*"/, '"modifiedAt": "…"').replace(/\n\s*"revision": "[^"]*",/, '').replace(/\n\s*"lineage": \[[^\]]*\],/, '')
    await page.locator('#plan-title').waitFor()
    await ui.view('Venues')
    await page.getByRole('row', { name: /Almaty Museum of Arts, Main Hall/ }).dblclick()
    const venue = ui.editor('Edit venue ‘Almaty Museum of Arts, Main Hall’')
    await venue.getByRole('textbox', { name: 'Capacity' }).fill('750')
    await ui.save(venue)
    await soon(() => page.getByRole('row', { name: /Almaty Museum of Arts, Main Hall/ }).innerText()).toContain('750')
    await pressShortcut('Mod+S')
    await ui.savedAs('sample.caravan')
    expect((await planOnDisk(file)).venues.find((v) => v.id === 'v-almaty-hall')?.capacity).toBe(750)

    await page.getByRole('toolbar').getByRole('button', { name: 'Undo Edit venue ‘Almaty Museum of Arts, Main Hall’' }).click()
    await soon(() => page.getByRole('row', { name: /Almaty Museum of Arts, Main Hall/ }).innerText()).toContain('600')
    await pressShortcut('Mod+S')
    await soon(async () => withoutModifiedAt(await readFile(file, 'utf8'))).toBe(withoutModifiedAt(before))
    await pressShortcut('Mod+Y')
    await soon(() => page.getByRole('row', { name: /Almaty Museum of Arts, Main Hall/ }).innerText()).toContain('750')
  })

  it('a double-click on a timeline item edits it, the tables’ filter also filters the timeline, and quick find jumps to a partner', async () => {
    const { page, pressShortcut } = await startCaravan()
    const ui = editingUi(page)
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes,/ }).first().dblclick()
    const editor = ui.editor('Edit event ‘Treasures of the Silk Road: Liaoning Bronzes’')
    await editor.waitFor()
    await page.keyboard.press('Escape')
    await editor.waitFor({ state: 'hidden' })

    await ui.view('Events')
    await page.getByRole('searchbox', { name: 'Search events in either language' }).fill('青铜')
    await soon(() => page.getByRole('grid', { name: 'Events' }).getByRole('row').count()).toBe(2)
    await ui.view('Timeline')
    await soon(() => page.getByRole('status').filter({ hasText: 'Filtered' }).innerText()).toContain('the timeline shows 1 of 15 events')
    expect(await timeline.getByRole('button', { name: /^Exhibition opening ceremony, Almaty,/ }).count()).toBe(0)

    await pressShortcut('Mod+K')
    const find = page.getByRole('combobox', { name: 'Find an event, partner, venue or co-production' })
    await find.fill('Алматинский')
    // Enter shows the partner in its table, selected; Ctrl+Enter opens its editor.
    await find.press('Enter')
    await soon(() => page.getByRole('row', { name: /Almaty Museum of Arts/ }).first().getAttribute('aria-selected')).toBe('true')
    await pressShortcut('Mod+K')
    await find.fill('Алматинский')
    await find.press('ControlOrMeta+Enter')
    await ui.editor('Edit partner ‘Almaty Museum of Arts’').waitFor()
  })

  it('the events table of a 10,000-event plan keeps only the rows on screen in the DOM, and End reaches the last one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'caravan-big-'))
    onTestFinished(() => rm(folder, { recursive: true, force: true }))
    const big = join(folder, 'big.caravan')
    await writeFile(big, serializeProject(generatePlan({ events: 10_000, seed: 7 })))
    const { page } = await startCaravan({ plan: big })
    const ui = editingUi(page)
    await page.locator('#plan-title').waitFor({ timeout: 20_000 })
    await ui.view('Events')
    const grid = page.getByRole('grid', { name: 'Events' })
    await soon(() => grid.getAttribute('aria-rowcount')).toBe('10001')
    expect(await grid.getByRole('row').count()).toBeLessThan(60)
    await grid.getByRole('row').nth(1).click()
    await page.keyboard.press('End')
    await soon(() => page.locator('[role="row"]:focus').getAttribute('aria-rowindex')).toBe('10001')
    expect(await grid.getByRole('row').count()).toBeLessThan(60)
  })
})
