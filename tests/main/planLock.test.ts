// The "in use" lock beside a plan, on real temp folders: who holds it, stale locks taken over, a
// read-only folder still opening, and never writing through a planted link.
import { chmod, readFile, symlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { heldBy, lockPathOf, releaseLock, takeLock } from '../../src/main/planLock'
import { removeTempFolders, tempFolder } from './helpers'

afterEach(removeTempFolders)

const lockOf = (owner: object) => `${JSON.stringify(owner)}\n`

describe('the plan lock', () => {
  it('is beside the plan in the office suites’ convention, ours to take and release', async () => {
    const plan = join(await tempFolder(), 'team.caravan')
    expect(lockPathOf(plan)).toBe(join(plan, '..', '.~lock.team.caravan#'))
    expect(await takeLock(plan)).toBe(true)
    expect(await heldBy(plan)).toBeNull()
    expect(JSON.parse(await readFile(lockPathOf(plan), 'utf8'))).toMatchObject({ host: hostname(), pid: process.pid })
    await releaseLock(plan)
    await expect(readFile(lockPathOf(plan))).rejects.toThrow()
  })

  it('names a live holder on this computer, and one on another computer for a day; older or dead ones are stale', async () => {
    const plan = join(await tempFolder(), 'team.caravan')
    await writeFile(lockPathOf(plan), lockOf({ user: 'aigerim', host: hostname(), pid: process.ppid, since: '2026-12-01T09:12:00Z' }))
    expect(await heldBy(plan)).toMatchObject({ user: 'aigerim' })
    await writeFile(lockPathOf(plan), lockOf({ user: 'aigerim', host: hostname(), pid: 2 ** 22 + 12345, since: '2026-12-01T09:12:00Z' }))
    expect(await heldBy(plan)).toBeNull()
    const now = new Date('2026-12-01T12:00:00Z')
    await writeFile(lockPathOf(plan), lockOf({ user: 'dilnoza', host: 'almaty-pc', pid: 7, since: '2026-12-01T09:12:00Z' }))
    expect(await heldBy(plan, now)).toMatchObject({ user: 'dilnoza', host: 'almaty-pc' })
    expect(await heldBy(plan, new Date('2026-12-03T12:00:00Z'))).toBeNull()
    // Taking over ("open anyway", or a stale one) replaces it; releasing leaves others' alone.
    expect(await takeLock(plan, now)).toBe(true)
    expect(JSON.parse(await readFile(lockPathOf(plan), 'utf8'))).toMatchObject({ pid: process.pid })
  })

  it('a folder where no lock can be written still opens (no lock), and a planted link is replaced, not written through', async () => {
    const folder = await tempFolder()
    const plan = join(folder, 'team.caravan')
    const victim = join(folder, 'victim.txt')
    await writeFile(victim, 'keep me')
    await symlink(victim, lockPathOf(plan))
    expect(await takeLock(plan)).toBe(true)
    expect(await readFile(victim, 'utf8')).toBe('keep me')
    const readOnly = await tempFolder()
    await chmod(readOnly, 0o555)
    // Root may write anywhere; the point is that a refusal is a quiet "no lock", never an error.
    await expect(takeLock(join(readOnly, 'shared.caravan'))).resolves.toBeTypeOf('boolean')
    await chmod(readOnly, 0o755)
  })
})
