// Kills a process in the middle of saving, again and again: the plan on disk must always be one
// complete version. Temp files a killed writer leaves (at most the two it was writing: the new plan,
// and the link that becomes the backup) are removed by the next save of the same file.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatePlan, parseProject, serializeProject } from '../../src/shared/format'
import type { Project } from '../../src/shared/format'
import { saveProjectFile } from '../../src/main/store'

const kills = 30

let dir: string
let writer: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-crash-'))
  writer = join(dir, 'writer.mjs')
  // Bundled whole (lowdb, zod included) so the child runs from the temp folder on plain Node.
  await build({
    entryPoints: [resolve(__dirname, 'crashWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Starts the writer, waits until it has saved, lets it run `ms` more, then SIGKILLs it. Returns its pid. */
function runAndKill(file: string, versionsFile: string, ms: number): Promise<number> {
  return new Promise((resolvePid, reject) => {
    const child = spawn(process.execPath, [writer, file, versionsFile], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms))
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePid(child.pid ?? -1)
      else reject(new Error(`the writer stopped by itself (${code}): ${stderr}`))
    })
  })
}

describe('a save killed at a random moment', () => {
  it('always leaves one complete version on disk, and no temp files but those being written', async () => {
    const versions = [7, 8, 9].map((seed) => generatePlan({ events: 200, seed }))
    const complete = new Set(versions.map(serializeProject))
    const folder = join(dir, 'plans')
    mkdirSync(folder)
    const file = join(folder, 'big.caravan')
    const versionsFile = join(dir, 'versions.json')
    writeFileSync(versionsFile, JSON.stringify(versions))
    writeFileSync(file, serializeProject(versions[0] as Project))

    for (let k = 0; k < kills; k++) {
      const pid = await runAndKill(file, versionsFile, 20 + Math.floor(Math.random() * 130))
      const text = readFileSync(file, 'utf8')
      expect(parseProject(text).ok).toBe(true)
      expect(complete.has(text)).toBe(true)
      expect(complete.has(readFileSync(`${file}.bak`, 'utf8'))).toBe(true)
      const temps = readdirSync(folder).filter((name) => name.endsWith('.tmp'))
      expect(temps.length).toBeLessThanOrEqual(2)
      for (const temp of temps) expect(temp).toMatch(new RegExp(`^\\.big\\.caravan(\\.bak)?\\.${pid}\\.[0-9a-f]{20}\\.tmp$`))
    }

    // The next save that writes removes what the last killed writer left.
    const saved = await saveProjectFile(file, { ...(versions[0] as Project), title: 'After the crashes' })
    expect(saved.ok && saved.changed).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['big.caravan', 'big.caravan.bak'])
  }, 90_000)
})
