// Merging lists: id lists without meaningful order as sets, lists in the user's order by id.

/** Whether the ids present in all three lists stand in `side` in the order they had in `base`. */
function keptOrder(base: readonly string[], side: readonly string[], other: ReadonlySet<string>): boolean {
  const inSide = new Set(side)
  const inBase = new Set(base)
  const a = base.filter((id) => inSide.has(id) && other.has(id))
  const b = side.filter((id) => inBase.has(id) && other.has(id))
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/**
 * The merged order of a list in the user's order: the order of the side that moved items (ours
 * when both did), with the items only the other side has inserted after the item they follow
 * there. Only ids in `keep` appear; kept ids neither side lists come last.
 */
export function mergeOrder(base: readonly string[], ours: readonly string[], theirs: readonly string[], keep: ReadonlySet<string>): string[] {
  const oursMoved = !keptOrder(base, ours, new Set(theirs))
  const theirsMoved = !keptOrder(base, theirs, new Set(ours))
  const [primary, secondary] = theirsMoved && !oursMoved ? [theirs, ours] : [ours, theirs]
  const placed = new Set<string>()
  const main: string[] = []
  for (const id of primary) {
    if (!keep.has(id) || placed.has(id)) continue
    main.push(id)
    placed.add(id)
  }
  const START = '\u0000'
  const after = new Map<string, string[]>()
  let anchor = START
  const inMain = new Set(main)
  for (const id of secondary) {
    if (inMain.has(id)) anchor = id
    else if (keep.has(id) && !placed.has(id)) {
      placed.add(id)
      const bucket = after.get(anchor) ?? []
      bucket.push(id)
      after.set(anchor, bucket)
    }
  }
  const out: string[] = [...(after.get(START) ?? [])]
  for (const id of main) out.push(id, ...(after.get(id) ?? []))
  for (const id of keep) if (!placed.has(id)) out.push(id)
  return out
}

/** Three-way merge of an id list as a set: what each side added is in, what either removed is out; ours' order first. */
export function mergeSet(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const inBase = new Set(base)
  const inOurs = new Set(ours)
  const inTheirs = new Set(theirs)
  const out: unknown[] = []
  const seen = new Set<unknown>()
  for (const id of [...ours, ...theirs]) {
    if (seen.has(id)) continue
    seen.add(id)
    const removed = inBase.has(id) && (!inOurs.has(id) || !inTheirs.has(id))
    if (!removed) out.push(id)
  }
  return out
}
