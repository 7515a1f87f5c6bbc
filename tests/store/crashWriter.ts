// Child process of crash.test.ts: saves the given versions of a plan in turn, as fast as it can,
// until it is killed. Prints "ready" after its first save that replaced the file and its backup
// (and so removed the temp files an earlier writer left).
import { readFileSync } from 'node:fs'
import type { Project } from '../../src/shared/format'
import { saveProjectFile } from '../../src/main/store'

const [file, versionsFile] = process.argv.slice(2)
if (file === undefined || versionsFile === undefined) throw new Error('usage: crashWriter FILE VERSIONS.json')
const versions = JSON.parse(readFileSync(versionsFile, 'utf8')) as Project[]

let ready = false
for (let i = 1; ; i++) {
  const version = versions[i % versions.length] as Project
  const saved = await saveProjectFile(file, version, { keepModifiedAt: true })
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors))
  if (saved.changed && !ready) {
    ready = true
    process.stdout.write('ready\n')
  }
}
