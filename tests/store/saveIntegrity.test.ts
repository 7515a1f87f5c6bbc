// Issue 8, items 2, 4, 5 and 11: a save never writes through a planted link, never loses a
// concurrent edit, notices an outside edit that put the mtime back, and a failed save moves nothing.
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Project } from '../../src/shared/format'
import { openProjectFile, saveProjectFile } from '../../src/main/store'
import { sampleFile } from '../main/helpers'
import { englishIssue } from '../../src/locales/english'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-integrity-'))
  file = join(dir, 'team.caravan')
  copyFileSync(sampleFile, file)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function open(path = file): Promise<{ project: Project; hash: string }> {
  const opened = await openProjectFile(path)
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
  return opened
}
const titled = (project: Project, title: string): Project => ({ ...project, title })
const messages = (result: Awaited<ReturnType<typeof saveProjectFile>>): string[] => (result.ok ? (result.warnings ?? []) : result.errors).map(englishIssue)

describe('links planted beside the plan (item 2)', () => {
  it('replaces a symbolic link at NAME.caravan.bak instead of writing the old plan through it', async () => {
    const victim = join(dir, 'bashrc')
    writeFileSync(victim, 'alias ll="ls -l"\n')
    symlinkSync(victim, `${file}.bak`)
    const before = readFileSync(file, 'utf8')
    const { project, hash } = await open()
    const saved = await saveProjectFile(file, titled(project, 'Saved by the victim'), { expectedHash: hash })
    expect(saved.ok).toBe(true)
    expect(readFileSync(victim, 'utf8')).toBe('alias ll="ls -l"\n')
    expect(lstatSync(`${file}.bak`).isSymbolicLink()).toBe(false)
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before)
  })

  it('does the same where the plan cannot be hard-linked (the plan on another file system)', async () => {
    const elsewhere = await mkdtemp('/dev/shm/caravan-integrity-')
    try {
      const real = join(elsewhere, 'team.caravan')
      copyFileSync(sampleFile, real)
      const link = join(dir, 'linked.caravan')
      symlinkSync(real, link)
      const victim = join(dir, 'profile')
      writeFileSync(victim, 'export PATH\n')
      symlinkSync(victim, `${link}.bak`)
      const { project, hash } = await open(link)
      expect((await saveProjectFile(link, titled(project, 'Across file systems'), { expectedHash: hash })).ok).toBe(true)
      expect(readFileSync(victim, 'utf8')).toBe('export PATH\n')
      expect(lstatSync(`${link}.bak`).isFile()).toBe(true)
      expect(JSON.parse(readFileSync(real, 'utf8')).title).toBe('Across file systems')
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('still saves the plan where the backup cannot be made, and says so', async () => {
    mkdirSync(`${file}.bak`)
    const { project, hash } = await open()
    const saved = await saveProjectFile(file, titled(project, 'Saved without a backup'), { expectedHash: hash })
    expect(saved.ok).toBe(true)
    expect(messages(saved)).toEqual([expect.stringMatching(/team\.caravan was saved, but its previous version could not be kept as .*team\.caravan\.bak/)])
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('Saved without a backup')
  })
})

describe('two processes saving one plan at once (item 4)', () => {
  let racer: string
  beforeAll(async () => {
    racer = join(tmpdir(), `caravan-race-writer-${process.pid}.mjs`)
    await build({ entryPoints: [resolve(__dirname, 'raceWriter.ts')], outfile: racer, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
  })
  afterAll(() => rm(racer, { force: true }))

  function startRacer(title: string): Promise<{ go(): Promise<string> }> {
    const child = spawn(process.execPath, [racer, file, title], { stdio: ['pipe', 'pipe', 'inherit'] })
    const lines: string[] = []
    const waiting: ((line: string) => void)[] = []
    let buffer = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 1)
        const waiter = waiting.shift()
        if (waiter) waiter(line)
        else lines.push(line)
      }
    })
    const next = (): Promise<string> => new Promise((done) => (lines.length > 0 ? done(lines.shift()!) : waiting.push(done)))
    return next().then(() => ({
      go: () => {
        child.stdin.write('go\n')
        return next()
      },
    }))
  }

  it('lets exactly one writer win; the other is told of the conflict and the winner’s edit is on disk', async () => {
    for (let trial = 0; trial < 12; trial++) {
      copyFileSync(sampleFile, file)
      const { project, hash } = await open()
      const other = await startRacer(`Other process ${trial}`)
      const [theirs, ours] = await Promise.all([other.go(), saveProjectFile(file, titled(project, `This process ${trial}`), { expectedHash: hash })])
      const results = [theirs, ours.ok ? 'ok' : ours.reason].sort()
      expect(results, `trial ${trial}`).toEqual(['conflict', 'ok'])
      const onDisk = JSON.parse(readFileSync(file, 'utf8')).title
      expect(onDisk).toBe(theirs === 'ok' ? `Other process ${trial}` : `This process ${trial}`)
    }
  }, 60_000)
})

