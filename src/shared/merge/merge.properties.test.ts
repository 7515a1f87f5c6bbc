import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { englishIssue } from '../../locales/english'
import { generatePlan, parseProject, serializeProject, validateProject, type Project } from '../format'
import { mergeProjects, type MergeResult } from './index'
import { applyEdits, editOps, editTexts, type Edit } from '../../../tests/support/merge'
import { PARENT, ROOT, canon, indexProject, referencesOf, setFields, type Entity } from './model'

const edit: fc.Arbitrary<Edit> = fc.record({ op: fc.constantFrom(...editOps), pick: fc.nat({ max: 1000 }), text: fc.constantFrom(...editTexts) })
const edits = fc.array(edit, { maxLength: 8 })
const plans = fc.record({ seed: fc.integer({ min: 1, max: 100_000 }), events: fc.integer({ min: 1, max: 25 }) })

function valid(project: Project): void {
  const result = validateProject(structuredClone(project))
  if (!result.ok) throw new Error(result.errors.map(englishIssue).join('\n'))
  // And it survives being written and read back.
  expect(parseProject(serializeProject(project)).ok).toBe(true)
}

/** An entity's content with id sets sorted: the order of a set is no edit. */
function content(entity: Entity): string {
  const value: Record<string, unknown> = { ...entity.value }
  delete value.mergeConflicts // each records the other side's choices
  for (const key of setFields) if (Array.isArray(value[key])) value[key] = [...(value[key] as string[])].sort()
  return canon(value)
}

/** Entities a conflict touches, in either result: the conflicting one, its children and its uses. */
function touched(results: MergeResult[]): Set<string> {
  const ids = new Set<string>()
  for (const r of results) for (const c of r.conflicts) ids.add(c.id === r.project.id ? ROOT : c.id)
  for (const r of results) {
    for (const [id, entity] of indexProject(r.project).entities) {
      if (referencesOf(entity).some((ref) => ids.has(ref.id)) || (typeof entity.value[PARENT] === 'string' && ids.has(entity.value[PARENT] as string))) ids.add(id)
    }
  }
  return ids
}

describe('properties of the three-way merge', () => {
  it('merging a plan with itself, or with an unchanged base, gives it back', () => {
    fc.assert(
      fc.property(plans, edits, (options, changes) => {
        const base = generatePlan(options)
        const edited = applyEdits(base, changes, 'a')
        const itself = mergeProjects(base, base, base)
        expect(canon(itself.project)).toBe(canon(base))
        expect(itself.changes).toEqual([])
        expect(canon(mergeProjects(base, edited, base).project)).toBe(canon(edited))
        expect(canon(mergeProjects(base, base, edited).project)).toBe(canon(edited))
        expect(canon(mergeProjects(base, edited, edited).project)).toBe(canon(edited))
      }),
      { numRuns: 80 },
    )
  }, 60_000)

  it('merge(base, a, b) and merge(base, b, a) hold the same edits, and every result validates', () => {
    fc.assert(
      fc.property(plans, edits, edits, (options, left, right) => {
        const base = generatePlan(options)
        const a = applyEdits(base, left, 'a')
        const b = applyEdits(base, right, 'b')
        valid(a)
        valid(b)
        const ab = mergeProjects(base, a, b)
        const ba = mergeProjects(base, b, a)
        valid(ab.project)
        valid(ba.project)
        const key = (c: MergeResult['conflicts'][number]): string => `${c.kind} ${c.id} ${c.field ?? '*'} ${c.reason}`
        expect(ab.conflicts.map(key).sort()).toEqual(ba.conflicts.map(key).sort())
        const skip = touched([ab, ba])
        const x = indexProject(ab.project).entities
        const y = indexProject(ba.project).entities
        for (const [id, entity] of x) {
          if (skip.has(id)) continue
          const other = y.get(id)
          expect(other && content(other), id).toBe(content(entity))
        }
        for (const id of y.keys()) if (!skip.has(id)) expect(x.has(id), id).toBe(true)
        const swap = { ours: 'theirs', theirs: 'ours', both: 'both' } as const
        const changeKey = (c: MergeResult['changes'][number], flip: boolean): string => `${flip ? swap[c.side] : c.side} ${c.op} ${c.id} ${[...c.fields].sort().join(',')}`
        const kept = (r: MergeResult, flip: boolean): string[] => r.changes.filter((c) => !skip.has(c.id)).map((c) => changeKey(c, flip)).sort()
        expect(kept(ab, false)).toEqual(kept(ba, true))
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})
