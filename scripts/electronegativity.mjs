// Runs Electronegativity over src/ and fails on any HIGH or MEDIUM finding that
// docs/electronegativity.md does not explain, on an explanation of a finding no longer reported,
// and on a file the scanner could not read. `npm run test:security`; offline (see the doc).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')
const root = fileURLToPath(new URL('..', import.meta.url))
const docPath = 'docs/electronegativity.md'

/** Rows `| \`CHECK\` | \`file\` or — | reason |` of the reviewed file. */
function reviewedRows() {
  const rows = []
  for (const line of readFileSync(`${root}/${docPath}`, 'utf8').split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
    if (cells.length !== 3 || !/^`[A-Za-z_]+`$/.test(cells[0])) continue
    const file = cells[1].replace(/^`|`$/g, '')
    rows.push({ check: cells[0].slice(1, -1), file: file === '—' ? undefined : file, reason: cells[2] })
  }
  return rows
}

const rows = reviewedRows()
const problems = []
for (const row of rows) if (row.reason.length < 20) problems.push(`${docPath}: ${row.check} needs a reason.`)
const excluded = rows.filter((row) => row.file === undefined).map((row) => row.check)
const accepted = rows.filter((row) => row.file !== undefined)

// Quiet the scanner's own chatter (its translation fetch); keep the findings.
const log = console.log
console.log = () => {}
let result
try {
  result = await run(
    { input: `${root}/src`, isRelative: true, excludeFromScan: excluded, electronVersionOverride: require('electron/package.json').version },
    false,
  )
} finally {
  console.log = log
}

for (const error of result.errors) if (!error.tolerable) problems.push(`Could not scan ${error.file}: ${error.message}`)
const used = new Set()
for (const issue of result.issues) {
  const where = `${issue.file}:${issue.location?.line ?? '?'}`
  const row = accepted.find((r) => r.check === issue.id && r.file === issue.file)
  if (row) used.add(row)
  const serious = issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM'
  const mark = row ? 'explained' : serious ? 'NOT EXPLAINED' : 'low'
  log(`${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${where} (${mark}): ${issue.description}`)
  if (serious && !row) problems.push(`${issue.id} at ${where} (${issue.severity.name}) is not explained in ${docPath}: fix it, or add a row saying why it stays.`)
}
for (const row of accepted) if (!used.has(row)) problems.push(`${docPath} explains ${row.check} in ${row.file}, which is no longer reported: remove the row.`)

log(`Electronegativity: ${result.issues.length} finding(s) over src/, ${accepted.length} explained, ${excluded.length} check(s) not run.`)
if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
