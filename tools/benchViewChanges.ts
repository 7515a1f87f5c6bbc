// The view-change part of the timeline bench: how long a zoom (keys, Ctrl+wheel, the presets, Fit
// plan) and a Group by change take to reach the screen, timed in the page from the input event to
// the first change of the DOM and then the next painted frame (requestAnimationFrame, then a
// setTimeout 0). Budget (issue #13): 150 ms at 10,000 events.
import type { Page } from 'playwright-core'
import { inPage, whenInPage } from './benchPage'

// Starts the clock on the next `types` event; notes the first DOM change after it and the frame after that.
const arm = (page: Page, types: string[]) =>
  inPage(
    page,
    `(() => {
      const times = window.viewChange = { at: NaN, painted: NaN }
      const types = ${JSON.stringify(types)}
      const start = (event) => {
        if (Number.isNaN(times.at)) times.at = event.timeStamp
        for (const type of types) document.removeEventListener(type, start, true)
      }
      for (const type of types) document.addEventListener(type, start, true)
      const observer = new MutationObserver(() => {
        if (Number.isNaN(times.at)) return
        observer.disconnect()
        requestAnimationFrame(() => setTimeout(() => { times.painted = performance.now() }))
      })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    })()`,
  )

async function painted(page: Page): Promise<number> {
  return (await whenInPage<number>(page, 'Number.isNaN(window.viewChange.painted) ? null : window.viewChange.painted - window.viewChange.at', 10_000, 50)) ?? NaN
}

/** Times each view change in turn on an open timeline; returns the report lines. */
export async function benchViewChanges(page: Page): Promise<string[]> {
  const toolbar = page.locator('.tl-toolbar')
  const preset = (name: string) => async () => {
    await arm(page, ['click'])
    await toolbar.getByRole('button', { name, exact: true }).click()
  }
  const key = (name: string) => async () => {
    await arm(page, ['keydown'])
    await page.keyboard.press(name)
  }
  const wheel = (deltaY: number) => async () => {
    const box = await page.locator('.tl-scroller').boundingBox()
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.keyboard.down('Control')
    await arm(page, ['wheel'])
    await page.mouse.wheel(0, deltaY)
    await page.keyboard.up('Control')
  }
  const group = (grouping: string) => async () => {
    await arm(page, ['change'])
    await toolbar.locator('select').first().selectOption(grouping)
  }
  const changes: [string, () => Promise<void>][] = [
    ['+', key('+')],
    ['−', key('-')],
    ['Ctrl+wheel in', wheel(-200)],
    ['Ctrl+wheel out', wheel(200)],
    ...['Day', 'Week', 'Quarter', 'Year', 'Month'].map((name): [string, () => Promise<void>] => [name, preset(name)]),
    ['Fit plan', preset('Fit plan')],
    ...['country', 'venue', 'kind', 'channel', 'coproduction', 'status', 'partner'].map((grouping): [string, () => Promise<void>] => [`by ${grouping}`, group(grouping)]),
  ]
  const timed: string[] = []
  for (const [name, change] of changes) {
    await change()
    timed.push(`${name} ${(await painted(page)).toFixed(0)}`)
    // Let the margins and anything deferred finish before the next change.
    await page.waitForTimeout(800)
  }
  const zooms = timed.slice(0, 10).join(', ')
  const groups = timed.slice(10).join(', ')
  return [`  timeline: zoom → next frame (ms, budget 150): ${zooms}`, `  timeline: Group by → next frame (ms, budget 150): ${groups}`]
}
