// What a planner does with files in the window: open, edit, save, undo, save as, open a broken
// file, and the questions about unsaved changes and edits made by someone else.
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseProject } from '../../src/shared/format'
import { startCaravan, textOf, soon } from './harness'

const sampleTitle = 'Liaoning culture along the Silk Road, 2027'
const sampleTitleLocal = '2027 辽宁文化丝路行'

const ui = (page: Page) => ({
  planTitle: page.locator('#plan-title'),
  saveStatus: page.locator('.status-message'),
  toolbarButton: (name: string | RegExp) => page.getByRole('toolbar').getByRole('button', { name }),
  alert: page.getByRole('alertdialog'),
  /** Opens Plan properties from the toolbar and applies a new title. */
  async renamePlan(title: string) {
    await this.toolbarButton('Plan properties…').click()
    const dialog = page.getByRole('dialog', { name: 'Plan properties' })
    await dialog.getByLabel('Title', { exact: true }).fill(title)
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await dialog.waitFor({ state: 'hidden' })
  },
  async savedAs(name: string) {
    await soon(() => textOf(this.saveStatus)).toBe(`Saved ${name}`)
  },
})


/** The file's content without what every save records of its history (when, and which revision of which). */
const withoutHistory = (text: string) => {
  const { modifiedAt: _m, revision: _r, lineage: _l, ...content } = JSON.parse(text)
  return content
}

