// End-to-end harness: a plan copied into a fresh temp folder, the real web host serving it
// (node out/host/serve.mjs, built by `npm run build`), and Debian's Chromium driving the page.
// Only the OS dialogs are scripted (queueDialogs); clicks, keys and files on disk are real.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { expect, onTestFinished } from 'vitest'

/** Waits (up to 10 s) for what the page shows to satisfy the assertion that follows. */
export const soon = <T,>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 })

export const repoRoot = resolve(import.meta.dirname, '../..')
export const samplePlan = join(repoRoot, 'resources/sample.caravan')
const serveScript = join(repoRoot, 'out/host/serve.mjs')

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

export interface CaravanSession {
  /** The temp folder holding the plan, backups and the host's data; removed afterwards. */
  dir: string
  /** Absolute path of the served plan. */
  file: string
  url: string
  page: Page
  /** Answers the next OS open/save dialogs with these paths (null = the user cancels). */
  queueDialogs(answers: { open?: (string | null)[]; save?: (string | null)[] }): Promise<void>
  /** Presses a shortcut written with `Mod` for Ctrl (⌘ on a Mac), e.g. `Mod+Shift+S`. */
  pressShortcut(keys: string): Promise<void>
  /** Pushes a native-menu command, as the desktop app's menu would. */
  menuCommand(command: string): Promise<void>
  /** Pushes "the user closed the window", as the desktop app would. */
  requestClose(): Promise<void>
  /** Kills the web host (SIGKILL, like a crash or a power cut) and starts it again on the same plan and data folder; returns the new page. */
  crashAndRestart(): Promise<Page>
  /** What the web host knows of the window (title, dirty marker, file, event listeners). */
  hostState(): Promise<{ title?: string; dirty?: boolean; file: string | null; eventClients: number }>
  close(): Promise<void>
}

interface StartOptions {
  /** The plan to copy into the temp folder; the sample plan by default. */
  plan?: string
  /** Its file name in the temp folder. */
  fileName?: string
  /** Serve this existing plan instead of a copy (a second Caravan on the same shared file); its data folder is new. */
  file?: string
  /** The browser's language and region (navigator.languages, Intl); en-GB by default. */
  locale?: string
  /** The window size; 1280×800 by default. */
  viewport?: { width: number; height: number }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`The web host printed no address within 20 s.\nstdout: ${out}\nstderr: ${err}`)), 20_000)
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const match = /Caravan is serving .* at (http:\/\/\S+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The web host exited (code ${code}) before printing its address.\nstdout: ${out}\nstderr: ${err}\nRun \`npm run build\` first.`))
    })
  })
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Starts the web host on a copy of a plan and opens it in a fresh Chromium. Everything is torn
 * down when the current test finishes, passed or failed.
 */
export async function startCaravan(options: StartOptions = {}): Promise<CaravanSession> {
  const dir = await mkdtemp(join(tmpdir(), 'caravan-e2e-'))
  const file = options.file ?? join(dir, options.fileName ?? basename(options.plan ?? samplePlan))
  // Filled in as things start, so teardown stops whatever did start.
  const live: { server?: ChildProcess; browser?: Browser; context?: BrowserContext } = {}
  const close = async () => {
    await live.context?.close().catch(() => undefined)
    await live.browser?.close().catch(() => undefined)
    if (live.server) await stopProcess(live.server)
    await rm(dir, { recursive: true, force: true })
  }
  onTestFinished(close)

  if (options.file === undefined) await copyFile(options.plan ?? samplePlan, file)
  await mkdir(join(dir, 'data'))
  const launch = async () => {
    live.server = spawn(process.execPath, [serveScript, file, '--port', '0', '--data-dir', join(dir, 'data'), '--test-control'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const address = await waitForUrl(live.server)
    return { url: address, origin: new URL(address).origin, token: new URL(address).searchParams.get('token') ?? '' }
  }
  let { url, origin, token } = await launch()

  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${origin}/__caravan/test/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caravan-Token': token },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST /__caravan/test/${path} answered ${response.status}: ${await response.text()}`)
  }
  const hostState = async () => {
    const response = await fetch(`${origin}/__caravan/test/state`, { headers: { 'X-Caravan-Token': token } })
    return (await response.json()) as Awaited<ReturnType<CaravanSession['hostState']>>
  }

  live.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs })
  live.context = await live.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: options.locale ?? 'en-GB' })
  live.context.setDefaultTimeout(10_000)
  let page = await live.context.newPage()
  await page.goto(url)

  // Events from the host (menu, close, changed on disk) need the page's event stream connected.
  const eventsConnected = async () => {
    for (let i = 0; i < 100; i++) {
      if ((await hostState()).eventClients > 0) return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('The page never connected to the web host event stream.')
  }

  const crashAndRestart = async () => {
    const server = live.server!
    const gone = new Promise((done) => server.once('exit', done))
    server.kill('SIGKILL')
    await gone
    await page.close().catch(() => undefined)
    ;({ url, origin, token } = await launch())
    page = await live.context!.newPage()
    await page.goto(url)
    return page
  }

  return {
    dir,
    file,
    url,
    page,
    queueDialogs: (answers) => control('dialogs', answers),
    pressShortcut: (keys) => page.keyboard.press(keys.replaceAll('Mod', 'ControlOrMeta')),
    crashAndRestart,
    menuCommand: async (command) => {
      await eventsConnected()
      await control('menu', { command })
    },
    requestClose: async () => {
      await eventsConnected()
      await control('close', {})
    },
    hostState,
    close,
  }
}

/** The visible text of everything the locator matches now, without waiting for it to appear. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.allInnerTexts()).join('\n')
}

/** The sample plan saved with the timeline at day zoom, grouped by partner (as a planner left it), so most items start off screen. */
export async function dayZoomPlan(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'caravan-day-zoom-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  const plan = JSON.parse(await readFile(samplePlan, 'utf8')) as Record<string, unknown>
  plan.views = { timeline: { grouping: 'partner', zoom: 'day' } }
  const file = join(dir, 'silk-road.caravan')
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`)
  return file
}

/** Scrolls the timeline to `date` (YYYY-MM-DD) through Go to date (Ctrl+G), once it shows items. */
export async function goToDate(page: Page, date: string): Promise<void> {
  await page.locator('.tl-item').first().waitFor()
  await page.keyboard.press('ControlOrMeta+G')
  const dialog = page.getByRole('dialog', { name: 'Go to date' })
  await dialog.getByLabel('Date', { exact: true }).fill(date)
  await dialog.getByRole('button', { name: 'Go' }).click()
  await dialog.waitFor({ state: 'hidden' })
}
