// Test helpers for the entity commands: the sample plan parsed and frozen, so a test fails on any
// mutation, and small valid entities to add.
import { parseProject, type Event, type Project } from '../../src/shared/format'
import { sampleText } from './plans'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** The sample plan (resources/sample.caravan), validated and deeply frozen. */
export function frozenSample(): Project {
  const result = parseProject(sampleText)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return deepFreeze(result.project)
}

/** A valid all-day event in Almaty with the given fields. */
export function newEvent(fields: Partial<Event> = {}): Event {
  return {
    id: 'e-new',
    title: 'Guqin and Oud',
    kind: 'performance',
    status: 'planned',
    start: '2027-10-09',
    end: '2027-10-09',
    country: 'KZ',
    partnerIds: [],
    channelIds: [],
    audienceIds: [],
    strategyIds: [],
    ...fields,
  }
}
