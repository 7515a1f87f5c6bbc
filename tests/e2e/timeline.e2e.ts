// The timeline as a planner uses it: drag an event by mouse and by keyboard, drop it on another
// partner's lane, stretch it, undo, fold a lane, and what each of these writes to the file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { generatePlan, serializeProject } from '../../src/shared/format'
import { dayZoomPlan, goToDate, soon, startCaravan, textOf } from './harness'

type Plan = {
  modifiedAt: string
  revision?: string
  lineage?: string[]
  events: { id: string; start: string; end: string; partnerIds: string[] }[]
  views?: { timeline?: { collapsed?: Record<string, string[]> } }
}



const ui = (page: Page) => ({
  timeline: page.getByRole('region', { name: 'Timeline' }),
  item(name: string | RegExp): Locator {
    return this.timeline.getByRole('button', { name })
  },
  goTo: (date: string) => goToDate(page, date),
  /** A mouse drag from `target` (its middle, or `fromLeft` px in) by a distance, in small steps like a hand; `beforeDrop` runs just before the button is let go. */
  async drag(target: Locator, by: { x: number; y: number }, fromLeft?: number, beforeDrop?: () => Promise<unknown>) {
    const box = await target.boundingBox()
    if (!box) throw new Error('nothing to drag')
    const x = box.x + (fromLeft ?? box.width / 2)
    const y = box.y + box.height / 2
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x + 6, y, { steps: 2 })
    await page.mouse.move(x + by.x, y + by.y, { steps: 12 })
    await beforeDrop?.()
    await page.mouse.up()
  },
  async save(name = 'silk-road.caravan') {
    await page.keyboard.press('ControlOrMeta+S')
    await soon(() => textOf(page.locator('.status-message'))).toBe(`Saved ${name}`)
  },
})

const treasures = 'Treasures of the Silk Road: Liaoning Bronzes, 15 Apr – 30 Jun 2027, Almaty Museum of Arts'

/** Lines of `after` that differ from `before` (same line count expected). */
// What every content-changing save records of its history beside modifiedAt: a new revision, and
// the one before it at the front of the lineage (docs/FORMAT.md, "Revisions and merges").
const withoutRevisions = (text: string) => text.replace(/\n\s*"revision": "[^"]*",/, '').replace(/\n\s*"lineage": \[[^\]]*\],/, '')

function changedLines(before: string, after: string): string[] {
  const a = withoutRevisions(before).split('\n')
  const b = withoutRevisions(after).split('\n')
  expect(b.length).toBe(a.length)
  return b.filter((line, i) => line !== a[i]).map((line) => line.trim())
}

function eventOf(plan: Plan, id: string) {
  const event = plan.events.find((e) => e.id === id)
  if (!event) throw new Error(`no event ${id}`)
  return event
}

/** The plan with one event's dates and the modification time put back, to compare the rest. */
function withoutDateChange(plan: Plan, original: Plan, id: string): Plan {
  const copy = structuredClone(plan)
  const before = eventOf(original, id)
  Object.assign(eventOf(copy, id), { start: before.start, end: before.end })
  copy.modifiedAt = original.modifiedAt
  delete copy.revision
  delete copy.lineage
  if (original.revision !== undefined) copy.revision = original.revision
  if (original.lineage !== undefined) copy.lineage = original.lineage
  return copy
}

