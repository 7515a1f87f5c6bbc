import { describe, expect, it } from 'vitest'
import { createProject, isId, newId, serializeProject, validateProject } from './index'
import { sampleDoc } from '../../../tests/support/plans'

describe('a new plan', () => {
  const now = new Date('2026-11-28T09:30:12.345Z')
  const project = createProject('Harbin ice festival tour', 'Asia/Shanghai', now)

  it('is a valid plan that reads back as written', () => {
    expect(validateProject(project).ok).toBe(true)
    const again = validateProject(JSON.parse(serializeProject(project)))
    expect(again.ok && serializeProject(again.project)).toBe(serializeProject(project))
  })

  it('is stamped with the time it was made, to the second, in UTC', () => {
    expect(project.createdAt).toBe('2026-11-28T09:30:12Z')
    expect(project.modifiedAt).toBe('2026-11-28T09:30:12Z')
  })

  it('starts empty, with the default channels, audiences and strategies of the sample plan', () => {
    const sample = sampleDoc()
    expect(project.events).toEqual([])
    expect(project.partners).toEqual([])
    expect(project.channels).toEqual(sample.channels)
    expect(project.audiences).toEqual(sample.audiences)
    expect(project.strategies).toEqual(sample.strategies)
    expect(project.channels.map((c) => c.medium)).toEqual(['tv', 'radio', 'print', 'social', 'online-video', 'web', 'live'])
  })

  it('gets an id of its own each time', () => {
    const other = createProject('Harbin ice festival tour', 'Asia/Shanghai', now)
    expect(other.id).not.toBe(project.id)
    expect(project.id).toMatch(/^prj-[0-9a-z]{12}$/)
  })

  it('does not share its lists with other new plans', () => {
    const other = createProject('Other', 'Europe/Budapest', now)
    expect(other.channels[0]).not.toBe(project.channels[0])
  })
})

describe('new ids', () => {
  it('are valid ids with the prefix asked for, and do not repeat', () => {
    const ids = new Set<string>()
    for (let i = 0; i < 5000; i++) {
      const id = newId('e-')
      expect(isId(id)).toBe(true)
      expect(id.startsWith('e-')).toBe(true)
      ids.add(id)
    }
    expect(ids.size).toBe(5000)
  })
})
