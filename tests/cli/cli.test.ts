import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { caravan } from './helpers'

const root = resolve(__dirname, '../..')
const sample = join(root, 'resources/sample.caravan')
const sampleText = readFileSync(sample, 'utf8')

let dir: string
let plan: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caravan-cli-'))
  plan = join(dir, 'silk-road.caravan')
  copyFileSync(sample, plan)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})


/** The same plan with every object's keys in reverse order and 4-space indentation. */
function scrambled(text: string): string {
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]))
    return value
  }
  return JSON.stringify(reverse(JSON.parse(text)), null, 4)
}

/** The sample with its fourth event ending before it starts. */
function brokenSample(): string {
  const project = JSON.parse(sampleText)
  project.events[3].end = '2020-01-01'
  return `${JSON.stringify(project, null, 2)}\n`
}

describe('caravan validate', () => {
  it('says ok with the counts of a valid plan', async () => {
    const result = await caravan('validate', plan)
    expect(result).toEqual({ status: 0, out: `ok ${plan}: 15 events, 14 partners, 3 co-productions`, err: '' })
  })

  it('lists each problem with its place in the file, exit 1', async () => {
    const broken = join(dir, 'broken.caravan')
    writeFileSync(broken, brokenSample())
    const result = await caravan('validate', plan, broken)
    expect(result.status).toBe(1)
    const lines = result.out.split('\n')
    expect(lines[0]).toBe(`ok ${plan}: 15 events, 14 partners, 3 co-productions`)
    expect(lines[1]).toMatch(new RegExp(`^${broken.replace(/[.]/g, '\\.')}: events\\[3\\]\\.end: .+`))
  })

  it('names the file for whole-file problems', async () => {
    const notes = join(dir, 'notes.caravan')
    writeFileSync(notes, 'not a plan at all')
    const result = await caravan('validate', notes)
    expect(result.status).toBe(1)
    expect(result.out).toMatch(new RegExp(`^${notes.replace(/[.]/g, '\\.')}: \\S`))
  })

  it('exits 2 with a clear message for a missing file', async () => {
    const missing = join(dir, 'missing.caravan')
    const result = await caravan('validate', plan, missing)
    expect(result.status).toBe(2)
    expect(result.err).toContain(`The file ${missing} does not exist or was moved`)
  })

  it('exits 2 when no file is given', async () => {
    const result = await caravan('validate')
    expect(result.status).toBe(2)
    expect(result.err).toContain('validate needs at least one file')
  })
})

describe('caravan info', () => {
  it('describes the plan in an aligned report', async () => {
    const result = await caravan('info', plan)
    expect(result.status).toBe(0)
    const lines = result.out.split('\n')
    const column = (lines.find((l) => l.startsWith('Title ')) ?? '').indexOf('Liaoning')
    const row = (label: string, value: string) => `${label.padEnd(column)}${value}`
    expect(column).toBeGreaterThan(5)
    expect(lines).toContain(row('Title', 'Liaoning culture along the Silk Road, 2027'))
    expect(lines).toContain(row('', '2027 辽宁文化丝路行'))
    expect(lines).toContain(row('Home time zone', 'Asia/Shanghai'))
    expect(lines).toContain(row('Dates', '11 Jan 2027 – 28 Feb 2028'))
    expect(lines).toContain(row('Last modified', '27 Nov 2026, 08:40 UTC'))
    expect(lines).toContain(row('Events', '15'))
    expect(lines).toContain(row('  exhibition', ' 3'))
    expect(lines).toContain(row('  planned', ' 7'))
    expect(lines.find((l) => l.startsWith('Events '))).toMatch(/^Events +15$/)
    expect(lines.find((l) => l.startsWith('Partners '))).toMatch(/^Partners +14$/)
    expect(lines.find((l) => l.startsWith('Co-productions '))).toMatch(/^Co-productions +3$/)
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}KZ +Kazakhstan$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}EG +Egypt$/))
  })

  it('gives the report in Chinese with --lang zh-CN, aligned in a terminal’s columns', async () => {
    const result = await caravan('info', '--lang', 'zh-CN', plan)
    expect(result.status).toBe(0)
    const lines = result.out.split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^标题 +Liaoning culture along the Silk Road, 2027$/))
    expect(lines).toContainEqual(expect.stringMatching(/^起止日期 +2027年1月11日至2028年2月28日$/))
    expect(lines).toContainEqual(expect.stringMatching(/^最后修改 +2026年11月27日 08:40（UTC）$/))
    expect(lines).toContainEqual(expect.stringMatching(/^活动 +15$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}展览 +3$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}KZ +哈萨克斯坦$/))
    // A CJK character is two columns wide: every value starts in the same column on screen.
    const width = (text: string) => [...text].reduce((n, c) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/u.test(c) ? 2 : 1), 0)
    const column = (label: string) => width(lines.find((l) => l.startsWith(label))!.match(new RegExp(`^${label} +`))![0])
    expect(column('起止日期')).toBe(column('标题'))
    // English stays the default, and an unknown language is a usage error.
    expect((await caravan('info', plan)).out).toContain('Home time zone')
    const unknown = await caravan('info', '--lang', 'fr', plan)
    expect(unknown.status).toBe(2)
    expect(unknown.err).toContain('--lang zh-CN')
  })

  it('reports an invalid plan like validate, exit 1', async () => {
    writeFileSync(plan, brokenSample())
    const result = await caravan('info', plan)
    expect(result.status).toBe(1)
    expect(result.out).toContain(`${plan}: events[3].end:`)
  })
})