describe('the timeline', () => {
  it('is the main screen: a region named Timeline whose items are buttons named by title, dates and lane', async () => {
    const { page } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    await view.goTo('2027-04-10')
    await view.item(treasures).waitFor()
    await soon(() => view.item(treasures).getAttribute('aria-roledescription')).toBe('timeline item')
  })

  it('a mouse drag 3 days to the right at day zoom saves exactly the new dates', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    const before = await readFile(file, 'utf8')
    await view.goTo('2027-04-10')
    await view.drag(view.item(treasures), { x: 3 * 48, y: 0 }, 30)
    await view.item(/^Treasures of the Silk Road: Liaoning Bronzes, 18 Apr – 3 Jul 2027, Almaty Museum of Arts$/).waitFor()
    await soon(() => page.title()).toMatch(/^● /)

    await page.getByRole('menuitem', { name: 'Edit' }).click()
    await page.getByRole('menuitem', { name: 'Undo Move ‘Treasures of the Silk Road: Liaoning Bronzes’' }).waitFor()
    await page.keyboard.press('Escape')

    await view.save()
    const after = await readFile(file, 'utf8')
    const [original, saved] = [JSON.parse(before) as Plan, JSON.parse(after) as Plan]
    expect(eventOf(saved, 'e-silk-treasures-almaty')).toMatchObject({ start: '2027-04-18', end: '2027-07-03' })
    expect(withoutDateChange(saved, original, 'e-silk-treasures-almaty')).toEqual(original)
    const changed = changedLines(before, after)
    expect(changed).toHaveLength(3)
    expect(changed).toContain('"start": "2027-04-18",')
    expect(changed).toContain('"end": "2027-07-03",')
    expect(changed.find((line) => line.startsWith('"modifiedAt"'))).toBeDefined()
  })

  it('the same move with the keyboard: Space picks up, → three times, Enter drops', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    const before = await readFile(file, 'utf8')
    await view.goTo('2027-04-10')
    await view.item(treasures).focus()
    await page.keyboard.press('Space')
    const announcements = page.locator('[id^="DndLiveRegion"]')
    await soon(() => textOf(announcements)).toContain('Picked up ‘Treasures of the Silk Road: Liaoning Bronzes’')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    // As a person listening does: the third step is heard before Enter. The drop's announcement must
    // then stay the last word, though dnd-kit reports one more move as its scroll offsets settle.
    await soon(() => textOf(announcements)).toContain('18 Apr – 3 Jul 2027')
    await page.keyboard.press('Enter')
    await soon(() => textOf(announcements)).toContain('Moved ‘Treasures of the Silk Road: Liaoning Bronzes’ to 18 Apr – 3 Jul 2027')

    await view.save()
    const after = await readFile(file, 'utf8')
    expect(eventOf(JSON.parse(after) as Plan, 'e-silk-treasures-almaty')).toMatchObject({ start: '2027-04-18', end: '2027-07-03' })
    expect(changedLines(before, after)).toHaveLength(3)
  })

  it('dropping an event on another partner’s lane gives it that partner instead', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    await view.goTo('2027-04-10')
    const opening = view.item(/^Exhibition opening ceremony, Almaty, /)
    const from = await opening.boundingBox()
    const lane = await page.locator('.tl-lane[data-lane-key="p-khabar"]').boundingBox()
    if (!from || !lane) throw new Error('lanes not on screen')
    await view.drag(opening, { x: 0, y: lane.y + 20 - (from.y + from.height / 2) })
    await view.item(/^Exhibition opening ceremony, Almaty, .*, Steppe Broadcasting Company$/).waitFor()

    await view.save()
    const saved = JSON.parse(await readFile(file, 'utf8')) as Plan
    expect(eventOf(saved, 'e-opening-almaty')).toMatchObject({ partnerIds: ['p-khabar'], start: '2027-04-15T11:00', end: '2027-04-15T13:00' })
  })

  it('undo back to the saved state clears the unsaved marker, and Save then leaves the file byte for byte', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    const before = await readFile(file)
    await view.goTo('2027-04-10')
    await view.drag(view.item(treasures), { x: 3 * 48, y: 0 }, 30)
    await soon(() => page.title()).toMatch(/^● /)
    await page.keyboard.press('ControlOrMeta+Z')
    await view.item(treasures).waitFor()
    await soon(() => page.title()).not.toMatch(/^● /)
    await view.save()
    expect((await readFile(file)).equals(before)).toBe(true)
  })

  it('dragging the end or the start of an event stretches it by whole days', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    const view = ui(page)
    await view.goTo('2027-05-14')
    const seminar = view.item(/^Seminar: Telling cultural stories across languages, 18–19 May 2027, Tashkent/)
    // From the grip across its right edge (drawn by the stylesheet, no element of its own).
    const width = (await seminar.boundingBox())?.width ?? 0
    await view.drag(seminar, { x: 2 * 48, y: 0 }, width - 2)
    const stretched = view.item(/^Seminar: Telling cultural stories across languages, 18–21 May 2027, Tashkent/)
    await stretched.waitFor()
    // And from the grip across its left edge, a day earlier.
    await view.drag(stretched, { x: -48, y: 0 }, 2)
    await view.item(/^Seminar: Telling cultural stories across languages, 17–21 May 2027, Tashkent/).waitFor()
    await view.save()
    const saved = JSON.parse(await readFile(file, 'utf8')) as Plan
    expect(eventOf(saved, 'e-tashkent-seminar')).toMatchObject({ start: '2027-05-17', end: '2027-05-21' })
  })

  it('a collapsed lane stays collapsed in the saved file', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    await page.locator('.tl-item').first().waitFor()
    const toggle = ui(page).timeline.getByRole('button', { name: 'Collapse Almaty Museum of Arts' })
    await toggle.click()
    await ui(page).timeline.getByRole('button', { name: 'Expand Almaty Museum of Arts' }).waitFor()
    await ui(page).save()
    const saved = JSON.parse(await readFile(file, 'utf8')) as Plan
    expect(saved.views?.timeline?.collapsed?.partner).toEqual(['p-almaty-museum'])
  })
})

