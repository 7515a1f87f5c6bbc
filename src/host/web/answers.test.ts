import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { answerBytes, prepareAnswerWith } from './answers'

const sample = JSON.parse(readFileSync(resolve(__dirname, '../../../resources/sample.caravan'), 'utf8')) as Record<string, unknown>
const read = (bytes: Buffer): unknown => JSON.parse(bytes.toString('utf8'))

describe('answerBytes', () => {
  it('answers with a prepared plan exactly as with the plan written out, keys in order, Chinese and quotes intact', () => {
    const project = { ...sample, title: 'A "quoted" 丝路 plan \u2028 with a line separator' }
    const result = { kind: 'opened', file: { path: '/plans/a "b".caravan', name: 'a "b"', hash: 'abc' }, project, readOnly: true }
    const plain = Buffer.from(JSON.stringify({ result }), 'utf8')
    prepareAnswerWith(project)
    const spliced = answerBytes(result)
    expect(spliced.equals(plain)).toBe(true)
    expect(read(spliced)).toEqual({ result })
  })

  it('writes out answers without a prepared plan, and answers nothing with null', () => {
    const other = { ...sample }
    expect(read(answerBytes({ kind: 'opened', project: other }))).toEqual({ result: { kind: 'opened', project: other } })
    expect(read(answerBytes(undefined))).toEqual({ result: null })
    expect(read(answerBytes(['a', 1]))).toEqual({ result: ['a', 1] })
  })
})
