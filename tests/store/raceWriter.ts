// Child process of saveIntegrity.test.ts: opens the plan, waits for "go" on stdin, saves its own
// edit with the hash it opened, and prints what the store answered ("ok" or the failure reason).
import { createInterface } from 'node:readline'
import { openProjectFile, saveProjectFile } from '../../src/main/store'

const [file, title] = process.argv.slice(2)
if (file === undefined || title === undefined) throw new Error('usage: raceWriter FILE TITLE')
const opened = await openProjectFile(file)
if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
process.stdout.write('ready\n')
const lines = createInterface({ input: process.stdin })
for await (const line of lines) {
  if (line !== 'go') continue
  const saved = await saveProjectFile(file, { ...opened.project, title }, { expectedHash: opened.hash })
  process.stdout.write(`${saved.ok ? 'ok' : saved.reason}\n`)
  break
}
lines.close()