describe('an outside edit that put the mtime back (item 5)', () => {
  it('is noticed by the next save, which asks instead of overwriting', async () => {
    const { project, hash } = await open()
    const s = statSync(file, { bigint: true })
    const text = readFileSync(file, 'utf8')
    const edited = text.replace('Liaoning culture along the Silk Road, 2027', 'Liaoning culture along the Silk Road, 2028')
    expect(edited.length).toBe(text.length)
    writeFileSync(file, edited) // in place: same inode, same size
    const ns = s.mtimeNs
    execFileSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, file])
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(ns)
    const saved = await saveProjectFile(file, titled(project, 'Mine'), { expectedHash: hash })
    expect(saved.ok ? 'saved' : saved.reason).toBe('conflict')
    expect(readFileSync(file, 'utf8')).toBe(edited)
  })
})

describe('a save that fails moves nothing (item 11)', () => {
  it('refuses Save As onto a dangling symbolic link, leaving the link as it is', async () => {
    const link = join(dir, 'copy.caravan')
    const nowhere = join(dir, 'missing-folder', 'planted.caravan')
    symlinkSync(nowhere, link)
    const saved = await saveProjectFile(link, (await open()).project)
    expect(saved.ok ? 'saved' : saved.reason).toBe('io')
    expect(messages(saved)).toEqual([expect.stringMatching(/did not save .*copy\.caravan: it is a link to .*planted\.caravan, which does not exist\. Save under another name\./)])
    expect(readlinkSync(link)).toBe(nowhere)
  })
})

/** A small tmpfs of its own, where the machine allows mounting one (root in a container); removed after the test. */
async function withTmpfs(sizeKb: number, work: (mount: string) => Promise<void>): Promise<void> {
  const mount = await mkdtemp(join(tmpdir(), 'caravan-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', mount])
  try {
    await work(mount)
  } finally {
    execFileSync('umount', ['-l', mount])
    await rm(mount, { recursive: true, force: true })
  }
}
const canMount = ((): boolean => {
  try {
    const probe = execFileSync('mktemp', ['-d']).toString().trim()
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe])
    execFileSync('rmdir', [probe])
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!canMount)('on a full or read-only disk (item 11, a tmpfs of its own)', () => {
  it('a save that finds the disk full keeps the older backup and the plan as they were', async () => {
    await withTmpfs(400, async (mount) => {
      const plan = join(mount, 'plan.caravan')
      copyFileSync(sampleFile, plan)
      const first = await open(plan)
      const saved = await saveProjectFile(plan, titled(first.project, 'Version 2'), { expectedHash: first.hash })
      if (!saved.ok) throw new Error(messages(saved).join())
      const backup = readFileSync(`${plan}.bak`)
      const current = readFileSync(plan)
      // Fill the disk, leaving less room than a plan needs.
      try {
        writeFileSync(join(mount, 'filler'), Buffer.alloc(1024 * 1024))
      } catch {
        // ENOSPC: the disk is now full, which is the point.
      }
      const bigger = { ...saved.project, title: 'Version 3', events: [...saved.project.events, ...saved.project.events.map((e, i) => ({ ...e, id: `ev-copy-${i}` }))] }
      const failed = await saveProjectFile(plan, bigger, { expectedHash: saved.hash })
      expect(failed.ok ? 'saved' : failed.reason).toBe('io')
      expect(messages(failed)).toEqual([expect.stringMatching(/could not save .*plan\.caravan: the disk is full/)])
      expect(readFileSync(`${plan}.bak`).equals(backup)).toBe(true)
      expect(readFileSync(plan).equals(current)).toBe(true)
    })
  })

  it('a save into a read-only folder names the plan, not its backup', async () => {
    await withTmpfs(1024, async (mount) => {
      const plan = join(mount, 'plan.caravan')
      copyFileSync(sampleFile, plan)
      const { project, hash } = await open(plan)
      execFileSync('mount', ['-o', 'remount,ro', mount])
      const saved = await saveProjectFile(plan, titled(project, 'Read-only'), { expectedHash: hash })
      expect(messages(saved)).toEqual([`Caravan could not save ${plan}: the disk is read-only. Save to another disk (Save As).`])
      expect(existsSync(`${plan}.bak`)).toBe(false)
    })
  })
})
