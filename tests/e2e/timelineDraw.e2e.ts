// Drags that start on a lane rather than on an item: drawing a new event on an empty stretch,
// the rubber band (Shift+drag) that selects, and re-ordering the lanes by their grips.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { dayZoomPlan, goToDate, soon, startCaravan, textOf } from './harness'

type Plan = { events: { id: string; title: string; start: string; end: string; partnerIds: string[] }[] }


/** A point on a lane's track (the first on screen that has one, or `laneKey`'s) with `room` px of empty track to its right, and the lane's name (the page's scripts are strings: tests are typed without the DOM). */
async function emptyStretch(page: Page, room: number, laneKey?: string): Promise<{ x: number; y: number; lane: string }> {
  const point = await page.evaluate<{ x: number; y: number; lane: string } | null>(`(() => {
    const scroller = document.querySelector('.tl-scroller').getBoundingClientRect()
    const lanes = [...document.querySelectorAll(${JSON.stringify(laneKey ? `.tl-lane[data-lane-key="${laneKey}"]` : '.tl-lane')})]
    for (const lane of lanes) {
      const track = lane.querySelector('.tl-track')
      const r = track.getBoundingClientRect()
      if (r.top < scroller.top + 60 || r.bottom > scroller.bottom - 20) continue
      const y = Math.round(r.top + Math.min(r.height / 2, 14))
      for (let x = Math.max(r.left, scroller.left + 300); x + ${room} < Math.min(r.right, scroller.right - 40); x += 8) {
        let free = true
        for (let dx = 0; dx <= ${room} && free; dx += 4) free = document.elementFromPoint(x + dx, y) === track
        if (free) return { x, y, lane: lane.querySelector('.tl-lane-name').textContent }
      }
    }
    return null
  })()`)
  if (!point) throw new Error(`no empty stretch of ${room} px on ${laneKey ?? 'any lane'}`)
  return point
}

async function laneOrder(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll('.tl-lane')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((lane) => lane.dataset.laneKey)`)
}

const announcements = (page: Page) => page.locator('[id^="DndLiveRegion"]')
const focusedLabel = (page: Page) => page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("aria-label")')

describe('drawing on a lane', () => {
  it('dragging across an empty stretch of a lane draws a new event on those days, in that lane, selected and focused', async () => {
    const { page, file } = await startCaravan({ plan: await dayZoomPlan() })
    await goToDate(page, '2027-04-10')
    const from = await emptyStretch(page, 3 * 48 + 20)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 6, from.y, { steps: 2 })
    await page.mouse.move(from.x + 3 * 48, from.y, { steps: 12 })
    await page.mouse.up()
    await soon(() => textOf(announcements(page))).toContain(`, ${from.lane}.`)
    expect(await textOf(announcements(page))).toMatch(/^Created ‘New event’, /)
    await soon(() => focusedLabel(page)).toBe(`New event, ${await textOf(announcements(page)).then((said) => said.slice('Created ‘New event’, '.length, -1))}`)
    const drawn = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^New event, / })
    expect(await drawn.getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('ControlOrMeta+S')
    await soon(async () => ((JSON.parse(await readFile(file, 'utf8')) as Plan).events.filter((e) => e.title === 'New event')).length).toBe(1)
    const created = (JSON.parse(await readFile(file, 'utf8')) as Plan).events.find((e) => e.title === 'New event')!
    const partners = (JSON.parse(await readFile(file, 'utf8')) as { partners: { id: string; name: string }[] }).partners
    expect(created.partnerIds.map((id) => partners.find((p) => p.id === id)?.name)).toEqual([from.lane])
    // Three or four days, as far as the pointer went at 48 px a day.
    const days = (Date.parse(created.end) - Date.parse(created.start)) / 86_400_000 + 1
    expect(days).toBeGreaterThanOrEqual(3)
    expect(days).toBeLessThanOrEqual(4)
  })

  it('Shift+drag over items selects the ones the rectangle touches, and changes nothing', async () => {
    const { page } = await startCaravan({ plan: await dayZoomPlan() })
    await goToDate(page, '2027-04-10')
    const treasures = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes, / })
    const bar = (await treasures.boundingBox())!
    const from = await emptyStretch(page, 40, 'p-almaty-museum')
    expect(from.x).toBeLessThan(bar.x)
    await page.keyboard.down('Shift')
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 6, from.y, { steps: 2 })
    await page.mouse.move(bar.x + 30, bar.y + bar.height - 2, { steps: 12 })
    await page.mouse.up()
    await page.keyboard.up('Shift')
    await soon(() => treasures.getAttribute('aria-pressed')).toBe('true')
    expect(await page.title()).not.toMatch(/^● /)
  })
})

describe('re-ordering lanes', () => {
  it('a lane is moved down one place from the keyboard with its grip: Space, ↓, Space', async () => {
    const { page } = await startCaravan({ plan: await dayZoomPlan() })
    await page.locator('.tl-item').first().waitFor()
    const before = await laneOrder(page)
    const name = await page.locator(`.tl-lane[data-lane-key="${before[0]}"] .tl-lane-name`).textContent()
    const grip = page.getByRole('button', { name: `Move lane ${name}` })
    await grip.focus()
    await page.keyboard.press('Space')
    // Picked up, and not at once "over" its own place.
    await soon(() => textOf(announcements(page))).toMatch(new RegExp(`^Picked up lane ${name}, position 1 of \\d+\\.$`))
    await page.keyboard.press('ArrowDown')
    await soon(() => textOf(announcements(page))).toMatch(/^Over .*, position 2 of \d+\.$/)
    await page.keyboard.press('Space')
    await soon(() => textOf(announcements(page))).toMatch(/^Dropped the lane at position 2 of \d+\.$/)
    await soon(() => laneOrder(page)).toEqual([before[1], before[0], ...before.slice(2)])
  })

  it('a lane is dragged below the next one by its grip with the mouse', async () => {
    const { page } = await startCaravan({ plan: await dayZoomPlan() })
    await page.locator('.tl-item').first().waitFor()
    const before = await laneOrder(page)
    const grip = page.locator(`.tl-lane[data-lane-key="${before[0]}"] .tl-lane-grip`)
    const box = (await grip.boundingBox())!
    const next = (await page.locator(`.tl-lane[data-lane-key="${before[1]}"]`).boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 6, { steps: 2 })
    // The dragged lane's middle over the next lane's middle.
    const first = (await page.locator(`.tl-lane[data-lane-key="${before[0]}"]`).boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + first.height / 2 + next.height / 2, { steps: 12 })
    await page.mouse.up()
    await soon(() => laneOrder(page)).toEqual([before[1], before[0], ...before.slice(2)])
  })
})
