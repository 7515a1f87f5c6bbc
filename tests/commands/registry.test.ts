// The registered document commands: each has an English undo label, a unique id, returns the same
// document on a no-op, and a journal of calls replays to the document they made.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createJournal,
  documentCommands,
  eventsForPaste,
  labelOfCall,
  performCall,
  recordCall,
  redoCall,
  replayCalls,
  undoCall,
  type CommandCall,
  type DocumentCommandId,
  type Journal,
} from '../../src/shared/commands'
import { validateProject, type Project } from '../../src/shared/format'
import { wallMinutes, type Conflict } from '../../src/shared/timeline'
import { findConflicts } from '../../src/shared/timeline/findConflicts'
import { frozenSample, newEvent } from '../support/entities'
import en from '../../src/renderer/locales/en.json'
import enEditing from '../../src/renderer/locales/en.editing.json'
import enVersions from '../../src/renderer/locales/en.versions.json'
import enHolidays from '../../src/renderer/locales/en.holidays.json'

const sample = frozenSample()
const labels: Record<string, string> = { ...en.undoLabels, ...enEditing.undoLabels, ...enVersions.undoLabels, ...enHolidays.undoLabels }
const firstEvent = sample.events[0]!
const conflict: Conflict = findConflicts(sample)[0] ?? { id: 'venue-double-booked:e-a:e-b', code: 'venue-double-booked', itemIds: [firstEvent.id], values: {}, fingerprint: 'e-a=2027-05-01' }

/** One call of every command that changes the sample, and one that changes nothing. */
const calls: Record<DocumentCommandId, { change: CommandCall; noop: CommandCall; doc?: Project }> = {
  'plan.setProperties': {
    change: { id: 'plan.setProperties', args: { title: 'Silk Road 2028', titleLocal: sample.titleLocal, homeTimeZone: sample.homeTimeZone } },
    noop: { id: 'plan.setProperties', args: { title: sample.title, titleLocal: sample.titleLocal, homeTimeZone: sample.homeTimeZone } },
  },
  'timeline.edit': {
    change: { id: 'timeline.edit', args: { type: 'move', refs: [{ type: 'event', id: firstEvent.id, laneKey: '' }], delta: { unit: 'day', amount: 3 } } },
    noop: { id: 'timeline.edit', args: { type: 'move', refs: [{ type: 'event', id: firstEvent.id, laneKey: '' }], delta: { unit: 'day', amount: 0 } } },
  },
  'entity.add': {
    change: { id: 'entity.add', args: { kind: 'event', entity: newEvent() } },
    noop: { id: 'entity.add', args: { kind: 'event', entity: firstEvent } },
  },
  'entity.update': {
    change: { id: 'entity.update', args: { kind: 'event', entity: { ...firstEvent, status: 'cancelled' } } },
    noop: { id: 'entity.update', args: { kind: 'event', entity: firstEvent } },
  },
  'entity.duplicate': {
    change: { id: 'entity.duplicate', args: { kind: 'event', id: firstEvent.id, newId: 'e-copy', name: 'Copy' } },
    noop: { id: 'entity.duplicate', args: { kind: 'event', id: 'e-missing', newId: 'e-copy', name: 'Copy' } },
  },
  'entity.delete': { change: { id: 'entity.delete', args: { id: firstEvent.id } }, noop: { id: 'entity.delete', args: { id: 'e-missing' } } },
  'entities.delete': { change: { id: 'entities.delete', args: { ids: [firstEvent.id, sample.partners[0]!.id] } }, noop: { id: 'entities.delete', args: { ids: [] } } },
  'events.paste': { change: { id: 'events.paste', args: { events: [newEvent({ id: 'e-pasted' })] } }, noop: { id: 'events.paste', args: { events: [] } } },
  'events.duplicate': {
    change: { id: 'events.duplicate', args: { ids: [firstEvent.id], newIds: ['e-dup'], names: ['Dup'] } },
    noop: { id: 'events.duplicate', args: { ids: [], newIds: [], names: [] } },
  },
  'plan.resolveConflicts': {
    change: { id: 'plan.resolveConflicts', args: { choices: ['theirs'] } },
    noop: { id: 'plan.resolveConflicts', args: { choices: [] } },
    doc: { ...sample, mergeConflicts: [{ kind: 'project', id: sample.id, field: 'title', reason: 'edit', theirs: 'Their title' }] },
  },
  'plan.restore': { change: { id: 'plan.restore', args: { project: { ...sample, title: 'Recovered' } } }, noop: { id: 'plan.restore', args: { project: { ...sample } } } },
  'events.import': {
    change: { id: 'events.import', args: { events: [newEvent({ id: 'e-imported' }), { ...firstEvent, title: 'Renamed by import' }], partners: [{ id: 'p-imported', name: 'Imported partner', kind: 'other', country: 'KZ' }] } },
    noop: { id: 'events.import', args: { events: [], partners: [] } },
  },
  'conflict.acknowledge': { change: { id: 'conflict.acknowledge', args: { conflict } }, noop: { id: 'conflict.acknowledge', args: { conflict: { ...conflict, id: conflict.id } } } },
  'plan.merge': {
    change: { id: 'plan.merge', args: { name: 'plan (Almaty).caravan', base: sample, theirs: { ...sample, title: 'Silk Road 2027 (Almaty)' }, choices: [] } },
    noop: { id: 'plan.merge', args: { name: 'plan (Almaty).caravan', base: sample, theirs: sample, choices: [] } },
  },
  'plan.setNonWorkingDay': {
    change: { id: 'plan.setNonWorkingDay', args: { date: '2027-10-08', off: true, name: 'Office closed' } },
    noop: { id: 'plan.setNonWorkingDay', args: { date: '2027-10-08', off: false } },
  },
  'conflict.unacknowledge': { change: { id: 'conflict.unacknowledge', args: { conflict } }, noop: { id: 'conflict.unacknowledge', args: { conflict } } },
}