describe('files in the window', () => {
  it('opens the served plan with its title in both languages and its events', async () => {
    const { page } = await startCaravan()
    const view = ui(page)
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    await soon(() => textOf(view.planTitle)).toContain(sampleTitleLocal)
    // The timeline is the main screen; the list view shows the whole plan as tables.
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes, 15 Apr – 30 Jun 2027/ }).first().waitFor()
    await page.getByRole('button', { name: 'List', exact: true }).click()
    await page.getByRole('rowheader', { name: /Treasures of the Silk Road: Liaoning Bronzes/ }).waitFor()
    await page.getByRole('heading', { name: /Partners/ }).waitFor()
    await page.getByRole('heading', { name: /Co-productions/ }).waitFor()
    await soon(() => page.title()).toBe(`${sampleTitle} — Caravan`)
  })

  it('saving an unchanged plan leaves the file byte for byte as it was', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const before = await readFile(file)
    await soon(() => textOf(ui(page).planTitle)).toContain(sampleTitle)
    await pressShortcut('Mod+S')
    await ui(page).savedAs('sample.caravan')
    expect((await readFile(file)).equals(before)).toBe(true)
  })

  it('a rename marks the plan unsaved, and saving writes it with a backup of the old file', async () => {
    const { page, file, pressShortcut, hostState } = await startCaravan()
    const view = ui(page)
    const before = await readFile(file, 'utf8')
    await view.renamePlan('Silk Road 2028')
    await soon(() => textOf(view.planTitle)).toContain('Silk Road 2028')
    await soon(() => page.title()).toBe('● Silk Road 2028 — Caravan')
    await soon(() => hostState()).toMatchObject({ title: 'Silk Road 2028', dirty: true })

    await pressShortcut('Mod+S')
    await view.savedAs('sample.caravan')
    await soon(() => page.title()).toBe('Silk Road 2028 — Caravan')
    await soon(() => hostState()).toMatchObject({ title: 'Silk Road 2028', dirty: false })
    const after = await readFile(file, 'utf8')
    const parsed = parseProject(after)
    expect(parsed.ok).toBe(true)
    expect(parsed.ok && parsed.project.title).toBe('Silk Road 2028')
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(before)
  })

  it('undo after saving brings the old title back as an unsaved change, and saving restores the file', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const view = ui(page)
    const original = await readFile(file, 'utf8')
    await view.renamePlan('Silk Road 2028')
    await pressShortcut('Mod+S')
    await view.savedAs('sample.caravan')

    await page.getByRole('menuitem', { name: 'Edit' }).click()
    await page.getByRole('menuitem', { name: 'Undo Rename plan' }).waitFor()
    await page.keyboard.press('Escape')

    await pressShortcut('Mod+Z')
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    await soon(() => page.title()).toBe(`● ${sampleTitle} — Caravan`)
    await view.toolbarButton('Redo Rename plan').waitFor()

    await pressShortcut('Mod+S')
    await view.savedAs('sample.caravan')
    await soon(() => page.title()).toBe(`${sampleTitle} — Caravan`)
    // The same plan again, saved as a new revision that descends from the one it undid.
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(withoutHistory(await readFile(file, 'utf8'))).toEqual(withoutHistory(original))
    expect(saved.lineage).toHaveLength(1)
  })

  it('Save As writes the plan to the chosen path and carries on there', async () => {
    const { page, dir, file, queueDialogs, pressShortcut } = await startCaravan()
    const view = ui(page)
    const copy = join(dir, 'copy for the director.caravan')
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    await queueDialogs({ save: [copy] })
    await pressShortcut('Mod+Shift+S')
    await view.savedAs('copy for the director.caravan')
    const parsed = parseProject(await readFile(copy, 'utf8'))
    expect(parsed.ok && parsed.project.title).toBe(sampleTitle)
    expect(existsSync(file)).toBe(true)
    await soon(() => textOf(page.locator('.status-path'))).toBe(copy)
  })

  it('opening a broken file lists its problems by the name of the event and its place, and keeps the plan available', async () => {
    const { page, dir, queueDialogs } = await startCaravan()
    const view = ui(page)
    const broken = join(dir, 'broken.caravan')
    const plan = JSON.parse(await readFile(join(dir, 'sample.caravan'), 'utf8')) as { events: { title: string; start: string; end: string }[] }
    Object.assign(plan.events[3]!, { title: 'Nowruz concert', start: '2027-05-12', end: '2027-05-10' })
    await writeFile(broken, `${JSON.stringify(plan, null, 2)}\n`)

    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    await queueDialogs({ open: [broken] })
    await view.toolbarButton('Open…').click()
    await page.getByRole('heading', { name: "This file can't be opened" }).waitFor()
    await page.getByText(broken).waitFor()
    const problem = page.locator('.issue-list li').filter({ hasText: 'events[3].end' })
    await soon(() => textOf(problem)).toBe('Event ‘Nowruz concert’ (events[3].end) — ends before it starts (10 May < 12 May 2027)')

    await page.getByRole('button', { name: `Back to ${sampleTitle}` }).click()
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
  })

  it('a file that is not a plan at all is explained, and another can be opened from there', async () => {
    const { page, dir, queueDialogs } = await startCaravan()
    const notes = join(dir, 'notes.caravan')
    await writeFile(notes, 'Meeting notes, not a plan\n')
    await queueDialogs({ open: [notes] })
    await ui(page).toolbarButton('Open…').click()
    await page.getByRole('heading', { name: "This file can't be opened" }).waitFor()
    await page.locator('.issue-list li').first().waitFor()

    await queueDialogs({ open: [join(dir, 'sample.caravan')] })
    await page.getByRole('button', { name: 'Open another file…' }).click()
    await soon(() => textOf(ui(page).planTitle)).toContain(sampleTitle)
  })

  it('New with unsaved changes asks first; Cancel keeps the plan and its changes', async () => {
    const { page, pressShortcut } = await startCaravan()
    const view = ui(page)
    await view.renamePlan('Silk Road 2028')
    await pressShortcut('Mod+N')
    await soon(() => textOf(view.alert)).toContain('Save changes to ‘Silk Road 2028’ before creating a new plan?')
    await soon(() => view.alert.getByRole('button').allInnerTexts()).toEqual(['Save', "Don't Save", 'Cancel'])
    await view.alert.getByRole('button', { name: 'Cancel' }).click()
    await view.alert.waitFor({ state: 'hidden' })
    await soon(() => textOf(view.planTitle)).toContain('Silk Road 2028')
    await soon(() => page.title()).toBe('● Silk Road 2028 — Caravan')
  })

  it("New with unsaved changes and Don't Save starts an untitled plan that is unsaved until saved", async () => {
    const { page, dir, file, queueDialogs, pressShortcut } = await startCaravan()
    const view = ui(page)
    const before = await readFile(file)
    await view.renamePlan('Silk Road 2028')
    await pressShortcut('Mod+N')
    await view.alert.getByRole('button', { name: "Don't Save" }).click()
    await soon(() => textOf(view.planTitle)).toBe('Untitled plan')
    await soon(() => page.title()).toBe('● Untitled plan — Caravan')
    expect((await readFile(file)).equals(before)).toBe(true)

    const fresh = join(dir, 'new plan.caravan')
    await queueDialogs({ save: [fresh] })
    await pressShortcut('Mod+S')
    await view.savedAs('new plan.caravan')
    const parsed = parseProject(await readFile(fresh, 'utf8'))
    expect(parsed.ok && parsed.project.title).toBe('Untitled plan')
  })

  it('closing the window with unsaved changes asks first; Esc cancels', async () => {
    const { page, requestClose } = await startCaravan()
    const view = ui(page)
    await view.renamePlan('Silk Road 2028')
    await requestClose()
    await soon(() => textOf(view.alert)).toContain('Save changes to ‘Silk Road 2028’ before closing?')
    await page.keyboard.press('Escape')
    await view.alert.waitFor({ state: 'hidden' })
    await soon(() => textOf(view.planTitle)).toContain('Silk Road 2028')
  })

  it('the native menu runs the same Save command', async () => {
    const { page, file, menuCommand } = await startCaravan()
    const view = ui(page)
    await view.renamePlan('Silk Road 2028')
    await menuCommand('file.save')
    await view.savedAs('sample.caravan')
    const parsed = parseProject(await readFile(file, 'utf8'))
    expect(parsed.ok && parsed.project.title).toBe('Silk Road 2028')
  })

  it('a file changed on disk by someone else is never overwritten without asking', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    const view = ui(page)
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    const theirs = (await readFile(file, 'utf8')).replace(sampleTitle, 'Their edit')
    await writeFile(file, theirs)
    await view.renamePlan('Our edit')

    await pressShortcut('Mod+S')
    await soon(() => textOf(view.alert)).toContain('sample.caravan was changed on disk by someone else since you opened it.')
    await soon(() => view.alert.getByRole('button').allInnerTexts()).toEqual(['Save a copy…', 'Overwrite', 'Cancel'])
    await view.alert.getByRole('button', { name: 'Cancel' }).click()
    expect(await readFile(file, 'utf8')).toBe(theirs)
    await soon(() => page.title()).toBe('● Our edit — Caravan')

    await pressShortcut('Mod+S')
    await view.alert.getByRole('button', { name: 'Overwrite' }).click()
    await view.savedAs('sample.caravan')
    const parsed = parseProject(await readFile(file, 'utf8'))
    expect(parsed.ok && parsed.project.title).toBe('Our edit')
  })

  it('a change on disk is announced: with nothing unsaved, Reload shows theirs; with edits, Reload and lose mine', async () => {
    const { page, file } = await startCaravan()
    const view = ui(page)
    await soon(() => textOf(view.planTitle)).toContain(sampleTitle)
    await writeFile(file, (await readFile(file, 'utf8')).replace(sampleTitle, 'Their first edit'))
    const notice = page.locator('.notice-bar')
    await soon(() => textOf(notice)).toContain('sample.caravan was changed on disk by someone else.')
    await notice.getByRole('button', { name: 'Reload' }).click()
    await soon(() => textOf(view.planTitle)).toContain('Their first edit')

    await view.renamePlan('Our edit')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Their first edit', 'Their second edit'))
    await soon(() => notice.getByRole('button').allInnerTexts()).toEqual(['Keep mine', 'Merge theirs into mine…', 'Save mine as a copy…', 'Reload and lose mine'])
    await notice.getByRole('button', { name: 'Reload and lose mine' }).click()
    await soon(() => textOf(view.planTitle)).toContain('Their second edit')
    await soon(() => page.title()).toBe('Their second edit — Caravan')
  })

  it('the plan properties dialog refuses an empty title and says why next to the field', async () => {
    const { page } = await startCaravan()
    const view = ui(page)
    await view.toolbarButton('Plan properties…').click()
    const dialog = page.getByRole('dialog', { name: 'Plan properties' })
    const title = dialog.getByLabel('Title', { exact: true })
    await title.fill('   ')
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await soon(() => textOf(dialog)).toContain('Enter a title for the plan.')
    await soon(() => title.getAttribute('aria-invalid')).toBe('true')
    await soon(() => title.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await soon(() => page.title()).toBe(`${sampleTitle} — Caravan`)
  })
})
