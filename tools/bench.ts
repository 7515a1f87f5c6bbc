// `npm run bench`: prints how fast Caravan opens and saves big plans and how its timeline
// behaves in Chromium through the web host (DESIGN.md budgets).
// Numbers are reported, never asserted: tests do not depend on the speed of the machine.
import { englishIssue } from '../src/locales/english'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generatePlan, parseProject, type Project } from '../src/shared/format'
import { saveProjectFile } from '../src/main/store'
import { createHandlers } from '../src/main/handlers'
import { createQueueDialogs } from '../src/main/queueDialogs'
import { versionWritesSettled } from '../src/main/versionKeeper'
import { benchTimeline } from './benchTimeline'
import { benchMerge } from './benchMerge'
import { benchExchange } from './benchExchange'
import { benchPrint } from './benchPrint'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}
const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? NaN
}
const ms = (n: number): string => `${n.toFixed(1)} ms`

function timeIt(runs: number, fn: () => void): number[] {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    out.push(performance.now() - t0)
  }
  return out
}

async function timeAsync(runs: number, fn: (i: number) => Promise<void>, after?: () => Promise<void>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn(i)
    out.push(performance.now() - t0)
    await after?.()
  }
  return out
}

function withTitle(project: Project, i: number): Project {
  const [first, ...rest] = project.events
  if (!first) return project
  return { ...project, events: [{ ...first, title: `${first.title} (draft ${i})` }, ...rest] }
}

/** `--save-only`: just the save timings, through the store and through main's save handler. */
const saveOnly = process.argv.includes('--save-only')
/** `--merge-only`: just the three-way merge of two edited 10,000-event copies. */
const mergeOnly = process.argv.includes('--merge-only')
/** `--exchange-only`: just the export and import timings of ICS, CSV and XLSX. */
const exchangeOnly = process.argv.includes('--exchange-only')
/** `--print-only`: just the print preview and PDF timings at 1,000 events. */
const printOnly = process.argv.includes('--print-only')
/** `--timeline-only`: just the timeline in Chromium (first items, DOM, click, zoom and Group by, drag). */
const timelineOnly = process.argv.includes('--timeline-only')

/**
 * Saves as a window does: through main's `project:save` handler (validation included). The saved
 * version is kept in the version history after the save answers; that is timed apart (`kept`),
 * and each save starts once the one before is kept, as saves seconds apart would.
 */
async function benchHandlerSave(file: string, dir: string): Promise<{ saves: number[]; kept: number[] }> {
  const handlers = createHandlers({ dialogs: createQueueDialogs().dialogs, userDataDir: join(dir, 'user-data'), documentsDir: join(dir, 'Documents'), sampleFile: file, startFile: file })
  const ctx = { sender: 'bench' }
  const started = await handlers['app:start'](undefined, ctx)
  if (started.kind !== 'opened') throw new Error(`could not open ${file}`)
  const base = started.project
  const kept: number[] = []
  const saves = await timeAsync(10, async (i) => {
    const result = await handlers['project:save']({ project: withTitle(base, i), saveAs: false, overwrite: false }, ctx)
    if (result.kind !== 'saved') throw new Error(`save through the handler answered ${JSON.stringify(result).slice(0, 400)}`)
  }, async () => {
    const t0 = performance.now()
    await versionWritesSettled()
    kept.push(performance.now() - t0)
  })
  return { saves, kept }
}

async function benchSize(events: number, dir: string): Promise<string[]> {
  const file = join(dir, `plan-${events}.caravan`)
  const plan = generatePlan({ events, seed: 1 })
  const first = await saveProjectFile(file, plan, { keepModifiedAt: true })
  if (!first.ok) throw new Error(`could not write the generated plan: ${first.errors.map(englishIssue).join('; ')}`)
  if (saveOnly) {
    let hash = first.hash
    const store = await timeAsync(10, async (i) => {
      const result = await saveProjectFile(file, withTitle(first.project, i), { expectedHash: hash })
      if (!result.ok) throw new Error(`save failed: ${result.errors.map(englishIssue).join('; ')}`)
      hash = result.hash
    })
    const handler = await benchHandlerSave(file, dir)
    return [
      `${events.toLocaleString('en')} events`,
      `  save with fsync, store only     median ${ms(median(store))}, p95 ${ms(p95(store))}`,
      `  save with fsync, main handler   median ${ms(median(handler.saves))}, p95 ${ms(p95(handler.saves))} (budget 100 ms)`,
      `  … then the version kept         median ${ms(median(handler.kept))}, p95 ${ms(p95(handler.kept))} (after the save answered)`,
    ]
  }
  if (exchangeOnly) return [`${events.toLocaleString('en')} events`, ...(await benchExchange(first.project))]
  if (printOnly) return [`${events.toLocaleString('en')} events`, ...(await benchPrint(file))]
  if (timelineOnly) return [`${events.toLocaleString('en')} events`, ...(await benchTimeline(file))]
  const text = readFileSync(file, 'utf8')

  // Warm up the JIT so both sides are measured at steady state.
  timeIt(3, () => JSON.parse(text))
  timeIt(3, () => parseProject(text))
  const bare = median(timeIt(15, () => JSON.parse(text)))
  const full = median(timeIt(15, () => parseProject(text)))

  const cli = join(process.cwd(), 'bin', 'caravan.mjs')
  const procRuns = 5
  const nodeBare = median(
    timeIt(procRuns, () =>
      execFileSync(process.execPath, ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`]),
    ),
  )
  const nodeValidate = median(timeIt(procRuns, () => execFileSync(process.execPath, [cli, 'validate', file])))

  let current = first.project
  let hash = first.hash
  const saves = await timeAsync(10, async (i) => {
    const result = await saveProjectFile(file, withTitle(current, i), { expectedHash: hash })
    if (!result.ok) throw new Error(`save failed: ${result.errors.map(englishIssue).join('; ')}`)
    current = result.project
    hash = result.hash
  })
  const unchanged = await timeAsync(5, async () => {
    await saveProjectFile(file, current, { expectedHash: hash })
  })

  const mb = (Buffer.byteLength(text) / 1e6).toFixed(1)
  return [
    `${events.toLocaleString('en')} events (${mb} MB)`,
    `  parse + validate in process   ${ms(full)}  vs bare JSON.parse ${ms(bare)}  → ${(full / bare).toFixed(2)}× (budget 3×)`,
    `  caravan validate (process)    ${ms(nodeValidate)}  vs node + JSON.parse ${ms(nodeBare)}  → ${(nodeValidate / nodeBare).toFixed(2)}×`,
    `  save with fsync (changed)     median ${ms(median(saves))}, p95 ${ms(p95(saves))} (budget 100 ms)`,
    `  save through main's handler   median ${ms(median((await benchHandlerSave(file, dir)).saves))}`,
    `  save unchanged (no write)     median ${ms(median(unchanged))}`,
    ...(await benchExchange(current)),
    ...(await benchTimeline(file)),
    // Printing is budgeted at 1,000 events (a year's programme, DESIGN.md).
    ...(events <= 1_000 ? await benchPrint(file) : []),
  ]
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caravan-bench-'))
  try {
    console.log(`Caravan bench — Node ${process.version}, ${new Date().toISOString()}`)
    const sizes = printOnly ? [1_000] : [1_000, 10_000]
    if (!mergeOnly) for (const size of sizes) console.log((await benchSize(size, dir)).join('\n'))
    if (!saveOnly && !printOnly && !exchangeOnly && !timelineOnly) console.log((await benchMerge(dir)).join('\n'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
