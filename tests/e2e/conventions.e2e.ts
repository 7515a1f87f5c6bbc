// The desktop editing conventions on the workspace core: view changes are not edits, Delete asks
// about uses and undoes, copy and paste of events into another lane and day, the focus staying on
// a moved item, the context menu, and Open Recent.
import { mkdir, readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseProject, type Project } from '../../src/shared/format'
import { startCaravan, soon, textOf } from './harness'

async function planOnDisk(file: string): Promise<Project> {
  const result = parseProject(await readFile(file, 'utf8'))
  if (!result.ok) throw new Error(`The saved file does not read back: ${JSON.stringify(result.errors)}`)
  return result.project
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' })
const item = (page: Page, title: string) => timeline(page).getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first()
const focusedLabel = async (page: Page) => (await page.locator(':focus').getAttribute('aria-label')) ?? ''
const saved = async (page: Page, name = 'sample.caravan') => {
  await page.keyboard.press('ControlOrMeta+S')
  await soon(() => textOf(page.locator('.status-message'))).toBe(`Saved ${name}`)
}

describe('desktop editing conventions', () => {
  it('zoom, regroup and a collapsed lane are not edits: New asks nothing, Undo stays greyed', async () => {
    const { page } = await startCaravan()
    await item(page, 'Treasures of the Silk Road').waitFor()
    await timeline(page).getByRole('button', { name: 'Week', exact: true }).click()
    await timeline(page).getByLabel('Group by').selectOption('country')
    await timeline(page).getByRole('button', { name: /^Collapse / }).first().click()
    await soon(() => page.title()).toBe('Liaoning culture along the Silk Road, 2027 — Caravan')
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true }).getAttribute('aria-disabled')).toBe('true')
    await page.keyboard.press('ControlOrMeta+N')
    await soon(() => page.title()).toBe('● Untitled plan — Caravan')
    expect(await page.getByRole('alertdialog').count()).toBe(0)
  })

  it('Delete on a selected event lists what uses it, deletes on confirm, and Ctrl+Z brings it back', async () => {
    const { page, file } = await startCaravan()
    const seminar = item(page, 'Seminar: Telling cultural stories across languages')
    await seminar.click()
    await page.keyboard.press('Delete')
    const question = page.getByRole('alertdialog', { name: 'Delete event ‘Seminar: Telling cultural stories across languages’?' })
    await soon(() => question.innerText()).toContain('International communication talent camp (spring cohort)')
    await question.getByRole('button', { name: 'Remove references and delete' }).click()
    await soon(() => seminar.count()).toBe(0)
    await saved(page)
    const after = await planOnDisk(file)
    expect(after.events.some((e) => e.id === 'e-tashkent-seminar')).toBe(false)
    expect(after.dependencies.some((d) => d.to === 'e-tashkent-seminar')).toBe(false)
    await page.keyboard.press('ControlOrMeta+Z')
    await seminar.waitFor()
    await saved(page)
    expect((await planOnDisk(file)).dependencies.some((d) => d.to === 'e-tashkent-seminar')).toBe(true)
  })

  it('copies an event and pastes it into the focused lane on the focused day, as a new event that saves valid', async () => {
    const { page, file } = await startCaravan()
    await item(page, 'Guqin and Oud').click()
    await page.keyboard.press('ControlOrMeta+C')
    // The target: the Belgrade Film Centre's lane, on the day of its film nights.
    await item(page, 'Northeast China on screen').focus()
    await page.keyboard.press('ControlOrMeta+V')
    await soon(() => timeline(page).getByRole('button', { name: /^Guqin and Oud: a dialogue of strings, .*Belgrade Film Centre$/ }).count()).toBe(1)
    await soon(() => focusedLabel(page)).toMatch(/^Guqin and Oud/)
    await saved(page)
    const after = await planOnDisk(file)
    const copies = after.events.filter((e) => e.title === 'Guqin and Oud: a dialogue of strings')
    expect(copies).toHaveLength(2)
    const pasted = copies.find((e) => e.id !== 'e-cairo-guqin')!
    expect(pasted).toMatchObject({ start: '2027-12-02T20:00', partnerIds: ['p-belgrade-film'], timeZone: 'Africa/Cairo' })
  })

  it('after a keyboard move to another lane the moved item keeps the focus', async () => {
    const { page } = await startCaravan()
    const opening = item(page, 'Exhibition opening ceremony, Almaty')
    await opening.focus()
    await page.keyboard.press('Space')
    const announcements = page.locator('[id^="DndLiveRegion"]')
    await soon(() => textOf(announcements)).toContain('Picked up ‘Exhibition opening ceremony, Almaty’')
    await page.keyboard.press('ArrowDown')
    await soon(() => textOf(announcements)).toContain('Steppe Broadcasting Company')
    await page.keyboard.press('Enter')
    await soon(() => focusedLabel(page)).toMatch(/^Exhibition opening ceremony, Almaty, .*Steppe Broadcasting Company$/)
  })

  it('a right-click on an item offers its commands; Duplicate makes a copy, selected', async () => {
    const { page } = await startCaravan()
    await item(page, 'Treasures of the Silk Road').click({ button: 'right' })
    const menu = page.getByRole('menu', { name: 'Item actions' })
    await soon(() => menu.getByRole('menuitem').allInnerTexts()).toEqual(['Edit…', 'Cut\nCtrl+X', 'Copy\nCtrl+C', 'Paste\nCtrl+V', 'Duplicate\nCtrl+D', 'Delete\nDel'])
    await page.screenshot({ path: '/tmp/shots/context-menu.png' })
    await menu.getByRole('menuitem', { name: /Duplicate/ }).click()
    await soon(() => timeline(page).getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes \(copy\)/ }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('toolbar').getByRole('button', { name: /^Undo Duplicate/ }).count()).toBe(1)
  })

  it('a save where the backup cannot be kept still saves the plan, and says so', async () => {
    const { page, file } = await startCaravan()
    await item(page, 'Treasures of the Silk Road').click()
    await page.keyboard.press('ControlOrMeta+D')
    // Someone left a folder where the backup goes.
    await mkdir(`${file}.bak`)
    await page.keyboard.press('ControlOrMeta+S')
    const warning = page.getByRole('alertdialog', { name: 'Saved sample.caravan, with a warning' })
    await soon(() => warning.innerText()).toContain('its previous version could not be kept as')
    await warning.getByRole('button', { name: 'OK' }).click()
    expect((await planOnDisk(file)).events.some((e) => e.title === 'Treasures of the Silk Road: Liaoning Bronzes (copy)')).toBe(true)
  })

  it('File ▸ Open Recent lists the plan opened, and reopens it', async () => {
    const { page } = await startCaravan()
    await item(page, 'Treasures of the Silk Road').waitFor()
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click()
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Open Recent' }).click()
    const recent = page.getByRole('menu', { name: 'Open Recent' })
    await recent.getByRole('menuitem', { name: 'sample.caravan' }).click()
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Liaoning culture along the Silk Road, 2027')
  })
})

