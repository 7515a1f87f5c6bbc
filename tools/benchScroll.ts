// The scrolling part of the timeline bench: frame times (requestAnimationFrame in the page) while
// the timeline is scrolled for two seconds by the mouse wheel (down the lanes, then along the
// axis with Shift) and as by its scrollbars (the thumb dragged: big jumps every frame, down and
// across). Budget (issue #13): p95 ≤ 20 ms, none over 50 ms at 10,000 events.
import type { Page } from 'playwright-core'
import { inPage, percentile } from './benchPage'

// Each recording has its own frame list, so a loop still ending does not add to the next one's.
const record = `(() => {
  const frames = (window.scrollFrames = [])
  const tick = (time) => {
    if (window.scrollFrames !== frames) return
    frames.push(time)
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`
const stop = '(() => { const frames = window.scrollFrames; window.scrollFrames = null; return frames })()'

function stats(name: string, frames: number[]): string {
  const deltas = frames.slice(1).map((time, i) => time - frames[i]!)
  if (deltas.length === 0) return `${name} not measured`
  return `${name} p50 ${percentile(deltas, 0.5).toFixed(1)} / p95 ${percentile(deltas, 0.95).toFixed(1)} / max ${Math.max(...deltas).toFixed(1)} ms, ${deltas.filter((d) => d > 50).length} over 50 of ${deltas.length}`
}

async function wheel(page: Page): Promise<number[]> {
  const box = await page.locator('.tl-scroller').boundingBox()
  if (!box) return []
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2)
  await inPage(page, record)
  const began = Date.now()
  while (Date.now() - began < 1000) {
    await page.mouse.wheel(0, 100)
    await page.waitForTimeout(16)
  }
  await page.keyboard.down('Shift')
  while (Date.now() - began < 2000) {
    await page.mouse.wheel(0, 100)
    await page.waitForTimeout(16)
  }
  await page.keyboard.up('Shift')
  await page.waitForTimeout(100)
  return inPage<number[]>(page, stop)
}

// A dragged scrollbar thumb moves the view by a screen or more a frame: the view jumps by a 60th
// of the plan's height each frame for a second, then by a 60th of its width.
async function scrollbar(page: Page): Promise<number[]> {
  await inPage(page, record)
  await inPage(
    page,
    `new Promise((resolve) => {
      const scroller = document.querySelector('.tl-scroller')
      // A thumb drag starts with the button going down on the scroller, as here.
      scroller.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
      const began = performance.now()
      const step = () => {
        const t = performance.now() - began
        if (t < 1000) scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * (t / 1000)
        else if (t < 2000) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) * ((t - 1000) / 1000)
        else {
          window.dispatchEvent(new PointerEvent('pointerup'))
          return resolve(null)
        }
        setTimeout(step, 16)
      }
      scroller.scrollTo({ left: 0, top: 0 })
      step()
    })`,
  )
  await page.waitForTimeout(100)
  return inPage<number[]>(page, stop)
}

/** Times wheel and scrollbar scrolling on an open timeline; returns the report line. */
export async function benchScroll(page: Page): Promise<string[]> {
  const home = await inPage<{ left: number; top: number }>(page, "(() => { const s = document.querySelector('.tl-scroller'); return { left: s.scrollLeft, top: s.scrollTop } })()")
  const byWheel = await wheel(page)
  const byBar = await scrollbar(page)
  await inPage(page, `document.querySelector('.tl-scroller').scrollTo(${JSON.stringify(home)})`)
  await page.waitForTimeout(500)
  return [`  timeline: scrolling frames (budget p95 ≤ 20 ms, none over 50): ${stats('wheel', byWheel)}; ${stats('scrollbar', byBar)}`]
}
