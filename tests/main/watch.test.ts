import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenResult } from '../../src/shared/ipc'
import { pause, removeTempFolders, sampleFile, startApp, tempFolder, text, win, type App } from './helpers'

const apps: App[] = []
afterEach(async () => {
  for (const app of apps.splice(0)) app.sessions.endAll()
  await removeTempFolders()
})

async function openCopy(): Promise<{ app: App; plan: string; result: Extract<OpenResult, { kind: 'opened' }> }> {
  const plan = join(await tempFolder(), 'watched.caravan')
  await copyFile(sampleFile, plan)
  const app = await startApp()
  apps.push(app)
  app.dialogs.queueOpen([plan])
  const result = await app.handlers['project:open'](undefined, win)
  if (result.kind !== 'opened') throw new Error('expected the plan to open')
  return { app, plan, result }
}

describe('file:changed-on-disk', () => {
  it('tells the window when someone else changes its file', async () => {
    const { app, plan } = await openCopy()
    await writeFile(plan, (await text(plan)).replace('Liaoning culture along the Silk Road, 2027', 'Edited elsewhere'))
    expect(await app.nextEvent('file:changed-on-disk')).toEqual({ sender: win.sender, event: 'file:changed-on-disk', payload: { path: plan } })
  })

  it('says nothing about its own saves, and speaks again for the next outside change', async () => {
    const { app, plan, result } = await openCopy()
    for (const title of ['First', 'Second', 'Third']) {
      const saved = await app.handlers['project:save']({ project: { ...result.project, title }, saveAs: false, overwrite: false }, win)
      expect(saved.kind).toBe('saved')
    }
    // Long enough for the watch to have settled on our own writes.
    await pause(500)
    expect(app.events).toEqual([])

    await writeFile(plan, (await text(plan)).replace('"Third"', '"Outside"'))
    expect((await app.nextEvent('file:changed-on-disk')).payload).toEqual({ path: plan })
  })

  it('a reported outside change is not forgotten by the next save, even one that put the mtime back (issue 8 item 5)', async () => {
    const { app, plan, result } = await openCopy()
    const ns = statSync(plan, { bigint: true }).mtimeNs
    const edited = (await text(plan)).replace('Silk Road, 2027', 'Silk Road, 2028')
    await writeFile(plan, edited)
    execFileSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, plan])
    await app.nextEvent('file:changed-on-disk')
    const mine = { ...result.project, title: 'Mine' }
    expect(await app.handlers['project:save']({ project: mine, saveAs: false, overwrite: false }, win)).toEqual({ kind: 'conflict', path: plan, name: 'watched.caravan' })
    expect(await text(plan)).toBe(edited)
    // Told, the planner chooses to keep theirs over it.
    expect((await app.handlers['project:save']({ project: mine, saveAs: false, overwrite: true }, win)).kind).toBe('saved')
  })

  it('stops watching after the window forgets its file', async () => {
    const { app, plan } = await openCopy()
    await app.handlers['project:forget'](undefined, win)
    await writeFile(plan, (await text(plan)).replace('Liaoning culture along the Silk Road, 2027', 'Edited elsewhere'))
    await pause(500)
    expect(app.events).toEqual([])
  })
})
