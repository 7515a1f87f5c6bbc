// The bridge in a real browser (Debian's Chromium, as the e2e tests use): window.caravan over HTTP.
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaravanApi } from '../../src/shared/ipc'
import { startWebHost, type WebHost } from '../../src/host/web/server'
import { fixture, sampleFile } from './helpers'
import { versionWritesSettled } from '../../src/main/versionKeeper'

// The page's global, for the functions run inside the browser (this file is checked without the DOM library).
declare const window: { caravan: CaravanApi; heard: unknown[] }

const chromiumPath = '/usr/bin/chromium'

describe.skipIf(!existsSync(chromiumPath))('window.caravan in the web host', () => {
  let files: Awaited<ReturnType<typeof fixture>>
  let dataDir: string
  let plan: string
  let host: WebHost
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    files = await fixture()
    dataDir = await mkdtemp(join(tmpdir(), 'caravan-bridge-data-'))
    plan = join(dataDir, 'tour.caravan')
    await copyFile(sampleFile, plan)
    host = await startWebHost({ file: plan, dataDir, rendererDir: files.rendererDir, bridgeFile: files.bridgeFile, watchDebounceMs: 50, testControl: true })
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    page = await browser.newPage()
    await page.goto(host.url)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.close()
    await versionWritesSettled()
    await rm(dataDir, { recursive: true, force: true })
    await files?.remove()
  })

  it('is there before the app runs, says it is the web host, and hides the token from the address bar', async () => {
    expect(await page.title()).toBe('app loaded')
    expect(await page.evaluate(() => ({ host: window.caravan.host, platform: window.caravan.platform }))).toEqual({ host: 'web', platform: 'linux' })
    expect(page.url()).toBe(`${host.origin}/`)
  })

  it('makes calls of the contract and survives a reload without the token in the address', async () => {
    const started = await page.evaluate(() => window.caravan.invoke('app:start', undefined))
    expect(started).toMatchObject({ kind: 'opened', file: { path: plan } })
    await page.reload()
    expect(await page.evaluate(() => window.caravan.invoke('window:state', { title: 'Tour', dirty: true }))).toBeUndefined()
  })

  it('refuses calls and events outside the contract', async () => {
    const error = await page.evaluate(() =>
      window.caravan.invoke('fs:read' as 'app:start', undefined).then(
        () => 'accepted',
        (e: Error) => e.message,
      ),
    )
    expect(error).toContain('unknown call "fs:read"')
    expect(await page.evaluate(() => window.caravan.invoke('window:state', { title: 7 } as never).catch((e: Error) => e.message))).toContain('title')
    expect(await page.evaluate(() => {
      try {
        window.caravan.on('shell:open' as 'menu:command', () => undefined)
        return 'listening'
      } catch (e) {
        return (e as Error).message
      }
    })).toContain('unknown event')
  })

  it('delivers menu commands and outside file changes to listeners', async () => {
    await page.evaluate(() => {
      const heard: unknown[] = []
      window.heard = heard
      window.caravan.on('menu:command', (payload) => heard.push(payload))
      window.caravan.on('file:changed-on-disk', (payload) => heard.push(payload))
      window.caravan.on('app:close-requested', (payload) => heard.push(payload === undefined ? 'close?' : payload))
    })
    const post = (path: string, body: unknown): Promise<Response> =>
      fetch(`${host.origin}/__caravan/test/${path}`, { method: 'POST', headers: { 'X-Caravan-Token': host.token }, body: JSON.stringify(body) })
    await post('menu', { command: 'file.saveAs' })
    await post('close', {})
    await page.evaluate(() => window.caravan.invoke('app:start', undefined))
    await writeFile(plan, (await readFile(plan, 'utf8')).replace('Liaoning culture along the Silk Road, 2027', 'Changed by a colleague'))
    await page.waitForFunction(() => window.heard.length >= 3)
    expect(await page.evaluate(() => window.heard)).toEqual([{ command: 'file.saveAs' }, 'close?', { path: plan }])
  })
})
