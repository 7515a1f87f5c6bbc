import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflictCodes, type Conflict } from '../../shared/timeline'
import { ConflictList, noConflicts, packConflicts, type ShownConflict } from './packed'

const id = fc.constantFrom('e-1', 'e-2', 'e-10', 'c-1/p-2', 'e-ü', 'r-1')
// As the checks make them: the id starts with the code, values and fingerprints are ids and dates.
const word = fc.stringMatching(/^[A-Za-z0-9_@=/|:.-]{0,24}$/)
const made: fc.Arbitrary<Conflict> = fc
  .record({
    code: fc.constantFrom(...conflictCodes),
    itemIds: fc.array(id, { minLength: 1, maxLength: 3 }),
    values: fc.dictionary(fc.constantFrom('venueId', 'dependencyId', 'date', 'first'), word),
    fingerprint: word,
    rest: word,
  })
  .map(({ rest, ...c }) => ({ ...c, id: `${c.code}:${rest}` }))
// Anything at all, separators included.
const odd: fc.Arbitrary<Conflict> = fc.record({
  id: fc.string({ maxLength: 12 }),
  code: fc.constantFrom(...conflictCodes),
  itemIds: fc.array(id, { minLength: 1, maxLength: 3 }),
  values: fc.dictionary(fc.constantFrom('venueId', 'dependencyId', 'date', 'first'), fc.string({ maxLength: 10 })),
  fingerprint: fc.string({ maxLength: 20 }),
})
const conflict = fc.oneof(made, odd)

// What the window keeps of a conflict: all but its fingerprint (asked of the worker when acknowledged).
const shown = ({ fingerprint: _fingerprint, ...rest }: Conflict): ShownConflict => rest

describe('packed conflicts', () => {
  it('read back in order, and by item as the conflicts naming it, in order', () => {
    fc.assert(
      fc.property(fc.array(conflict, { maxLength: 30 }), (conflicts) => {
        const list = new ConflictList(packConflicts(conflicts))
        expect(list.length).toBe(conflicts.length)
        expect([...list]).toEqual(conflicts.map(shown))
        for (const item of ['e-1', 'e-2', 'e-10', 'c-1/p-2', 'e-ü', 'r-1', 'absent']) {
          const naming = conflicts.filter((c) => c.itemIds.includes(item)).map(shown)
          expect(list.get(item)).toEqual(naming.length > 0 ? naming : undefined)
        }
        expect([...list.violated]).toEqual([...new Set(conflicts.flatMap((c) => (c.code === 'dependency-violated' && c.values.dependencyId ? [c.values.dependencyId] : [])))])
      }),
    )
  })

  it('take less than half the room of their JSON, as the checks make them', () => {
    const conflicts: Conflict[] = Array.from({ length: 200 }, (_, i) => ({
      id: `venue-double-booked:e-${i}:e-${i + 1}`,
      code: 'venue-double-booked',
      itemIds: [`e-${i + 1}`, `e-${i}`],
      values: { venueId: 'v-12', first: `e-${i}`, second: `e-${i + 1}` },
      fingerprint: `e-${i}=2027-03-01T10:00/2027-03-01T12:00@Asia/Tashkent|e-${i + 1}=2027-03-01T11:00/2027-03-01T13:00@Asia/Tashkent|v-12`,
    }))
    const packed = packConflicts(conflicts)
    expect(packed.lines.length).toBeLessThan(0.5 * conflicts.reduce((n, c) => n + JSON.stringify(c).length + 1, 0))
    expect([...new ConflictList(packed)]).toEqual(conflicts.map(shown))
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