describe('the registered document commands', () => {
  it('are registered under their own ids', () => {
    for (const [key, command] of Object.entries(documentCommands)) expect(command.id).toBe(key)
  })

  it('each has an English undo label, with every placeholder filled', () => {
    for (const { change } of Object.values(calls)) {
      const label = labelOfCall(sample, change)
      // Counted labels have i18next plural forms (`_one`, `_other`).
      const text = labels[label.key] ?? labels[`${label.key}_other`]
      expect(text, `${change.id} → ${label.key}`).toBeTruthy()
      for (const [, name] of text!.matchAll(/\{\{(\w+)\}\}/g)) expect(label.values, `${label.key} needs ${name}`).toHaveProperty(name!)
    }
  })

  it('return the same document when nothing changes, a valid new one otherwise', () => {
    const acknowledged = performCall(sample, calls['conflict.acknowledge'].change)
    for (const [id, { change, noop, doc }] of Object.entries(calls)) {
      const before = doc ?? (id === 'conflict.unacknowledge' ? acknowledged : sample)
      const noopBefore = id === 'conflict.acknowledge' ? acknowledged : sample
      expect(performCall(noopBefore, noop), `${id} no-op`).toBe(noopBefore)
      const after = performCall(before, change)
      expect(after, id).not.toBe(before)
      expect(validateProject(after).ok, id).toBe(true)
    }
  })

  it('a merge of another copy is one step named after the file, with what it brought and the conflicts decided', () => {
    const ours = { ...sample, title: 'Silk Road 2027 (Shenyang)' }
    const theirs = { ...sample, title: 'Silk Road 2027 (Almaty)', events: sample.events.map((e, i) => (i === 1 ? { ...e, status: 'done' as const } : e)) }
    const call: CommandCall = { id: 'plan.merge', args: { name: 'plan (Almaty).caravan', base: sample, theirs, choices: [[`${sample.id}|title`, 'theirs']] } }
    expect(labelOfCall(ours, call)).toEqual({ key: 'mergeCopy', values: { name: 'plan (Almaty).caravan', changes: '1', conflicts: '1' } })
    const merged = performCall(ours, call)
    expect(merged.title).toBe('Silk Road 2027 (Almaty)')
    expect(merged.events[1]!.status).toBe('done')
    expect(merged).not.toHaveProperty('mergeConflicts')
  })

  it('a plan-properties label says what changed', () => {
    const args = { title: sample.title, titleLocal: sample.titleLocal, homeTimeZone: sample.homeTimeZone }
    expect(labelOfCall(sample, { id: 'plan.setProperties', args: { ...args, title: 'New' } })).toEqual({ key: 'renamePlan', values: { title: 'New' } })
    expect(labelOfCall(sample, { id: 'plan.setProperties', args: { ...args, homeTimeZone: 'Asia/Almaty' } })).toEqual({ key: 'setHomeTimeZone', values: { zone: 'Asia/Almaty' } })
    expect(labelOfCall(sample, { id: 'plan.setProperties', args: { ...args, title: 'New', homeTimeZone: 'Asia/Almaty' } }).key).toBe('setPlanProperties')
  })

  it('pasted events land on the target day in the target lane, with no reference the plan lacks', () => {
    const foreign = newEvent({ id: 'e-x', start: '2027-10-09', end: '2027-10-11', partnerIds: ['p-elsewhere'], venueId: 'v-elsewhere' })
    const partner = sample.partners[1]!
    const [pasted] = eventsForPaste(sample, [foreign], ['e-pasted'], { grouping: 'partner', laneKey: partner.id, day: wallMinutes('2027-05-20') })
    expect(pasted).toMatchObject({ id: 'e-pasted', start: '2027-05-20', end: '2027-05-22', partnerIds: [partner.id] })
    expect(pasted!.venueId).toBeUndefined()
    expect(validateProject(performCall(sample, { id: 'events.paste', args: { events: [pasted!] } })).ok).toBe(true)
  })
})

