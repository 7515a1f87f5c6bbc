import fc from 'fast-check'
import { englishIssue, englishText } from '../../locales/english'
import { describe, expect, it } from 'vitest'
import { generatePlan, keyOrder, parseProject, serializeProject, validateProject, type Project } from './index'

const plans = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), events: fc.integer({ min: 0, max: 60 }) })

function reopen(text: string): Project {
  const result = parseProject(text)
  if (!result.ok) throw new Error(result.errors.map(englishIssue).join('\n'))
  return result.project
}

describe('properties of reading and writing', () => {
  it('writing a plan that was read gives back the same bytes', () => {
    fc.assert(
      fc.property(plans, (options) => {
        const text = serializeProject(generatePlan(options))
        expect(serializeProject(reopen(text))).toBe(text)
      }),
      { numRuns: 60 },
    )
  })

  it('a plan with one date broken is refused at exactly that date', () => {
    const broken = fc.constantFrom('2027-02-30', '2027-13-01', '2027-04-31T10:00', '2027-05-12T10:60', 'next Tuesday', '2027-5-12', '', '12.05.2027')
    fc.assert(
      fc.property(plans, fc.nat(), fc.constantFrom('start', 'end'), broken, (options, which, field, bad) => {
        const project = generatePlan({ ...options, events: Math.max(1, options.events) })
        const index = which % project.events.length
        const events = project.events.map((e, i) => (i === index ? { ...e, [field]: bad } : e))
        const result = validateProject({ ...project, events })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(`events[${index}].${field}`)
      }),
      { numRuns: 100 },
    )
  })

  it('a phase moved to end before it starts is refused with both dates', () => {
    fc.assert(
      fc.property(plans, fc.nat(), fc.nat(), (options, c, p) => {
        const project = generatePlan(options)
        const ci = c % project.coproductions.length
        const phases = project.coproductions[ci]!.phases
        if (phases.length === 0) return
        const pi = p % phases.length
        const phase = phases[pi]!
        const coproductions = project.coproductions.map((cp, i) =>
          i === ci ? { ...cp, phases: cp.phases.map((ph, j) => (j === pi ? { ...ph, start: phase.end, end: phase.start } : ph)) } : cp,
        )
        const result = validateProject({ ...project, coproductions })
        if (phase.start === phase.end) return
        expect(result.ok || result.errors.map((e) => ({ path: e.path, message: englishText(e) }))).toContainEqual({ path: `coproductions[${ci}].phases[${pi}].end`, message: `ends before it starts (${phase.start} < ${phase.end})` })
      }),
      { numRuns: 60 },
    )
  })

  it('keeps any unknown JSON on the root and on events through a save and a reopen', () => {
    const knownKeys = new Set<string>([...keyOrder.project, ...keyOrder.event])
    const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !knownKeys.has(k) && !/^\d+$/.test(k))
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue(), { maxKeys: 4 }), fc.dictionary(key, fc.jsonValue(), { maxKeys: 4 }), (rootExtra, eventExtra) => {
        const project = generatePlan({ events: 3, seed: 5 })
        const withExtra = { ...project, ...rootExtra, events: [{ ...project.events[0]!, ...eventExtra }, ...project.events.slice(1)] } as Project
        const text = serializeProject(withExtra)
        const again = reopen(text)
        expect(serializeProject(again)).toBe(text)
        for (const [k, v] of Object.entries(rootExtra)) expect((again as Record<string, unknown>)[k]).toEqual(JSON.parse(JSON.stringify(v)))
      }),
      { numRuns: 150 },
    )
  })

  it('never throws on any text or any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(typeof parseProject(text).ok).toBe('boolean')
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withDate: true, withSparseArray: true }), (value) => {
        expect(typeof validateProject(value).ok).toBe('boolean')
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on a plan whose fields are replaced by anything', () => {
    const base = generatePlan({ events: 4, seed: 3 })
    const top = Object.keys(base)
    fc.assert(
      fc.property(fc.constantFrom(...top), fc.anything(), fc.nat(), fc.constantFrom(...keyOrder.event), fc.anything(), (rootKey, rootValue, e, eventKey, eventValue) => {
        const events = base.events.map((ev, i) => (i === e % base.events.length ? { ...ev, [eventKey]: eventValue } : ev))
        expect(typeof validateProject({ ...base, events }).ok).toBe('boolean')
        expect(typeof validateProject({ ...base, [rootKey]: rootValue }).ok).toBe('boolean')
      }),
      { numRuns: 500 },
    )
  })
})
