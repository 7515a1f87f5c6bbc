import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleDoc } from '../../../tests/support/plans'
import { lineageAfter, revisionId, rewriteRevisionLines, serializeProject, validateProject, withRevision, MAX_LINEAGE, type Project } from './index'

const sample = (): Project => sampleDoc() as Project
const revisionArb = fc.stringMatching(/^[a-z0-9-]{1,20}$/)

describe('revisions of saved versions', () => {
  it('names a revision by the minute it was saved and a random tail', () => {
    expect(revisionId(new Date('2026-12-01T09:30:12Z'), 'K3X9')).toBe('r-20261201-0930-k3x9')
    expect(validateProject({ ...sample(), revision: revisionId(new Date(), 'a') }).ok).toBe(true)
  })

  it('moves the previous revision to the front of the lineage and keeps at most fifty', () => {
    const first = withRevision(sample(), 'r-1')
    expect(first.revision).toBe('r-1')
    expect(first.lineage).toBeUndefined()
    const second = withRevision(first, 'r-2')
    expect(second).toMatchObject({ revision: 'r-2', lineage: ['r-1'] })
    let plan = second
    for (let i = 3; i <= 60; i++) plan = withRevision(plan, `r-${i}`)
    expect(plan.lineage).toHaveLength(MAX_LINEAGE)
    expect(plan.lineage?.[0]).toBe('r-59')
    expect(plan.lineage?.at(-1)).toBe('r-10')
    expect(validateProject(plan).ok).toBe(true)
  })

  it('gives a merge both parents first, then their ancestors in turn', () => {
    expect(lineageAfter({ revision: 'a2', lineage: ['a1', 'base'] }, [{ revision: 'b2', lineage: ['b1', 'base'] }])).toEqual(['a2', 'b2', 'a1', 'b1', 'base'])
  })

  it('rewrites the revision lines of canonical text to exactly what serializing again gives', () => {
    fc.assert(
      fc.property(fc.option(revisionArb, { nil: undefined }), fc.array(revisionArb, { maxLength: 60 }), revisionArb, (revision, lineage, next) => {
        const before: Project = { ...sample(), ...(revision === undefined ? {} : { revision }), ...(lineage.length > 0 ? { lineage: lineage.slice(0, MAX_LINEAGE) } : {}) }
        const revised = { ...withRevision(before, next), modifiedAt: '2027-01-02T03:04:05Z' }
        expect(rewriteRevisionLines(serializeProject(before), revised)).toBe(serializeProject(revised))
      }),
    )
  })
})
