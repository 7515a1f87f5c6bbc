// A map read as another with some of its values replaced: how the index and spans of a plan an
// edit derived from its predecessor are kept. Copying a map of 100,000 entries takes 30–60 ms in
// V8, more than a drop may take; a patched map is made in the time of its patches. Patches of
// patches are merged into one layer over the same root, which is rebuilt once they grow large.

/** Patches beyond this many are folded into a new root (one full pass, once in that many edits). */
export const MAX_PATCHES = 4096

/** `root` with the values of `patches` in place of its own: the same keys, in the same order (values are never undefined). */
export class PatchedMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly root: ReadonlyMap<K, V>,
    private readonly patches: ReadonlyMap<K, V>,
  ) {}

  /**
   * `base` with `changes` set (every key of `changes` must be a key of `base`: no key is added).
   * Returns a plain map when the patches grew past MAX_PATCHES.
   */
  static of<K, V>(base: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    const root = base instanceof PatchedMap ? (base.root as ReadonlyMap<K, V>) : base
    const patches = new Map(base instanceof PatchedMap ? (base.patches as ReadonlyMap<K, V>) : undefined)
    for (const [key, value] of changes) patches.set(key, value)
    const patched = new PatchedMap(root, patches)
    return patches.size > MAX_PATCHES ? new Map(patched) : patched
  }

  get size(): number {
    return this.root.size
  }

  get(key: K): V | undefined {
    const patched = this.patches.get(key)
    return patched !== undefined ? patched : this.root.get(key)
  }

  has(key: K): boolean {
    return this.root.has(key)
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.root) yield [key, this.patches.get(key) ?? value]
  }

  keys(): MapIterator<K> {
    return this.root.keys()
  }

  *values(): MapIterator<V> {
    for (const [key, value] of this.root) yield this.patches.get(key) ?? value
  }

  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) each.call(thisArg, value, key, this)
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }
}
