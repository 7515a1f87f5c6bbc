// Naming what an issue is about, from the raw document it was found in: `events[3].end` is about
// the event titled "Nowruz concert". The document is untrusted and may be any JSON value.
import { readJson } from './jsonText'
import type { Issue, Subject } from '../messages'

const lists: Readonly<Record<string, Subject['kind']>> = {
  partners: 'partner',
  venues: 'venue',
  events: 'event',
  coproductions: 'coproduction',
  dependencies: 'dependency',
  channels: 'channel',
  audiences: 'audience',
  strategies: 'strategy',
  phases: 'phase',
  releases: 'release',
  contacts: 'contact',
}

// A root list item, then at most one nested list item (a co-production's phase, a partner's contact).
const itemPath = /^([a-z]+)\[(\d+)\](?:\.(phases|releases|contacts)\[(\d+)\])?/

/** Names longer than this are cut (with "…"): a subject labels a line, it does not quote a field. */
const MAX_NAME = 60

function field(item: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(item, key) ? item[key] : undefined
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function nameOf(kind: Subject['kind'], item: Record<string, unknown>): string | undefined {
  const name =
    kind === 'event' || kind === 'coproduction'
      ? field(item, 'title')
      : kind === 'phase' || kind === 'release'
        ? (field(item, 'title') ?? field(item, 'kind'))
        : kind === 'dependency'
          ? undefined
          : field(item, 'name')
  const shown = name ?? field(item, 'id')
  if (shown === undefined) return undefined
  return shown.length > MAX_NAME ? `${shown.slice(0, MAX_NAME - 1)}…` : shown
}

function itemAt(list: unknown, index: string): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined
  const item: unknown = list[Number(index)]
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined
}

/** What the item at the start of `path` is, named from `root`; undefined for the plan itself or an item without a name. */
export function subjectAt(root: unknown, path: string): Subject | undefined {
  const match = itemPath.exec(path)
  if (!match || typeof root !== 'object' || root === null || Array.isArray(root)) return undefined
  const [, listKey, index, subKey, subIndex] = match
  const kind = Object.hasOwn(lists, listKey!) ? lists[listKey!] : undefined
  if (kind === undefined || kind === 'phase' || kind === 'release' || kind === 'contact') return undefined
  const item = itemAt(Object.hasOwn(root, listKey!) ? (root as Record<string, unknown>)[listKey!] : undefined, index!)
  if (!item) return undefined
  if (subKey !== undefined) {
    const sub = itemAt(Object.hasOwn(item, subKey) ? item[subKey] : undefined, subIndex!)
    const subKind = lists[subKey]!
    const name = sub && nameOf(subKind, sub)
    if (name !== undefined) return { kind: subKind, name }
  }
  const name = nameOf(kind, item)
  return name === undefined ? undefined : { kind, name }
}

/** The issues with `subject` filled in from `root` where the path names an item. */
export function withSubjects(root: unknown, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const subject = subjectAt(root, issue.path)
    return subject ? { ...issue, subject } : issue
  })
}

/** withSubjects for issues found in file text (read again: only a refused file pays for it). */
export function withSubjectsFromText(text: string, issues: readonly Issue[]): Issue[] {
  if (!issues.some((issue) => itemPath.test(issue.path))) return [...issues]
  const json = readJson(text)
  return json.ok ? withSubjects(json.value, issues) : [...issues]
}
