// Version history and the common ancestor: three saves are three versions; restoring the first
// brings the plan back as it was in one undo step; a copy made from a saved version merges against
// that version, and a copy that shares none is compared two-way, which the merge view says.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { repoRoot, samplePlan, soon, startCaravan, textOf } from './harness'

const sampleTitle = 'Liaoning culture along the Silk Road, 2027'

async function rename(page: Page, title: string): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Plan properties…' }).click()
  const properties = page.getByRole('dialog', { name: 'Plan properties' })
  await properties.getByLabel('Title', { exact: true }).fill(title)
  await properties.getByRole('button', { name: 'Apply' }).click()
  await properties.waitFor({ state: 'hidden' })
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click()
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click()
}

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as { title: string; revision?: string; lineage?: string[] }

describe('version history', () => {
  it('lists three saves newest first, restores the first in one undo step, and saves it as a new revision', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)
    for (const title of ['Silk Road 2027, draft 1', 'Silk Road 2027, draft 2', 'Silk Road 2027, draft 3']) {
      await rename(page, title)
      await pressShortcut('Mod+S')
      await soon(async () => (await onDisk(file)).title).toBe(title)
    }
    const third = await onDisk(file)
    expect(third.lineage).toHaveLength(2)

    await fileMenu(page, 'Browse Versions…')
    const dialog = page.getByRole('dialog', { name: 'Versions of ‘Silk Road 2027, draft 3’' })
    const list = dialog.getByRole('listbox', { name: 'Saved versions, newest first' })
    await soon(() => list.getByRole('option').count()).toBe(3)
    await expect.poll(() => list.getByRole('option').first().innerText()).toContain('current')
    await soon(() => textOf(list.getByRole('option').nth(0))).toContain('1 change: The plan itself: title')
    // The oldest, by keyboard; its preview says what it holds.
    await list.focus()
    await page.keyboard.press('End')
    await soon(() => list.getByRole('option', { selected: true }).innerText()).toContain('1 change: The plan itself: title')
    expect(await list.getByRole('option').nth(2).getAttribute('aria-selected')).toBe('true')
    await soon(() => textOf(dialog.locator('.versions-preview'))).toContain('Title: Silk Road 2027, draft 1')

    // For a person to look at (out/ is not committed): the dialog on a 1280×720 screen, the newest selected.
    await page.keyboard.press('Home')
    await soon(() => textOf(dialog.locator('.versions-preview'))).toContain('title now Silk Road 2027, draft 3')
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: join(repoRoot, 'out/versions-dialog.png') })
    await page.keyboard.press('End')
    await soon(() => textOf(dialog.locator('.versions-preview'))).toContain('draft 1')

    await dialog.getByRole('button', { name: 'Restore' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Silk Road 2027, draft 1')
    await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click()
    const undo = page.getByRole('menuitem', { name: /^Undo Restore the version of / })
    await undo.click()
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Silk Road 2027, draft 3')
    await pressShortcut('Mod+Shift+Z')
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Silk Road 2027, draft 1')

    await pressShortcut('Mod+S')
    await soon(async () => (await onDisk(file)).title).toBe('Silk Road 2027, draft 1')
    const restored = await onDisk(file)
    expect(restored.lineage?.[0]).toBe(third.revision)
  })
})

