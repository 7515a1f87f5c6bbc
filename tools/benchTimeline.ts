// The timeline part of `npm run bench`: the web host serving a generated plan, Debian's Chromium
// opening it at 1280×800, then (measured inside the page) the time to the first items on screen,
// a click answered, the DOM size, and the frame times of a scripted two-second mouse drag, of
// wheel and scrollbar scrolling (benchScroll) and the view changes (benchViewChanges).
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { inPage, percentile, whenInPage } from './benchPage'
import { benchScroll } from './benchScroll'
import { benchViewChanges } from './benchViewChanges'

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']

/**
 * Starts the web host on a copy of `file` in `dataDir`: the save benches before leave the plan's
 * lock file beside it, and the host would ask "open by … elsewhere" instead of showing the plan.
 */
export function startHost(file: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const plan = join(dataDir, basename(file))
  copyFileSync(file, plan)
  const child = spawn(process.execPath, [join(process.cwd(), 'out/host/serve.mjs'), plan, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const match = /Caravan is serving .* at (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolve({ child, url: match[1] })
    })
    child.once('exit', (code) => reject(new Error(`the web host exited (code ${code}) before printing its address; run \`npm run build\` first`)))
  })
}

const ms = (n: number): string => `${n.toFixed(1)} ms`

// The page-side code is written as strings: this file is type-checked against Node, not the DOM.

// Runs in the page before the app: notes when the first timeline item enters the DOM.
const watchFirstItems = `
  window.firstItemsAt = null
  const observer = new MutationObserver(() => {
    if (window.firstItemsAt === null && document.querySelector('.tl-item')) {
      window.firstItemsAt = performance.now()
      observer.disconnect()
    }
  })
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }))
`

async function firstItemsAt(page: Page): Promise<number> {
  const at = await whenInPage<number>(page, 'window.firstItemsAt', 60_000)
  if (at === null) throw new Error('no timeline item appeared within 60 s')
  return at
}
const domSize = (page: Page) => inPage<number>(page, "document.getElementsByTagName('*').length")

// A bar fully on screen, wide enough to grab, away from the edges (so no auto-scroll).
const grabbableBar = (page: Page) =>
  inPage<{ x: number; y: number } | null>(
    page,
    `(() => {
      const scroller = document.querySelector('.tl-scroller')?.getBoundingClientRect()
      if (!scroller) return null
      for (const bar of document.querySelectorAll('.tl-item.is-bar')) {
        const r = bar.getBoundingClientRect()
        if (r.width > 30 && r.left > scroller.left + 290 && r.left < scroller.right - 500 && r.top > scroller.top + 60 && r.bottom < scroller.bottom - 60) return { x: r.left + 20, y: r.top + r.height / 2 }
      }
      return null
    })()`,
  )

/** Measures the timeline of one plan file; returns the report lines. */
export async function benchTimeline(file: string): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caravan-bench-host-'))
  const { child, url } = await startHost(file, dataDir)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })
    await context.addInitScript({ content: watchFirstItems })
    const page = await context.newPage()
    await page.goto(url)
    const cold = await firstItemsAt(page)
    // A second load, as when the app is already warm (Chromium and the host have run once).
    await page.reload()
    const firstItems = await firstItemsAt(page)
    const opened = await inPage<number>(page, "performance.getEntriesByType('resource').find((r) => r.name.includes('app%3Astart'))?.responseEnd ?? NaN")

    // Interactive: a click on an item is answered (it shows as selected), once the page settled
    // (conflicts are found just after the first paint).
    await page.waitForTimeout(1000)
    const target = await grabbableBar(page)
    let clickMs = NaN
    let answered = { selected: NaN, painted: NaN }
    if (target) {
      // Also timed inside the page, from the click event to the item marked selected and to the
      // next frame: the time above includes Playwright's round trips, which a loaded machine stretches.
      await inPage(page, `(() => {
        window.clickTimes = { at: NaN, selected: NaN, painted: NaN }
        document.addEventListener('click', (event) => { window.clickTimes.at = event.timeStamp }, { capture: true, once: true })
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.tl-item.is-selected')) return
          observer.disconnect()
          window.clickTimes.selected = performance.now()
          requestAnimationFrame(() => setTimeout(() => { window.clickTimes.painted = performance.now() }))
        }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] })
      })()`)
      const before = await inPage<number>(page, 'performance.now()')
      await page.mouse.click(target.x, target.y)
      await page.waitForSelector('.tl-item.is-selected')
      clickMs = (await inPage<number>(page, 'performance.now()')) - before
      await page.waitForTimeout(200)
      answered = await inPage<{ selected: number; painted: number }>(page, '({ selected: window.clickTimes.selected - window.clickTimes.at, painted: window.clickTimes.painted - window.clickTimes.at })')
    }
    const domAtOpen = await domSize(page)
    // Half-way through the plan the DOM holds what is on screen there, no more.
    await inPage(page, `window.home = (() => {
      const scroller = document.querySelector('.tl-scroller')
      const at = { left: scroller.scrollLeft, top: scroller.scrollTop }
      scroller.scrollTo({ left: scroller.scrollWidth / 2, top: scroller.scrollHeight / 2 })
      return at
    })()`)
    await page.waitForTimeout(300)
    const domScrolled = await domSize(page)
    await inPage(page, "document.querySelector('.tl-scroller').scrollTo(window.home)")
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)

    // A two-second drag, recorded with requestAnimationFrame timestamps in the page.
    const start = await grabbableBar(page)
    let frames: number[] = []
    if (start) {
      await inPage(page, `(() => {
        window.frameTimes = []
        window.recording = true
        const tick = (time) => {
          window.frameTimes.push(time)
          if (window.recording) requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })()`)
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      const began = Date.now()
      for (let i = 1; Date.now() - began < 2000; i++) {
        await page.mouse.move(start.x + 240 * Math.sin(i / 12), start.y + 40 * Math.sin(i / 30))
        await page.waitForTimeout(16)
      }
      await page.keyboard.press('Escape')
      await page.mouse.up()
      frames = await inPage<number[]>(page, '(() => { window.recording = false; return window.frameTimes })()')
    }
    const deltas = frames.slice(1).map((time, i) => time - frames[i]!)
    const scrolling = await benchScroll(page)
    const viewChanges = await benchViewChanges(page)
    return [
      `  timeline: first items on screen ${ms(firstItems)} after navigation (first load in a fresh browser ${ms(cold)}); the plan arrived at ${ms(opened)}, so the timeline took ${ms(firstItems - opened)} (budget 1 s); a click selects in ${ms(clickMs)} (in the page: click event → item selected ${ms(answered.selected)}, → next frame ${ms(answered.painted)})`,
      `  timeline: DOM elements ${domAtOpen} at open, ${domScrolled} half-way through the plan`,
      deltas.length > 0
        ? `  timeline: drag frames p50 ${ms(percentile(deltas, 0.5))}, p95 ${ms(percentile(deltas, 0.95))}, max ${ms(Math.max(...deltas))}, ${deltas.filter((d) => d > 50).length} over 50 ms, of ${deltas.length} frames (budget p95 ≤ 16.7 ms, none over 50 ms)`
        : '  timeline: drag frames not measured (no bar to grab on screen)',
      ...scrolling,
      ...viewChanges,
    ]
  } finally {
    await browser.close()
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}