describe('recovery after a crash', () => {
  it('keeps unsaved edits through a killed host: the next start offers them, Recover brings them back, Save writes them', async () => {
    const session = await startCaravan()
    const { file } = session
    let page = session.page
    await item(page, 'Treasures of the Silk Road').click()
    await page.keyboard.press('ControlOrMeta+D')
    await soon(() => page.title()).toMatch(/^● /)
    // Autosave writes the journal within 2 s after the edits stop.
    await new Promise((r) => setTimeout(r, 2000))
    page = await session.crashAndRestart()
    const offer = page.getByRole('alertdialog', { name: 'Recover unsaved edits?' })
    await soon(() => offer.innerText()).toContain('1 edit, last: Duplicate ‘Treasures of the Silk Road: Liaoning Bronzes’')
    await page.screenshot({ path: '/tmp/shots/recovery.png' })
    await offer.getByRole('button', { name: /^Recover: / }).click()
    await soon(() => timeline(page).getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes \(copy\)/ }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('toolbar').getByRole('button', { name: /^Undo Duplicate/ }).count()).toBe(1)
    await saved(page)
    expect((await planOnDisk(file)).events.some((e) => e.title === 'Treasures of the Silk Road: Liaoning Bronzes (copy)')).toBe(true)
    // Saved: nothing is left to recover at the next start.
    page = await session.crashAndRestart()
    await item(page, 'Treasures of the Silk Road').waitFor()
    await new Promise((r) => setTimeout(r, 500))
    expect(await page.getByRole('alertdialog').count()).toBe(0)
  })
})

describe('a plan in use elsewhere', () => {
  it('a second Caravan on the same plan is told who has it, opens it read-only, and saves only a copy', async () => {
    const first = await startCaravan()
    await item(first.page, 'Treasures of the Silk Road').waitFor()
    const second = await startCaravan({ file: first.file })
    const page = second.page
    const question = page.getByRole('alertdialog', { name: 'sample.caravan is open elsewhere' })
    await soon(() => question.innerText()).toMatch(/Open by .+ on .+ since /)
    await question.getByRole('button', { name: 'Open read-only' }).click()
    await soon(() => page.title()).toBe('Liaoning culture along the Silk Road, 2027 (read-only) — Caravan')
    const before = await readFile(first.file, 'utf8')
    await item(page, 'Treasures of the Silk Road').click()
    await page.keyboard.press('ControlOrMeta+D')
    const copy = `${second.dir}/data/my copy.caravan`
    await second.queueDialogs({ save: [copy] })
    await page.keyboard.press('ControlOrMeta+S')
    await soon(() => textOf(page.locator('.status-message'))).toBe('Saved my copy.caravan')
    expect(await readFile(first.file, 'utf8')).toBe(before)
    expect((await planOnDisk(copy)).events.length).toBe((await planOnDisk(first.file)).events.length + 1)
  })
})
