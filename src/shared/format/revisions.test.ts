import { describe, expect, it } from 'vitest'
import { englishIssue } from '../../locales/english'
import { parseProject, serializeProject } from './index'
import { sampleWith } from '../../../tests/support/plans'

const history = {
  revision: 'r-20261201-0930-a1',
  lineage: ['r-20261130-1700-b2', 'r-20261128-0900-c3'],
  mergeConflicts: [
    { kind: 'event', id: 'e-nowruz-concert', field: 'status', reason: 'edit', theirs: 'cancelled' },
    { kind: 'venue', id: 'v-registan', reason: 'deleteUse' },
  ],
}

describe('revision, lineage and mergeConflicts', () => {
  it('are read, kept and written back in the order of FORMAT.md', () => {
    const parsed = parseProject(sampleWith((doc) => Object.assign(doc, history)))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.project).toMatchObject(history)
    const text = serializeProject(parsed.project)
    const keys = Object.keys(JSON.parse(text))
    expect(keys.indexOf('revision')).toBe(keys.indexOf('modifiedAt') + 1)
    expect(keys.indexOf('lineage')).toBe(keys.indexOf('revision') + 1)
    expect(keys.at(-1)).toBe('mergeConflicts')
    const again = parseProject(text)
    expect(again.ok && serializeProject(again.project)).toBe(text)
  })

  it('are refused at their place when malformed', () => {
    const parsed = parseProject(
      sampleWith((doc) => {
        doc.revision = 'r 1'
        doc.lineage = ['r-ok', 7]
        doc.mergeConflicts = [{ kind: 'meeting', id: 'e-1', reason: 'because' }, 'status']
      }),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map(englishIssue)).toEqual([
      'revision: should be a revision id (1–64 letters, digits, "-" or "_"), not "r 1"',
      'lineage[1]: should be a revision id (1–64 letters, digits, "-" or "_"), not the number 7',
      'mergeConflicts[0].kind: "meeting" is not a kind of item a conflict can be about; use one of: project, partner, venue, event, coproduction, phase, release, dependency, channel, audience, strategy',
      'mergeConflicts[0].reason: "because" is not a reason for a merge conflict; use one of: edit, dates, deleteEdit, deleteUse',
      'mergeConflicts[1]: should be an open merge conflict (an object in braces), not the text "status"',
    ])
  })
})
