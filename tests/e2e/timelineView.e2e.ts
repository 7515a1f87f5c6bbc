// The timeline's look as a planner sets it: Fit plan shows the plan edge to edge, Fit with a
// selection shows just that, and the lane-name column keeps the width it was given (by mouse or
// keyboard) after a reload. All view settings: nothing here marks the plan unsaved.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startCaravan, soon } from './harness'

type Box = { left: number; right: number }

// The page-side code is written as strings: the tests are type-checked against Node, not the DOM.

/** The lanes' visible track (right of the lane names) in page pixels. */
const track = (page: Page) =>
  page.evaluate(`(() => {
    const scroller = document.querySelector('.tl-scroller')
    const rect = scroller.getBoundingClientRect()
    const header = document.querySelector('.tl-corner').getBoundingClientRect().width
    return { left: rect.left + header, right: rect.left + scroller.clientWidth }
  })()`) as Promise<Box>

/** Left of the earliest and right of the latest bar or diamond in every lane, scrolling down through all of them. */
const itemsExtent = (page: Page) =>
  page.evaluate(`(async () => {
    const scroller = document.querySelector('.tl-scroller')
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const seen = new Map()
    for (let top = 0; ; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top
      await frame()
      for (const item of document.querySelectorAll('.tl-item')) {
        const rect = item.getBoundingClientRect()
        seen.set(item.dataset.itemKey, { left: rect.left, right: rect.right })
      }
      if (top + scroller.clientHeight >= scroller.scrollHeight) break
    }
    scroller.scrollTop = 0
    const boxes = [...seen.values()]
    return { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)), count: boxes.length }
  })()`) as Promise<Box & { count: number }>

describe('the timeline view', () => {
  it('Fit plan shows the first and the last item on screen with under 10 % of the width empty, and never marks the plan unsaved', async () => {
    const { page } = await startCaravan({ viewport: { width: 1280, height: 720 } })
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await page.locator('.tl-item').first().waitFor()
    await timeline.getByRole('button', { name: 'Fit plan' }).click()
    await soon(async () => (await itemsExtent(page)).count).toBeGreaterThan(20)
    const lanes = await track(page)
    const items = await itemsExtent(page)
    expect(items.left).toBeGreaterThanOrEqual(lanes.left - 1)
    expect(items.right).toBeLessThanOrEqual(lanes.right + 1)
    const empty = (items.left - lanes.left + (lanes.right - items.right)) / (lanes.right - lanes.left)
    expect(empty).toBeLessThan(0.1)
    expect(await page.title()).not.toMatch(/^● /)
  })

  it('Fit with an item selected shows that item across the width', async () => {
    const { page } = await startCaravan()
    const timeline = page.getByRole('region', { name: 'Timeline' })
    const bronzes = timeline.getByRole('button', { name: /^Treasures of the Silk Road: Liaoning Bronzes, / }).first()
    await bronzes.click()
    await timeline.getByRole('button', { name: 'Fit plan' }).click()
    const lanes = await track(page)
    await soon(async () => {
      const box = await bronzes.boundingBox()
      return box ? Math.round((box.width / (lanes.right - lanes.left)) * 100) : 0
    }).toBeGreaterThan(90)
  })

  it('the lane-name column is resized by dragging its divider or by the arrow keys, and keeps its width after a reload', async () => {
    const { page } = await startCaravan()
    const divider = page.getByRole('separator', { name: 'Width of the lane names' })
    const header = page.locator('.tl-lane-header').first()
    await header.waitFor()
    const start = Number(await divider.getAttribute('aria-valuenow'))
    const box = (await divider.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + 200)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + 200, { steps: 4 })
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + 200, { steps: 4 })
    await page.mouse.up()
    await soon(() => divider.getAttribute('aria-valuenow')).toBe(String(start + 80))
    await soon(async () => Math.round((await header.boundingBox())!.width)).toBe(start + 80)

    await divider.focus()
    await page.keyboard.press('ArrowLeft')
    await soon(() => divider.getAttribute('aria-valuenow')).toBe(String(start + 64))
    expect(await page.title()).not.toMatch(/^● /)

    // Remembered for this user (view:set a moment after the change), not written into the plan.
    await page.waitForTimeout(1000)
    await page.reload()
    await page.locator('.tl-lane-header').first().waitFor()
    await soon(() => page.getByRole('separator', { name: 'Width of the lane names' }).getAttribute('aria-valuenow')).toBe(String(start + 64))
    await soon(async () => Math.round((await page.locator('.tl-lane-header').first().boundingBox())!.width)).toBe(start + 64)
  })
  it('a title after a bar scrolled out under the lane names starts at their edge, its beginning readable', async () => {
    const { page } = await startCaravan({ viewport: { width: 1280, height: 720 } })
    await page.getByRole('button', { name: 'Month', exact: true }).click()
    // The Nowruz concert (20–21 March) ends left of the track once April is at its left edge.
    await page.evaluate(`(() => {
      const scroller = document.querySelector('.tl-scroller')
      scroller.scrollLeft = scroller.scrollWidth * 0.33
    })()`)
    const label = page.locator('.tl-item', { hasText: 'Nowruz & Spring Festival joint concert' }).locator('.tl-label')
    await soon(async () => (await label.boundingBox())?.width ?? 0).toBeGreaterThan(40)
    const box = (await label.boundingBox())!
    const lanes = await track(page)
    const item = (await page.locator('.tl-item', { hasText: 'Nowruz & Spring Festival joint concert' }).boundingBox())!
    expect(item.x + item.width).toBeLessThan(lanes.left)
    expect(box.x).toBeGreaterThanOrEqual(lanes.left)
  })
})
