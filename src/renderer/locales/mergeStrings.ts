// Strings of one area kept in their own file (locales/en.editing.json) and merged into the
// app's translation: nested objects merge, so `undoLabels` gains keys rather than being replaced.

type Strings = { [key: string]: string | Strings }

/** `base` with `extra` laid over it, nested objects merged key by key. */
export function mergeStrings<A extends object, B extends object>(base: A, extra: B): A & B {
  const out: Strings = { ...(base as Strings) }
  for (const [key, value] of Object.entries(extra as Strings)) {
    const before = out[key]
    out[key] = typeof value === 'object' && typeof before === 'object' ? mergeStrings(before, value) : value
  }
  return out as A & B
}