describe('a drop on a big plan', () => {
  it('keeps the item where it landed in every frame: never drawn back at its old place while the lanes catch up', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'caravan-timeline-big-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    const file = join(dir, 'big.caravan')
    await writeFile(file, serializeProject(generatePlan({ events: 10_000, seed: 7 })))
    const { page } = await startCaravan({ plan: file })
    await page.locator('.tl-item').first().waitFor({ timeout: 30_000 })
    // A bar wholly on screen with room to its right (the page's scripts are strings: tests are typed without the DOM).
    const key = await page.evaluate<string | null>(`(() => {
      const bar = [...document.querySelectorAll('.tl-item.is-bar')].find((b) => {
        const r = b.getBoundingClientRect()
        return r.width >= 40 && r.left > 300 && r.right < innerWidth - 260 && r.top > 150 && r.bottom < innerHeight - 80 && document.elementFromPoint(r.left + 20, r.top + r.height / 2)?.closest('.tl-item') === b
      })
      return bar ? bar.dataset.itemKey : null
    })()`)
    expect(key).not.toBeNull()
    const bar = page.locator(`.tl-item[data-item-key="${key}"]`)
    const box = (await bar.boundingBox())!
    // Each frame from just before the drop: where the bar is (and whether it is the faint placeholder), and where the overlay is.
    await ui(page).drag(bar, { x: 200, y: 0 }, 20, () =>
      page.evaluate(`(() => {
        const frames = (window.dropFrames = [])
        const tick = () => {
          const real = document.querySelector('.tl-item[data-item-key="${key}"]:not(.tl-drag-item)')
          const overlay = document.querySelector('.tl-drag-item')
          frames.push({ bar: real ? Math.round(real.getBoundingClientRect().left) : null, ghost: real ? real.classList.contains('is-ghost') : false, overlay: overlay ? Math.round(overlay.getBoundingClientRect().left) : null })
          if (frames.length < 40) requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })()`),
    )
    await soon(() => page.evaluate<number>('window.dropFrames.length')).toBe(40)
    const frames = await page.evaluate<Frame[]>('window.dropFrames')
    const landed = frames.at(-1)!
    expect(landed).toMatchObject({ ghost: false, overlay: null })
    expect(landed.bar! - box.x).toBeGreaterThan(100)
    for (const frame of frames) {
      // Solid only at the landing place; at the old place only as the placeholder under the overlay.
      if (!frame.ghost && frame.bar !== null) expect(Math.abs(frame.bar - landed.bar!)).toBeLessThanOrEqual(2)
      if (frame.overlay !== null) expect(Math.abs(frame.overlay - landed.bar!)).toBeLessThanOrEqual(2)
    }
  })
})

type Frame = { bar: number | null; ghost: boolean; overlay: number | null }