describe('caravan fmt', () => {
  it('makes a reordered, re-indented plan canonical, keeping modifiedAt', async () => {
    writeFileSync(plan, scrambled(sampleText))
    expect(await caravan('fmt', '--check', plan)).toEqual({ status: 1, out: `${plan} is not in canonical form`, err: '' })
    expect(readFileSync(plan, 'utf8')).toBe(scrambled(sampleText))

    const formatted = await caravan('fmt', plan)
    expect(formatted.status).toBe(0)
    expect(readFileSync(plan, 'utf8')).toBe(sampleText)
    expect((await caravan('validate', plan)).status).toBe(0)
    expect(await caravan('fmt', plan, '--check')).toEqual({ status: 0, out: `${plan} is in canonical form`, err: '' })
  })

  it('writes to another file with -o and leaves the original alone', async () => {
    writeFileSync(plan, scrambled(sampleText))
    const out = join(dir, 'tidy.caravan')
    const result = await caravan('fmt', plan, '-o', out)
    expect(result.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(sampleText)
    expect(readFileSync(plan, 'utf8')).toBe(scrambled(sampleText))
  })

  it('writes nothing for a file already canonical', async () => {
    const result = await caravan('fmt', plan)
    expect(result).toEqual({ status: 0, out: `${plan} is already in canonical form`, err: '' })
    expect(readdirSync(dir)).toEqual(['silk-road.caravan'])
  })

  it('reports an invalid plan and never touches it', async () => {
    const broken = brokenSample()
    writeFileSync(plan, broken)
    for (const args of [[plan], [plan, '--check']]) {
      const result = await caravan('fmt', ...args)
      expect(result.status).toBe(1)
      expect(result.out).toContain(`${plan}: events[3].end:`)
    }
    expect(readFileSync(plan, 'utf8')).toBe(broken)
    expect(readdirSync(dir)).toEqual(['silk-road.caravan'])
  })

  it('exits 2 for a missing file or a bad option', async () => {
    expect((await caravan('fmt', join(dir, 'missing.caravan'))).status).toBe(2)
    expect((await caravan('fmt', plan, '--wide'))).toMatchObject({ status: 2, err: expect.stringContaining('--wide') })
    expect((await caravan('fmt', plan, '-o'))).toMatchObject({ status: 2, err: expect.stringContaining('-o needs a file name') })
  })
})

describe('caravan help and mistakes', () => {
  it('prints help and the version', async () => {
    for (const arg of ['--help', 'help']) {
      const result = await caravan(arg)
      expect(result.status).toBe(0)
      expect(result.out).toContain('validate FILE...')
      expect(result.out).toContain('fmt FILE [-o OUT] [--check]')
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(await caravan('--version')).toEqual({ status: 0, out: `caravan ${pkg.version}`, err: '' })
  })

  it('shows the usage on stderr for an unknown command, exit 2', async () => {
    const result = await caravan('export-all', plan)
    expect(result.status).toBe(2)
    expect(result.out).toBe('')
    expect(result.err).toContain('unknown command "export-all"')
    expect(result.err).toContain('Usage: caravan COMMAND')
  })
})

describe('the installed caravan command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-tools.mjs'], { cwd: root, stdio: 'pipe' })
  })

  it('validates a plan from the shell', () => {
    const ok = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', plan], { cwd: root, encoding: 'utf8' })
    expect(ok.status).toBe(0)
    expect(ok.stdout).toBe(`ok ${plan}: 15 events, 14 partners, 3 co-productions\n`)
    const missing = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', join(dir, 'missing.caravan')], { cwd: root, encoding: 'utf8' })
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('does not exist or was moved')
  })

  it('generates a large valid plan with npm run gen', () => {
    const big = join(dir, 'big.caravan')
    const gen = spawnSync(process.execPath, ['out/tools/gen.mjs', '--events', '300', '--seed', '4', big], { cwd: root, encoding: 'utf8' })
    expect(gen.status).toBe(0)
    const size = readFileSync(big).length
    expect(gen.stdout).toMatch(new RegExp(`^wrote ${big.replace(/[.]/g, '\\.')}: 300 events, \\d+ partners, \\d+ co-productions \\(${size} bytes\\)\n$`))
    const check = spawnSync(process.execPath, ['bin/caravan.mjs', 'validate', big], { cwd: root, encoding: 'utf8' })
    expect(check.stdout).toMatch(/^ok .*: 300 events/)
    // The same seed gives the same plan, byte for byte.
    const again = join(dir, 'again.caravan')
    spawnSync(process.execPath, ['out/tools/gen.mjs', '--events', '300', '--seed', '4', again], { cwd: root })
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(big, 'utf8'))
    const usage = spawnSync(process.execPath, ['out/tools/gen.mjs', big], { cwd: root, encoding: 'utf8' })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('--events N')
  })
})
