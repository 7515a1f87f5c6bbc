// `npm run bench` (or `npm run bench -- --merge-only`): how long a three-way merge of two
// 10,000-event copies takes when each side made 500 edits, in memory and through `caravan merge`.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { main as caravan } from '../src/cli/main'
import { generatePlan, serializeProject, type Project } from '../src/shared/format'
import { mergeProjects } from '../src/shared/merge'
import { applyEdits, editTexts, type Edit, type EditOp } from '../tests/support/merge'

/** What planners mostly do to a copy: edit events, add and delete a few, rename phases. */
const editOps: readonly EditOp[] = ['title', 'titleLocal', 'status', 'move', 'milestone', 'addPartner', 'removePartner', 'deleteEvent', 'addEvent', 'venue', 'phaseTitle']

function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `n` edits, mostly to events' fields, some adds, deletes and reorders, from a seed. */
function edits(n: number, seed: number): Edit[] {
  const random = seeded(seed)
  return Array.from({ length: n }, () => ({
    op: editOps[Math.floor(random() * editOps.length)]!,
    pick: Math.floor(random() * 1_000_000),
    text: editTexts[Math.floor(random() * editTexts.length)]!,
  }))
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** Lines of the merge section of the bench report. */
export async function benchMerge(dir: string, events = 10_000, editsPerSide = 500): Promise<string[]> {
  const base: Project = generatePlan({ events, seed: 7 })
  const ours = applyEdits(base, edits(editsPerSide, 1), 'ours')
  const theirs = applyEdits(base, edits(editsPerSide, 2), 'theirs')
  const times: number[] = []
  let last = mergeProjects(base, ours, theirs)
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now()
    last = mergeProjects(base, ours, theirs)
    times.push(performance.now() - t0)
  }
  const files = ['base', 'ours', 'theirs'].map((name) => join(dir, `merge-${name}.caravan`))
  ;[base, ours, theirs].forEach((project, i) => writeFileSync(files[i]!, serializeProject(project)))
  const out = join(dir, 'merge-out.caravan')
  const quiet = { out: () => {}, err: () => {} }
  const cli: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    await caravan(['merge', ...files, '-o', out], quiet)
    cli.push(performance.now() - t0)
  }
  const by = (side: string): number => last.changes.filter((c) => c.side === side).length
  return [
    `merge of two ${events.toLocaleString('en')}-event copies, ${editsPerSide} edits each: ${by('ours')} changes from ours, ${by('theirs')} from theirs, ${by('both')} on both, ${last.conflicts.length} conflicts`,
    `  mergeProjects (median of 7): ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
    `  caravan merge -o (read 3 files + merge + durable save, median of 3): ${median(cli).toFixed(1)} ms`,
  ]
}
