import { describe, expect, it } from 'vitest'
import type { Project } from '../../shared/format'
import { commit, createHistory } from '../../shared/history'
import type { CaravanApi } from '../../shared/ipc'
import { frozenSample } from '../../../tests/support/entities'
import { findMergeBase } from './mergeBase'

/** A window's bridge whose version history holds `kept` (by revision). */
function withHistory(kept: Project[]): CaravanApi {
  return {
    host: 'web',
    platform: 'linux',
    invoke: (async (channel: string, args: { revision?: string }) => (channel === 'versions:find' ? (kept.find((p) => p.revision === args.revision) ?? null) : null)) as CaravanApi['invoke'],
    on: () => () => undefined,
  }
}

const plan = frozenSample()
const r1: Project = { ...plan, revision: 'r1' }
const r2: Project = { ...plan, title: 'Ours, saved again', revision: 'r2', lineage: ['r1'] }

describe('the base of Merge Another Copy', () => {
  it('is the shared revision as the version history keeps it', async () => {
    const theirs: Project = { ...plan, title: 'Theirs', revision: 't1', lineage: ['r1'] }
    const found = await findMergeBase(withHistory([r1, r2]), r2, createHistory(r2, { saved: true }), theirs)
    expect(found).toEqual({ base: r1, twoWay: false })
  })

  it('is the plan as last saved when the history lost it but the window still has it', async () => {
    const theirs: Project = { ...plan, title: 'Theirs', revision: 't1', lineage: ['r2', 'r1'] }
    const edited = commit(createHistory(r2, { saved: true }), { ...r2, title: 'Ours, edited' }, 'rename')
    const found = await findMergeBase(withHistory([]), edited.present, edited, theirs)
    expect(found).toEqual({ base: r2, twoWay: false })
  })

  it('is a two-way compare when the copies share no revision', async () => {
    const theirs: Project = { ...plan, title: 'Theirs', revision: 'elsewhere' }
    const found = await findMergeBase(withHistory([r1, r2]), r2, createHistory(r2, { saved: true }), theirs)
    expect(found.twoWay).toBe(true)
  })

  it('is the plan as opened for two files that carry no revision at all', async () => {
    const opened = createHistory(plan, { saved: true })
    const history = commit(opened, { ...plan, title: 'Ours' }, 'rename')
    const found = await findMergeBase(withHistory([]), history.present, history, { ...plan, title: 'Theirs' })
    expect(found).toEqual({ base: plan, twoWay: false })
  })
})
