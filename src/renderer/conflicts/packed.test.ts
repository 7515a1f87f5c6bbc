import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflictCodes, type Conflict } from '../../shared/timeline'
import { ConflictList, noConflicts, packConflicts } from './packed'

const id = fc.constantFrom('e-1', 'e-2', 'e-10', 'c-1/p-2', 'e-ü', 'r-1')
const conflict: fc.Arbitrary<Conflict> = fc.record({
  id: fc.string({ maxLength: 12 }),
  code: fc.constantFrom(...conflictCodes),
  itemIds: fc.array(id, { minLength: 1, maxLength: 3 }),
  values: fc.dictionary(fc.constantFrom('venueId', 'dependencyId', 'date', 'first'), fc.string({ maxLength: 10 })),
  fingerprint: fc.string({ maxLength: 20 }),
})

describe('packed conflicts', () => {
  it('read back in order, and by item as the conflicts naming it, in order', () => {
    fc.assert(
      fc.property(fc.array(conflict, { maxLength: 30 }), (conflicts) => {
        const list = new ConflictList(packConflicts(conflicts))
        expect(list.length).toBe(conflicts.length)
        expect([...list]).toEqual(conflicts)
        for (const item of ['e-1', 'e-2', 'e-10', 'c-1/p-2', 'e-ü', 'r-1', 'absent']) {
          const naming = conflicts.filter((c) => c.itemIds.includes(item))
          expect(list.get(item)).toEqual(naming.length > 0 ? naming : undefined)
        }
        expect([...list.violated]).toEqual([...new Set(conflicts.flatMap((c) => (c.code === 'dependency-violated' && c.values.dependencyId ? [c.values.dependencyId] : [])))])
      }),
    )
  })

  it('give the same array for an item each time, and nothing before the first answer', () => {
    const conflicts: Conflict[] = [{ id: 'venue-double-booked:e-1:e-2', code: 'venue-double-booked', itemIds: ['e-1', 'e-2'], values: { venueId: 'v-1' }, fingerprint: 'f' }]
    const list = new ConflictList(packConflicts(conflicts))
    expect(list.get('e-2')).toBe(list.get('e-2'))
    expect(noConflicts.length).toBe(0)
    expect(noConflicts.get('e-1')).toBeUndefined()
    expect(noConflicts.at(0)).toBeUndefined()
  })
})
