import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applySync, syncSteps, SLICE, type SyncMessage } from './planSync'

type Doc = Record<string, unknown>

/** Sends every step of `before` → `after` to a copy holding `before`, as the worker would receive them. */
function synced(held: Doc | null, before: Doc | null, after: Doc): { doc: Doc; messages: SyncMessage[] } {
  const doc: Doc = structuredClone(held ?? {})
  const messages = [...syncSteps(before, after)].flat()
  for (const message of messages) applySync(doc, message)
  return { doc, messages }
}

const entry = fc.record({ id: fc.string({ maxLength: 6 }), n: fc.integer(), note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) })
const doc = fc.dictionary(fc.constantFrom('title', 'events', 'venues', 'views', 'extra'), fc.oneof(fc.string(), fc.array(entry, { maxLength: 12 }), fc.record({ zoom: fc.string() })))

/** An edit as the store makes it: some keys replaced, some array entries replaced, the rest shared. */
const edited = (before: Doc) =>
  fc.record({ drop: fc.subarray(Object.keys(before)), replace: fc.array(fc.nat(), { maxLength: 4 }), fresh: doc }).map(({ drop, replace, fresh }) => {
    const after: Doc = { ...before }
    for (const key of drop) delete after[key]
    for (const [key, value] of Object.entries(before)) {
      if (!Array.isArray(value) || !(key in after)) continue
      const copy = value.slice()
      for (const i of replace) if (copy.length > 0) copy[i % copy.length] = { ...copy[i % copy.length], n: -i }
      after[key] = copy
    }
    return { ...fresh, ...after }
  })

describe('the conflicts worker’s copy of the plan', () => {
  it('holds exactly the document after the steps from nothing', () => {
    fc.assert(
      fc.property(doc, (after) => {
        expect(synced(null, null, after).doc).toEqual(JSON.parse(JSON.stringify(after)))
      }),
    )
  })

  it('follows any edit from the document it holds', () => {
    fc.assert(
      fc.property(
        doc.chain((before) => fc.tuple(fc.constant(before), edited(before))),
        ([before, after]) => {
          expect(synced(JSON.parse(JSON.stringify(before)) as Doc, before, after).doc).toEqual(JSON.parse(JSON.stringify(after)))
        },
      ),
    )
  })

  it('sends only the entries an edit replaced, and nothing for an unchanged document', () => {
    const events = Array.from({ length: 5 * SLICE }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }))
    const before = { title: 'Plan', events }
    const after = { ...before, events: events.map((e, i) => (i === 7 ? { ...e, title: 'Moved' } : e)) }
    const { doc: copy, messages } = synced(JSON.parse(JSON.stringify(before)) as Doc, before, after)
    expect(messages).toEqual([{ kind: 'patch', key: 'events', changes: [[7, JSON.stringify({ id: 'e7', title: 'Moved' })]] }])
    expect((copy.events as { title: string }[])[7]?.title).toBe('Moved')
    expect([...syncSteps(after, after)]).toEqual([])
  })

  it('sends a long list in slices, none longer than the slice', () => {
    const events = Array.from({ length: 2 * SLICE + 5 }, (_, i) => ({ id: `e${i}` }))
    const steps = [...syncSteps(null, { events })]
    const appended = steps.flat().filter((m): m is Extract<SyncMessage, { kind: 'append' }> => m.kind === 'append')
    expect(appended.map((m) => (JSON.parse(m.json) as unknown[]).length)).toEqual([SLICE, SLICE, 5])
  })
})
