import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findSyntaxProblem, lineColumn, readJson } from './jsonText'

describe('finding where JSON breaks', () => {
  const cases: Array<[string, 'cut-off' | 'unexpected' | 'extra', number]> = [
    ['{', 'cut-off', 1],
    ['{"a": [1, 2', 'cut-off', 11],
    ['{"a": "open', 'cut-off', 11],
    ['{"a": tr', 'cut-off', 8],
    ['{"a": 1} x', 'extra', 9],
    ['[1,]', 'unexpected', 3],
    ['{"a" 1}', 'unexpected', 5],
    ['{"a": 01}', 'unexpected', 7],
    ['{"a": "tab\there"}', 'unexpected', 10],
    ['{"a": "\\x"}', 'unexpected', 8],
    ['{a: 1}', 'unexpected', 1],
    ['[1 2]', 'unexpected', 3],
  ]
  it.each(cases)('%j: %s at offset %i', (text, kind, offset) => {
    expect(findSyntaxProblem(text)).toEqual({ kind, offset })
  })

  it('finds nothing wrong in valid JSON, and something in anything JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(findSyntaxProblem(text) === null).toBe(valid)
      }),
      { numRuns: 2000 },
    )
  })

  it('counts lines and columns from 1, as editors do', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 })
    expect(lineColumn('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 })
  })

  it('reads valid JSON with a byte-order mark', () => {
    expect(readJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
  })
})
