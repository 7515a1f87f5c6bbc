// Reading a project file, telling apart a file that cannot be read from one that is not a valid plan.
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { parseProject, withSubjectsFromText } from '../../shared/format'
import type { Issue, Project } from '../../shared/format'
import { issue } from '../../shared/messages'
import { stampOf, type FileStamp } from './durableFile'
import { readIssue } from './fileErrors'
import { currentStamp, recall, remember, type OpenedPlan } from './knownFiles'
import { NotReadable, readRegularFile } from './safeRead'

/** What reading a file gave: `unreadable` is an operating-system problem, `invalid` a format problem. */
export type ReadOutcome =
  | { kind: 'ok'; project: Project; hash: string; migratedFrom?: number }
  | { kind: 'unreadable'; errors: Issue[] }
  | { kind: 'invalid'; errors: Issue[] }

/** SHA-256 (hex) of raw bytes. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Where the first byte that is not UTF-8 sits, as line and column (columns count characters). */
function notUtf8(shownAs: string, bytes: Buffer): Issue {
  const loose = new TextDecoder('utf-8').decode(bytes)
  const again = Buffer.from(loose, 'utf8')
  let at = 0
  while (at < bytes.length && bytes[at] === again[at]) at++
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1
  const column = loose.length === 0 ? 1 : new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1
  return issue('', 'store.notUtf8At', { file: shownAs, line, column })
}

/** Reads, checks and migrates the project at `file`; `shownAs` is the name used in messages. */
export async function readProjectFile(file: string, shownAs: string = file): Promise<ReadOutcome> {
  // The same version read before (a reload, or the start plan read ahead) is not parsed again.
  const stamp = await currentStamp(file).catch(() => null)
  const known = stamp === null ? undefined : recall(resolve(file), stamp)
  if (known?.opened !== undefined) return opened(known.opened, known.hash)
  let bytes: Buffer
  let before: FileStamp
  try {
    const read = await readRegularFile(file)
    bytes = read.bytes
    before = stampOf(read.stats)
  } catch (error) {
    if (error instanceof NotReadable && error.reason === 'too-large') return { kind: 'invalid', errors: [readIssue(shownAs, error)] }
    return { kind: 'unreadable', errors: [readIssue(shownAs, error)] }
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return { kind: 'invalid', errors: [notUtf8(shownAs, bytes)] }
  }
  const parsed = parseProject(text)
  if (!parsed.ok) return { kind: 'invalid', errors: withSubjectsFromText(text, parsed.errors) }
  const hash = hashBytes(bytes)
  // Remember the content for the next save only if the file did not change while it was read and
  // the text is byte for byte the file (a byte-order mark would have been dropped by the decoder).
  const after = await currentStamp(file).catch(() => null)
  const plan: OpenedPlan = parsed.migratedFrom === undefined ? { project: parsed.project } : { project: parsed.project, migratedFrom: parsed.migratedFrom }
  if (after === before && Buffer.byteLength(text) === bytes.length) remember(resolve(file), before, text, hash, plan)
  return opened(plan, hash)
}

function opened(plan: OpenedPlan, hash: string): ReadOutcome {
  return plan.migratedFrom === undefined ? { kind: 'ok', project: plan.project, hash } : { kind: 'ok', project: plan.project, hash, migratedFrom: plan.migratedFrom }
}
