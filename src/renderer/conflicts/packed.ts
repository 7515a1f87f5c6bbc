// Conflicts as they cross from the worker, and as the renderer holds them: a 100,000-event plan
// can have 130,000 of them, which as objects took ~65 MB of the page's heap and ~0.2 s of its main
// thread to receive. Packed, they are one string of JSON lines with offsets, and the conflicts of
// each item are found by binary search over the sorted ids of the items that have any: a conflict
// becomes an object only when something on screen asks for it.
import type { Conflict } from '../../shared/timeline'

/**
 * A conflict as the window shows it: without its fingerprint (the dates it was found on), which
 * only acknowledging it needs and which the worker gives then (conflictsClient.conflictFingerprint).
 * Left out, the packed conflicts of a 100,000-event plan take half the room.
 */
export type ShownConflict = Omit<Conflict, 'fingerprint'>

/** Conflicts packed for the trip from the worker (its typed arrays are transferred, not copied). */
export interface PackedConflicts {
  /** Each conflict as a line (encodeConflict), each followed by a newline. */
  lines: string
  /** Where conflict i's JSON starts in `lines`; one more entry for the end. */
  starts: Uint32Array
  /** The ids of the items with conflicts, sorted (by code unit). */
  items: string[]
  /** Item k's conflicts are `list[first[k]]` up to `list[first[k + 1]]`, by index, in order. */
  first: Uint32Array
  list: Uint32Array
  /** The dependencies a `dependency-violated` conflict names (their arrows are drawn red). */
  violated: string[]
}

// A conflict's line: its id, item ids and values between tabs, the code read back from the id's
// start, the fingerprint left out. Less than half its JSON (128,526 conflicts at 100,000 events
// were 33 MB of the page's heap). A conflict whose fields hold a separator goes as JSON ("{…").
const FIELD = '\t'
const VALUE = '\u0001'
const NAME = '\u0002'
const separatorsIn = (text: string): boolean => text.includes(FIELD) || text.includes('\n') || text.includes(VALUE) || text.includes(NAME) || text.includes(',')

function encodeConflict({ id, code, itemIds, values }: ShownConflict): string {
  const names = Object.keys(values)
  const plain =
    id.startsWith(`${code}:`) &&
    !separatorsIn(id) &&
    itemIds.every((item) => item !== '' && !separatorsIn(item)) &&
    names.every((name) => name !== '' && !separatorsIn(name) && !separatorsIn(values[name]!))
  if (!plain) return JSON.stringify({ id, code, itemIds, values })
  return [id, itemIds.join(','), names.map((name) => `${name}${NAME}${values[name]}`).join(VALUE)].join(FIELD)
}

function decodeConflict(line: string): ShownConflict {
  if (line.startsWith('{')) return JSON.parse(line) as ShownConflict
  const [id = '', items = '', pairs = ''] = line.split(FIELD)
  const values: Record<string, string> = {}
  if (pairs !== '') {
    for (const pair of pairs.split(VALUE)) {
      const cut = pair.indexOf(NAME)
      values[pair.slice(0, cut)] = pair.slice(cut + 1)
    }
  }
  return { id, code: id.slice(0, id.indexOf(':')) as Conflict['code'], itemIds: items === '' ? [] : items.split(','), values }
}

/** Packs conflicts in their order (without their fingerprints). */
export function packConflicts(conflicts: readonly ShownConflict[]): PackedConflicts {
  const parts: string[] = []
  const starts = new Uint32Array(conflicts.length + 1)
  const byItem = new Map<string, number[]>()
  let offset = 0
  conflicts.forEach((conflict, index) => {
    const json = encodeConflict(conflict)
    parts.push(json)
    starts[index] = offset
    offset += json.length + 1
    for (const id of new Set(conflict.itemIds)) {
      const list = byItem.get(id)
      if (list) list.push(index)
      else byItem.set(id, [index])
    }
  })
  starts[conflicts.length] = offset
  const items = [...byItem.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const first = new Uint32Array(items.length + 1)
  const list = new Uint32Array(items.reduce((n, id) => n + byItem.get(id)!.length, 0))
  let at = 0
  items.forEach((id, k) => {
    first[k] = at
    for (const index of byItem.get(id)!) list[at++] = index
  })
  first[items.length] = at
  const violated = conflicts.flatMap((c) => (c.code === 'dependency-violated' && c.values.dependencyId ? [c.values.dependencyId] : []))
  return { lines: parts.length > 0 ? `${parts.join('\n')}\n` : '', starts, items, first, list, violated }
}

/** The most conflicts kept as objects at once (those on screen and near it, many times over). */
const KEPT = 5_000

/** Packed conflicts read as a list, and by item. */
export class ConflictList {
  readonly length: number
  /** The dependencies these conflicts say are violated. */
  readonly violated: ReadonlySet<string>
  private readonly byIndex = new Map<number, ShownConflict>()
  private readonly byItem = new Map<string, readonly ShownConflict[] | undefined>()

  constructor(private readonly packed: PackedConflicts | null) {
    this.length = packed ? packed.starts.length - 1 : 0
    this.violated = new Set(packed?.violated ?? [])
  }

  /** Conflict `index` (0 ≤ index < length). */
  at(index: number): ShownConflict | undefined {
    const packed = this.packed
    if (!packed || index < 0 || index >= this.length) return undefined
    let conflict = this.byIndex.get(index)
    if (!conflict) {
      if (this.byIndex.size >= KEPT) this.byIndex.clear()
      conflict = decodeConflict(packed.lines.slice(packed.starts[index], packed.starts[index + 1]! - 1))
      this.byIndex.set(index, conflict)
    }
    return conflict
  }

  /** The ids of the items with conflicts, sorted (by code unit). */
  get itemIds(): readonly string[] {
    return this.packed?.items ?? []
  }

  /** How many items' conflicts are kept decoded (more are decoded anew when asked for). */
  static readonly kept = KEPT

  /** The conflicts item `id` takes part in, or undefined when none (the same array while it is kept). */
  get(id: string): readonly ShownConflict[] | undefined {
    const packed = this.packed
    if (!packed) return undefined
    if (this.byItem.has(id)) return this.byItem.get(id)
    let low = 0
    let high = packed.items.length - 1
    let found: readonly ShownConflict[] | undefined
    while (low <= high) {
      const mid = (low + high) >> 1
      const at = packed.items[mid]!
      if (at === id) {
        found = Array.from(packed.list.subarray(packed.first[mid], packed.first[mid + 1]), (index) => this.at(index)!)
        break
      }
      if (at < id) low = mid + 1
      else high = mid - 1
    }
    if (this.byItem.size >= KEPT) this.byItem.clear()
    this.byItem.set(id, found)
    return found
  }

  *[Symbol.iterator](): IterableIterator<ShownConflict> {
    for (let index = 0; index < this.length; index++) yield this.at(index)!
  }
}

/** No conflicts (before the first answer). */
export const noConflicts = new ConflictList(null)
