// Keeps a copy of the plan in the conflicts worker up to date without cloning the whole plan on
// every edit: a document changes by structural sharing, so a top-level value or an array entry that
// is the same object as last time is not sent again. Values go as JSON text (a string crosses to
// the worker far faster than a cloned object graph), long arrays in slices, so no one message (and
// no one task on the main thread) carries a 100,000-event plan at once.

/** What the renderer tells the worker. */
export type SyncMessage =
  | { kind: 'put'; key: string; json: string }
  | { kind: 'append'; key: string; json: string }
  | { kind: 'patch'; key: string; changes: [number, string][] }
  | { kind: 'drop'; key: string }
  | { kind: 'check'; seq: number }
  /** Send the answer to check `seq`, which the worker said is ready (not during a drag: conflictsClient.holdConflicts). */
  | { kind: 'fetch'; seq: number }
  /** The plan as JSON text, for the recovery journal (app/autosave.ts). */
  | { kind: 'snapshot'; seq: number }
  /** The fingerprint of the conflict with this id in the last check (the window's are packed without: packed.ts). */
  | { kind: 'fingerprint'; seq: number; id: string }

/** Entries per message of a long array (about 10 ms of JSON.stringify on a 2-core machine). */
export const SLICE = 2_000

type Doc = Readonly<Record<string, unknown>>

/**
 * The messages that bring a worker holding `before` (null: nothing yet) to `after`, step by step:
 * each step is sent in one task, and is only worked out (its JSON written) when asked for, so the
 * sender can yield to the page between steps.
 */
export function* syncSteps(before: Doc | null, after: Doc): Generator<SyncMessage[], void, undefined> {
  const small: SyncMessage[] = []
  const large: string[] = []
  for (const key of Object.keys(before ?? {})) if (!(key in after)) small.push({ kind: 'drop', key })
  for (const [key, value] of Object.entries(after)) {
    const old = before?.[key]
    if (before && key in before && old === value) continue
    if (Array.isArray(value) && (value.length > SLICE || (Array.isArray(old) && old.length === value.length))) large.push(key)
    else small.push({ kind: 'put', key, json: JSON.stringify(value) ?? 'null' })
  }
  if (small.length > 0) yield small
  for (const key of large) {
    const value = after[key] as readonly unknown[]
    const old = before?.[key]
    if (Array.isArray(old) && old.length === value.length) {
      const changed: number[] = []
      for (let i = 0; i < value.length; i++) if (value[i] !== old[i]) changed.push(i)
      for (let i = 0; i < changed.length; i += SLICE) yield [{ kind: 'patch', key, changes: changed.slice(i, i + SLICE).map((index) => [index, JSON.stringify(value[index])]) }]
    } else {
      yield [{ kind: 'put', key, json: '[]' }]
      for (let i = 0; i < value.length; i += SLICE) yield [{ kind: 'append', key, json: JSON.stringify(value.slice(i, i + SLICE)) }]
    }
  }
}

/** The worker's side: applies messages to its copy. Arrays are replaced, never changed in place, so memos keyed by them stay true. */
export function applySync(doc: Record<string, unknown>, message: SyncMessage): void {
  switch (message.kind) {
    case 'put':
      doc[message.key] = JSON.parse(message.json) as unknown
      return
    case 'append': {
      const list = doc[message.key]
      doc[message.key] = [...(Array.isArray(list) ? list : []), ...(JSON.parse(message.json) as unknown[])]
      return
    }
    case 'patch': {
      const list = doc[message.key]
      const copy = Array.isArray(list) ? list.slice() : []
      for (const [index, json] of message.changes) copy[index] = JSON.parse(json) as unknown
      doc[message.key] = copy
      return
    }
    case 'drop':
      delete doc[message.key]
      return
    case 'check':
    case 'snapshot':
    case 'fingerprint':
      return
  }
}
