// Two checks JSON.parse cannot make: how deeply the text nests (JSON.parse of 100 MB of `[` takes
// seconds and the error path then needs a stack as deep), and whether an object names a key twice
// (JSON.parse keeps the last value silently; the next save would drop the first). One pass that
// jumps over strings with indexOf; the slow walk that finds the duplicate runs only when there is one.
import { at } from './fields'

/** Deeper than any plan: FORMAT.md data nests about six levels, unknown fields at most 100 more. */
export const maxJsonDepth = 200

/** What one pass over JSON text found: the first place deeper than `maxJsonDepth`, and how many object keys it names. */
export type JsonShape = { kind: 'deep'; offset: number } | { kind: 'ok'; keys: number }

/** End of the string starting at the quote `start` (the offset after its closing quote), or -1 when cut off. */
function stringEnd(text: string, start: number): number {
  let i = start
  for (;;) {
    i = text.indexOf('"', i + 1)
    if (i < 0) return -1
    let slashes = 0
    while (text.charCodeAt(i - 1 - slashes) === 0x5c) slashes++
    if (slashes % 2 === 0) return i + 1
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/** Scans `text` for nesting deeper than `maxDepth` and counts the keys of its objects. Not a validator: JSON.parse judges the rest. */
export function scanJsonShape(text: string, maxDepth = maxJsonDepth): JsonShape {
  const n = text.length
  let depth = 0
  let keys = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x0a) continue
    if (c === 0x22) {
      const end = stringEnd(text, i)
      if (end < 0) break
      let j = end
      while (j < n && isSpace(text.charCodeAt(j))) j++
      if (text.charCodeAt(j) === 0x3a) keys++
      i = end - 1
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { kind: 'deep', offset: i }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return { kind: 'ok', keys }
}

/** How many keys the objects of a parsed JSON value hold, all levels together. */
export function countKeys(value: unknown): number {
  let count = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) for (const item of v) stack.push(item)
    else {
      const own = Object.keys(v)
      count += own.length
      for (const key of own) stack.push((v as Record<string, unknown>)[key])
    }
  }
  return count
}

type Frame = { kind: 'object'; path: string; keys: Set<string>; key?: string } | { kind: 'array'; path: string; index: number }


/** The first key that an object of valid JSON `text` names twice: the object's path, the key, and the offset of the repeat. */
export function findDuplicateKey(text: string): { path: string; key: string; offset: number } | undefined {
  const stack: Frame[] = []
  const childPath = (): string => {
    const top = stack[stack.length - 1]
    if (top === undefined) return ''
    return top.kind === 'array' ? `${top.path}[${top.index}]` : at(top.path, top.key ?? '')
  }
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const end = stringEnd(text, i)
      if (end < 0) return undefined
      const top = stack[stack.length - 1]
      let j = end
      while (j < n && isSpace(text.charCodeAt(j))) j++
      if (top?.kind === 'object' && text.charCodeAt(j) === 0x3a) {
        const key = JSON.parse(text.slice(i, end)) as string
        if (top.keys.has(key)) return { path: top.path, key, offset: i }
        top.keys.add(key)
        top.key = key
      }
      i = end - 1
    } else if (c === 0x7b) {
      stack.push({ kind: 'object', path: childPath(), keys: new Set() })
    } else if (c === 0x5b) {
      stack.push({ kind: 'array', path: childPath(), index: 0 })
    } else if (c === 0x5d || c === 0x7d) stack.pop()
    else if (c === 0x2c) {
      const top = stack[stack.length - 1]
      if (top?.kind === 'array') top.index++
    }
  }
  return undefined
}