describe('merging against the common ancestor', () => {
  it('merges a copy made from a saved version against that version, so its edit is taken without a question', async () => {
    const { page, dir, file, queueDialogs, pressShortcut } = await startCaravan()
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)
    await rename(page, 'Silk Road 2027 (sent to Almaty)')
    await pressShortcut('Mod+S')
    await soon(async () => (await onDisk(file)).title).toBe('Silk Road 2027 (sent to Almaty)')
    // The copy that went to Almaty, edited there (by hand, so it keeps the revision it was sent with).
    const other = join(dir, 'plan (Almaty).caravan')
    await copyFile(file, other)
    const theirs = JSON.parse(await readFile(other, 'utf8'))
    theirs.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status = 'cancelled'
    await writeFile(other, `${JSON.stringify(theirs, null, 2)}\n`)
    // Meanwhile ours moves on, and saves twice more; the undo history no longer holds the version sent.
    await rename(page, 'Silk Road 2027 (Shenyang office)')
    await pressShortcut('Mod+S')
    await soon(async () => (await onDisk(file)).title).toBe('Silk Road 2027 (Shenyang office)')

    await queueDialogs({ open: [other] })
    await fileMenu(page, 'Merge Another Copy…')
    const view = page.getByRole('dialog', { name: 'Merge ‘plan (Almaty).caravan’ into this plan' })
    await view.waitFor()
    await soon(() => textOf(view)).toContain('No conflicts: the two copies changed different things.')
    await soon(() => view.getByRole('region', { name: /from ‘plan \(Almaty\)\.caravan’/ }).getByRole('listitem').allInnerTexts()).toEqual([
      'Event ‘Nowruz & Spring Festival joint concert’ (纳吾肉孜节与春节联合音乐会): status now Cancelled',
    ])
    expect(await view.getByRole('note').count()).toBe(0)
    await view.getByRole('button', { name: 'Apply merge' }).click()
    await view.waitFor({ state: 'hidden' })
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Silk Road 2027 (Shenyang office)')
  })

  it('compares a copy that shares no revision two-way, every difference a choice, and says so', async () => {
    const { page, dir, file, queueDialogs, pressShortcut } = await startCaravan()
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)
    await rename(page, 'Silk Road 2027 (Shenyang office)')
    await pressShortcut('Mod+S')
    await soon(async () => (await onDisk(file)).title).toBe('Silk Road 2027 (Shenyang office)')
    const theirs = JSON.parse(await readFile(file, 'utf8'))
    theirs.revision = 'r-20261101-0900-else'
    delete theirs.lineage
    theirs.title = sampleTitle
    theirs.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status = 'cancelled'
    const other = join(dir, 'plan (elsewhere).caravan')
    await writeFile(other, `${JSON.stringify(theirs, null, 2)}\n`)

    await queueDialogs({ open: [other] })
    await fileMenu(page, 'Merge Another Copy…')
    const view = page.getByRole('dialog', { name: 'Merge ‘plan (elsewhere).caravan’ into this plan' })
    await view.waitFor()
    await soon(() => textOf(view.getByRole('note'))).toContain('No common earlier version of the two copies was found')
    await soon(() => textOf(view)).toContain('2 differences between the copies: choose')
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: join(repoRoot, 'out/merge-two-way.png') })
    await view.getByRole('group', { name: 'The plan itself — title' }).getByRole('radio', { name: `Take theirs: ${sampleTitle}` }).check()
    await view.getByRole('button', { name: 'Apply merge' }).click()
    await view.waitFor({ state: 'hidden' })
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)
  })

  it('merges the file someone else saved into unsaved edits from the changed-on-disk notice, and saves without asking again', async () => {
    const { page, file, pressShortcut } = await startCaravan()
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)
    await rename(page, 'Silk Road 2027 (Shenyang office)')
    // A colleague saves the same file on the shared drive: another event's status.
    const theirs = JSON.parse(await readFile(file, 'utf8'))
    theirs.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status = 'cancelled'
    await writeFile(file, `${JSON.stringify(theirs, null, 2)}\n`)
    const notice = page.locator('.notice-bar')
    await notice.getByRole('button', { name: 'Merge theirs into mine…' }).click()
    const view = page.getByRole('dialog', { name: 'Merge ‘sample.caravan’ into this plan' })
    await soon(() => view.getByRole('region', { name: /from ‘sample\.caravan’/ }).getByRole('listitem').allInnerTexts()).toEqual([
      'Event ‘Nowruz & Spring Festival joint concert’ (纳吾肉孜节与春节联合音乐会): status now Cancelled',
    ])
    await view.getByRole('button', { name: 'Apply merge' }).click()
    await view.waitFor({ state: 'hidden' })
    await soon(() => notice.count()).toBe(0)
    await pressShortcut('Mod+S')
    await soon(async () => (await onDisk(file)).title).toBe('Silk Road 2027 (Shenyang office)')
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(saved.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status).toBe('cancelled')
  })

  it('offers the choices `caravan merge` left in the file when it is opened, and saves the decision without them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'caravan-open-conflicts-'))
    const plan = JSON.parse(await readFile(samplePlan, 'utf8'))
    plan.mergeConflicts = [{ kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', theirs: 'cancelled' }]
    const left = join(folder, 'merged.caravan')
    await writeFile(left, `${JSON.stringify(plan, null, 2)}\n`)
    const { page, file, pressShortcut } = await startCaravan({ plan: left })
    const dialog = page.getByRole('dialog', { name: 'Choices left open by a merge' })
    await dialog.waitFor()
    const choice = dialog.getByRole('group', { name: 'Event ‘Nowruz & Spring Festival joint concert’ (纳吾肉孜节与春节联合音乐会) — status' })
    await choice.getByRole('radio', { name: 'Take theirs: Cancelled' }).check()
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await pressShortcut('Mod+S')
    await soon(async () => JSON.parse(await readFile(file, 'utf8')).mergeConflicts).toBeUndefined()
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(saved.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status).toBe('cancelled')
    await rm(folder, { recursive: true, force: true })
  })
})