// Random sequences of edits, undos and redos on the sample plan.
const events = sample.events
const step = fc.oneof(
  fc.record({ op: fc.constant('move' as const), index: fc.nat(events.length - 1), days: fc.integer({ min: -40, max: 40 }) }),
  fc.record({ op: fc.constant('status' as const), index: fc.nat(events.length - 1), status: fc.constantFrom('idea', 'planned', 'confirmed', 'done', 'cancelled') }),
  fc.record({ op: fc.constant('rename' as const), title: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') }),
  fc.record({ op: fc.constant('add' as const), n: fc.nat(1000) }),
  fc.record({ op: fc.constant('delete' as const), index: fc.nat(events.length - 1) }),
  fc.record({ op: fc.constant('duplicate' as const), index: fc.nat(events.length - 1), n: fc.nat(1000) }),
  fc.constant({ op: 'undo' as const }),
  fc.constant({ op: 'redo' as const }),
)
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

function callFor(doc: Project, s: Exclude<Step, { op: 'undo' } | { op: 'redo' }>): CommandCall | null {
  const event = doc.events[('index' in s ? s.index : 0) % Math.max(1, doc.events.length)]
  switch (s.op) {
    case 'move':
      return event ? { id: 'timeline.edit', args: { type: 'move', refs: [{ type: 'event', id: event.id, laneKey: '' }], delta: { unit: 'day', amount: s.days } } } : null
    case 'status':
      return event ? { id: 'entity.update', args: { kind: 'event', entity: { ...event, status: s.status } } } : null
    case 'rename':
      return { id: 'plan.setProperties', args: { title: s.title, homeTimeZone: doc.homeTimeZone, ...(doc.titleLocal ? { titleLocal: doc.titleLocal } : {}) } }
    case 'add':
      return { id: 'entity.add', args: { kind: 'event', entity: newEvent({ id: `e-gen-${s.n}` }) } }
    case 'delete':
      return event ? { id: 'entity.delete', args: { id: event.id } } : null
    case 'duplicate':
      return event ? { id: 'events.duplicate', args: { ids: [event.id], newIds: [`e-dup-${s.n}`], names: [`${event.title} (copy)`] } } : null
  }
}

describe('the journal', () => {
  it('replayed on the opened plan gives the plan on screen, after any edits, undos and redos (and survives JSON)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        // The present document and the documents undo and redo go to, as the history keeps them.
        let past: Project[] = []
        let future: Project[] = []
        let present: Project = sample
        let journal: Journal = createJournal({ saved: true })
        for (const s of steps) {
          if (s.op === 'undo') {
            const back = past.pop()
            if (!back) continue
            future = [present, ...future]
            present = back
            journal = undoCall(journal)
          } else if (s.op === 'redo') {
            const [next, ...rest] = future
            if (!next) continue
            past = [...past, present]
            present = next
            future = rest
            journal = redoCall(journal)
          } else {
            const call = callFor(present, s)
            if (!call) continue
            const next = performCall(present, call)
            if (next === present) continue
            past = [...past, present]
            future = []
            present = next
            journal = recordCall(journal, { ...call, at: '2026-12-01T09:00:00Z' })
          }
        }
        const travelled = JSON.parse(JSON.stringify(journal.entries)) as CommandCall[]
        expect(replayCalls(sample, travelled)).toEqual(present)
      }),
      { numRuns: 150 },
    )
  })
})
