// Test helpers for the timeline modules: the sample plan parsed, a deep freeze, and a small plan
// built by hand.
import { parseProject, type Event, type Project } from '../../src/shared/format'
import { sampleText } from './plans'

/** The sample plan (resources/sample.caravan) as a validated document. */
export function samplePlan(): Project {
  const result = parseProject(sampleText)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.project
}

/** Freezes `value` and everything inside it, so a test fails on any mutation. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** A valid event with the given fields, for hand-made plans. */
export function event(fields: Partial<Event> & Pick<Event, 'id' | 'start' | 'end'>): Event {
  return { title: fields.id, kind: 'other', status: 'planned', country: 'KZ', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [], ...fields }
}

/** A minimal valid plan in Asia/Shanghai holding `fields`. */
export function plan(fields: Partial<Project> = {}): Project {
  return {
    format: 'caravan.project',
    formatVersion: 1,
    id: 'prj-test',
    title: 'Test plan',
    homeTimeZone: 'Asia/Shanghai',
    createdAt: '2026-11-02T01:15:00Z',
    modifiedAt: '2026-11-02T01:15:00Z',
    partners: [],
    venues: [],
    events: [],
    coproductions: [],
    dependencies: [],
    channels: [],
    audiences: [],
    strategies: [],
    ...fields,
  }
}
