// From file text to a JSON value, with coded messages a planner can act on when the text is not JSON.
// JSON.parse does the work; only when it fails does a small scanner find where and why, because
// V8's own messages differ between versions and do not always say where.
import { message, type Message } from '../messages'
import { at } from './fields'
import { countKeys, findDuplicateKey, maxJsonDepth, scanJsonShape } from './jsonShape'

/** Where a problem sits in the text, 1-based, as editors count. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

type SyntaxProblem = { kind: 'cut-off' | 'unexpected' | 'extra'; offset: number }

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t'
}

/** Finds the first place where `text` stops being JSON (iterative: deep nesting is no problem). */
export function findSyntaxProblem(text: string): SyntaxProblem | null {
  const n = text.length
  const stack: string[] = []
  let i = 0
  // What may come next: a value, an object key (or `}` when `first`), or `,`/closer after a value.
  let expect: 'value' | 'key' | 'after' = 'value'
  let first = false
  const skip = (): void => {
    while (i < n && isSpace(text[i])) i++
  }
  for (;;) {
    skip()
    if (i >= n) return stack.length === 0 && expect === 'after' ? null : { kind: 'cut-off', offset: n }
    const c = text[i]!
    if (expect === 'after') {
      const top = stack[stack.length - 1]
      if (top === undefined) return { kind: 'extra', offset: i }
      if (c === ',') {
        i++
        expect = top === '{' ? 'key' : 'value'
        first = false
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i++
        stack.pop()
      } else return { kind: 'unexpected', offset: i }
      continue
    }
    if (expect === 'key') {
      if (c === '}' && first) {
        i++
        stack.pop()
        expect = 'after'
        continue
      }
      if (c !== '"') return { kind: 'unexpected', offset: i }
      const end = scanString(text, i)
      if (end.problem) return end.problem
      i = end.offset
      skip()
      if (i >= n) return { kind: 'cut-off', offset: n }
      if (text[i] !== ':') return { kind: 'unexpected', offset: i }
      i++
      expect = 'value'
      continue
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c)
      i++
      if (c === '{') {
        expect = 'key'
        first = true
      } else {
        skip()
        if (text[i] === ']') {
          i++
          stack.pop()
          expect = 'after'
        }
      }
      continue
    }
    if (c === '"') {
      const end = scanString(text, i)
      if (end.problem) return end.problem
      i = end.offset
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      numberPattern.lastIndex = i
      if (!numberPattern.test(text)) return i + 1 >= n ? { kind: 'cut-off', offset: n } : { kind: 'unexpected', offset: i + 1 }
      i = numberPattern.lastIndex
      if (i < n && /[0-9.eE+-]/.test(text[i]!)) return i + 1 >= n && text[i] !== '+' ? { kind: 'cut-off', offset: n } : { kind: 'unexpected', offset: i }
    } else {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : ''
      if (word === '') return { kind: 'unexpected', offset: i }
      for (let k = 0; k < word.length; k++) {
        if (i + k >= n) return { kind: 'cut-off', offset: n }
        if (text[i + k] !== word[k]) return { kind: 'unexpected', offset: i + k }
      }
      i += word.length
    }
    expect = 'after'
  }
}

function scanString(text: string, start: number): { offset: number; problem?: SyntaxProblem } {
  const n = text.length
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return { offset: i + 1 }
    if (c < 0x20) return { offset: i, problem: { kind: 'unexpected', offset: i } }
    if (c === 0x5c) {
      const e = text[i + 1]
      if (e === undefined) break
      if (e === 'u') {
        for (let k = 2; k < 6; k++) {
          if (i + k >= n) return { offset: n, problem: { kind: 'cut-off', offset: n } }
          if (!/[0-9a-fA-F]/.test(text[i + k]!)) return { offset: i + k, problem: { kind: 'unexpected', offset: i + k } }
        }
        i += 6
        continue
      }
      if (!escapes.has(e)) return { offset: i + 1, problem: { kind: 'unexpected', offset: i + 1 } }
      i += 2
      continue
    }
    i++
  }
  return { offset: n, problem: { kind: 'cut-off', offset: n } }
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f
}

/**
 * Reads file text as JSON. A leading byte-order mark is tolerated (Windows Notepad adds one when a
 * planner hand-edits a file); Caravan never writes one. Text with NUL characters is binary. A
 * U+FFFD replacement character in the text is text like any other (a UTF-8 encoder writes it for
 * a character it could not carry, and a planner may paste one): bytes that are not UTF-8 are the
 * error, and the store refuses them when it decodes the file (src/main/store/readProject.ts).
 */
export function readJson(text: string): { ok: true; value: unknown } | { ok: false; message: Message; path?: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (/^\s*$/.test(body)) return { ok: false, message: message('file.empty') }
  // Bounded before parsing: JSON.parse takes seconds to refuse 100 MB of `[`.
  const shape = scanJsonShape(body)
  if (shape.kind === 'deep') {
    const { line, column } = lineColumn(body, shape.offset)
    return { ok: false, message: message('file.nestedTooDeep', { line, column, levels: maxJsonDepth }) }
  }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    if (body.includes('\u0000')) return { ok: false, message: message('file.binary') }
    return { ok: false, message: describeSyntaxProblem(body, error) }
  }
  // JSON.parse keeps the last of two equal keys; fewer keys parsed than written means one was lost.
  if (countKeys(value) !== shape.keys) {
    const repeat = findDuplicateKey(body)
    if (repeat !== undefined) {
      const { line, column } = lineColumn(body, repeat.offset)
      return { ok: false, path: at(repeat.path, repeat.key), message: message('format.keyTwice', { key: JSON.stringify(repeat.key), line, column }) }
    }
  }
  return { ok: true, value }
}

function describeSyntaxProblem(text: string, error: unknown): Message {
  const problem = findSyntaxProblem(text)
  if (!problem) return message('file.jsonUnreadable', { detail: error instanceof Error ? error.message : String(error) })
  const { line, column } = lineColumn(text, problem.offset)
  switch (problem.kind) {
    case 'cut-off':
      return message('file.jsonCutOff', { line, column })
    case 'extra':
      return message('file.jsonExtra', { line, column })
    default: {
      const c = String.fromCodePoint(text.codePointAt(problem.offset) ?? 0)
      return isControl(c) ? message('file.jsonControlCharacter', { line, column }) : message('file.jsonUnexpected', { character: JSON.stringify(c), line, column })
    }
  }
}
