// File ▸ Merge Another Copy…: a planner edits the open plan, merges a colleague's edited copy with
// a conflicting edit, decides the conflict in the merge view, applies, saves, and the file holds
// both copies' clean edits and passes `caravan validate`.
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProject } from '../../src/shared/format'
import { repoRoot, soon, startCaravan, textOf } from './harness'

const sampleTitle = 'Liaoning culture along the Silk Road, 2027'

describe('merging another copy of the plan', () => {
  it('lists the conflict, takes the chosen side and both copies’ clean edits in one undo step, and saves a valid plan', async () => {
    const { page, dir, file, queueDialogs, pressShortcut } = await startCaravan()
    await soon(() => textOf(page.locator('#plan-title'))).toContain(sampleTitle)

    // Ours: a new title (which theirs also changed) and a new second-language title (only ours).
    await page.getByRole('toolbar').getByRole('button', { name: 'Plan properties…' }).click()
    const properties = page.getByRole('dialog', { name: 'Plan properties' })
    await properties.getByLabel('Title', { exact: true }).fill('Silk Road 2027 (Shenyang office)')
    await properties.getByLabel(/second language/i).fill('2027 丝路行（沈阳）')
    await properties.getByRole('button', { name: 'Apply' }).click()
    await properties.waitFor({ state: 'hidden' })

    // Theirs: the copy that came back from Almaty, edited from the same file.
    const theirs = JSON.parse(await readFile(file, 'utf8'))
    theirs.title = 'Silk Road 2027 (Almaty office)'
    theirs.events.find((e: { id: string }) => e.id === 'e-nowruz-concert').status = 'cancelled'
    theirs.events.find((e: { id: string }) => e.id === 'e-tashkent-seminar').notes = 'Interpreters booked'
    Object.assign(theirs.events.find((e: { id: string }) => e.id === 'e-silk-treasures-almaty'), { start: '2027-05-01', end: '2027-07-16' })
    const other = join(dir, 'plan (Almaty).caravan')
    await writeFile(other, `${JSON.stringify(theirs, null, 2)}\n`)

    await queueDialogs({ open: [other] })
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click()
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Merge Another Copy…' }).click()
    const view = page.getByRole('dialog', { name: 'Merge ‘plan (Almaty).caravan’ into this plan' })
    await view.waitFor()
    const conflict = view.getByRole('group', { name: 'The plan itself — title' })
    await soon(() => textOf(conflict)).toContain('Keep yours: Silk Road 2027 (Shenyang office)')
    const fromTheirs = await view.getByRole('region', { name: /changes from ‘plan \(Almaty\)\.caravan’/ }).getByRole('listitem').allInnerTexts()
    expect(fromTheirs).toHaveLength(3)
    expect(fromTheirs).toContain('Event ‘Nowruz & Spring Festival joint concert’ (纳吾肉孜节与春节联合音乐会): status now Cancelled')
    expect(fromTheirs).toContain('Event ‘Seminar: Telling cultural stories across languages’ (跨语言讲好文化故事研讨会): notes now Interpreters booked')
    // The preview on the timeline shows the one item whose dates the merge changes, now and merged.
    const preview = view.getByRole('region', { name: 'On the timeline: 1 item moves' })
    const moved = preview.getByRole('listitem')
    expect(await moved.count()).toBe(1)
    expect(await moved.getAttribute('aria-label')).toMatch(/^Event ‘Treasures of the Silk Road: Liaoning Bronzes’.*: now .*, merged .*1.*16 Jul.*2027/)
    // For a person to look at (out/ is not committed): the merge view on a 1280×720 screen.
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: join(repoRoot, 'out/merge-view.png') })

    await conflict.getByRole('radio', { name: 'Take theirs: Silk Road 2027 (Almaty office)' }).check()
    await view.getByRole('button', { name: 'Apply merge' }).click()
    await view.waitFor({ state: 'hidden' })
    await soon(() => textOf(page.locator('#plan-title'))).toContain('Silk Road 2027 (Almaty office)')
    await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click()
    await page.getByRole('menuitem', { name: 'Undo Merge ‘plan (Almaty).caravan’: 3 changes, 1 conflicts resolved' }).waitFor()
    await page.keyboard.press('Escape')

    await pressShortcut('Mod+S')
    await soon(() => textOf(page.locator('.status-message'))).toBe('Saved sample.caravan')
    const saved = parseProject(await readFile(file, 'utf8'))
    if (!saved.ok) throw new Error('the saved plan does not read back')
    expect(saved.project.title).toBe('Silk Road 2027 (Almaty office)')
    expect(saved.project.titleLocal).toBe('2027 丝路行（沈阳）')
    expect(saved.project.events.find((e) => e.id === 'e-nowruz-concert')!.status).toBe('cancelled')
    expect(saved.project.events.find((e) => e.id === 'e-tashkent-seminar')!.notes).toBe('Interpreters booked')
    expect(saved.project.events.find((e) => e.id === 'e-silk-treasures-almaty')).toMatchObject({ start: '2027-05-01', end: '2027-07-16' })
    expect(saved.project).not.toHaveProperty('mergeConflicts')
    const check = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', file], { cwd: repoRoot, encoding: 'utf8' })
    expect(check.status, check.stdout).toBe(0)
  })
})
