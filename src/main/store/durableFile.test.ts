import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableTextFile, keepBackup, writeFileDurably } from './durableFile'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-durable-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'))

describe('DurableTextFile', () => {
  it('works as a lowdb adapter: what is written reads back, a missing file reads as null', async () => {
    const file = join(dir, 'plan.caravan')
    const db = new Low(new DurableTextFile(file), 'default')
    await db.read()
    expect(db.data).toBe('default')
    db.data = 'hello\n'
    await db.write()
    expect(readFileSync(file, 'utf8')).toBe('hello\n')
    expect(await new DurableTextFile(file).read()).toBe('hello\n')
    expect(temps()).toEqual([])
  })

  it('lands every one of 20 concurrent writes from separate adapters, in call order, each on disk when reported', async () => {
    const file = join(dir, 'plan.caravan')
    const seenWhenReported: string[] = []
    const writes = Array.from({ length: 20 }, (_, i) =>
      new DurableTextFile(file).write(`version ${i}\n`).then(() => {
        seenWhenReported.push(readFileSync(file, 'utf8'))
      }),
    )
    await Promise.all(writes)
    expect(seenWhenReported).toEqual(Array.from({ length: 20 }, (_, i) => `version ${i}\n`))
    expect(readFileSync(file, 'utf8')).toBe('version 19\n')
    expect(temps()).toEqual([])
  })

  it('keeps later writes going after one fails', async () => {
    const file = join(dir, 'plan.caravan')
    const failing = writeFileDurably(join(dir, 'missing-folder', 'plan.caravan'), 'x')
    const first = writeFileDurably(file, 'one\n')
    await expect(failing).rejects.toMatchObject({ code: 'ENOENT' })
    await first
    await writeFileDurably(file, 'two\n')
    expect(readFileSync(file, 'utf8')).toBe('two\n')
  })

  it('leaves the target untouched and no temp file behind when the write fails', async () => {
    const target = join(dir, 'taken')
    mkdirSync(target)
    writeFileSync(join(target, 'inside.txt'), 'keep me')
    await expect(writeFileDurably(target, 'new content')).rejects.toBeDefined()
    expect(statSync(target).isDirectory()).toBe(true)
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep me')
    expect(temps()).toEqual([])
  })

  it('removes temp files left by a crashed writer, but not those of a running one or of another computer', async () => {
    const file = join(dir, 'plan.caravan')
    const here = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
    const crashed = `.plan.caravan.2147483646.${here}0123456789ab.tmp`
    const running = `.plan.caravan.${process.ppid}.${here}0123456789ab.tmp`
    const otherComputer = '.plan.caravan.2147483646.ffffffff0123456789ab.tmp'
    const otherComputerLongAgo = '.plan.caravan.2147483645.ffffffff0123456789ab.tmp'
    const otherFile = `.other.caravan.2147483646.${here}0123456789ab.tmp`
    for (const name of [crashed, running, otherComputer, otherComputerLongAgo, otherFile]) writeFileSync(join(dir, name), 'partial')
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000)
    utimesSync(join(dir, otherComputerLongAgo), yesterday, yesterday)
    await writeFileDurably(file, 'saved\n')
    expect(temps().sort()).toEqual([otherComputer, otherFile, running].sort())
  })

  it('keeps the permissions of the file it replaces', async () => {
    const file = join(dir, 'private.caravan')
    writeFileSync(file, 'old')
    chmodSync(file, 0o600)
    await writeFileDurably(file, 'new')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('writes through a symbolic link to the file it points to', async () => {
    mkdirSync(join(dir, 'real'))
    const real = join(dir, 'real', 'plan.caravan')
    writeFileSync(real, 'old')
    const link = join(dir, 'link.caravan')
    symlinkSync(real, link)
    await writeFileDurably(link, 'new')
    expect(readFileSync(real, 'utf8')).toBe('new')
    expect(statSync(link).isFile()).toBe(true)
    expect(readFileSync(link, 'utf8')).toBe('new')
  })
})

describe('keepBackup', () => {
  it('keeps the current bytes as the backup, unaffected by the next write of the file', async () => {
    const file = join(dir, 'plan.caravan')
    writeFileSync(file, 'version 1\n')
    await keepBackup(file, `${file}.bak`, () => Buffer.from('version 1\n'))
    await writeFileDurably(file, 'version 2\n')
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version 1\n')
    expect(readFileSync(file, 'utf8')).toBe('version 2\n')
    expect(temps()).toEqual([])
  })

  it('writes the given bytes where the file cannot be linked', async () => {
    const file = join(dir, 'vanished.caravan')
    await keepBackup(file, `${file}.bak`, () => Buffer.from('what was read\n'))
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('what was read\n')
    expect(temps()).toEqual([])
  })
})
