import { describe, expect, it } from 'vitest'
import { createProject, serializeProject, validateProject } from '../format'
import { planPropertiesIssues, renamePlan } from './renamePlan'

const now = new Date('2026-11-28T09:30:00Z')
const plan = () => ({ ...createProject('Silk Road 2027', 'Asia/Shanghai', now), titleLocal: '丝路 2027' })

describe('renamePlan', () => {
  it('sets the title, the second-language title and the home time zone', () => {
    const renamed = renamePlan(plan(), { title: 'Steppe Road 2028', titleLocal: '草原之路 2028', homeTimeZone: 'Asia/Almaty' })
    expect(renamed.title).toBe('Steppe Road 2028')
    expect(renamed.titleLocal).toBe('草原之路 2028')
    expect(renamed.homeTimeZone).toBe('Asia/Almaty')
    expect(validateProject(renamed).ok).toBe(true)
  })

  it('returns the same plan when nothing changes', () => {
    const before = plan()
    expect(renamePlan(before, { title: 'Silk Road 2027', titleLocal: '丝路 2027', homeTimeZone: 'Asia/Shanghai' })).toBe(before)
    expect(renamePlan(before, { title: '  Silk Road 2027 ', titleLocal: ' 丝路 2027', homeTimeZone: 'Asia/Shanghai' })).toBe(before)
  })

  it('an empty second-language title removes the field', () => {
    const renamed = renamePlan(plan(), { title: 'Silk Road 2027', titleLocal: '  ', homeTimeZone: 'Asia/Shanghai' })
    expect('titleLocal' in renamed).toBe(false)
    expect(serializeProject(renamed)).not.toContain('titleLocal')
  })

  it('a plan without a second-language title and an empty one is unchanged', () => {
    const before = createProject('Silk Road 2027', 'Asia/Shanghai', now)
    expect(renamePlan(before, { title: 'Silk Road 2027', titleLocal: '', homeTimeZone: 'Asia/Shanghai' })).toBe(before)
  })

  it('adds a second-language title right after the title', () => {
    const renamed = renamePlan(createProject('Silk Road 2027', 'Asia/Shanghai', now), {
      title: 'Silk Road 2027',
      titleLocal: '丝路',
      homeTimeZone: 'Asia/Shanghai',
    })
    const keys = Object.keys(renamed)
    expect(keys.indexOf('titleLocal')).toBe(keys.indexOf('title') + 1)
  })

  it('keeps fields it does not know, and never changes the plan it is given', () => {
    const before = { ...plan(), futureField: { kept: true } }
    const frozen = JSON.stringify(before)
    const renamed = renamePlan(before, { title: 'New title', homeTimeZone: 'Asia/Shanghai' })
    expect((renamed as typeof before).futureField).toEqual({ kept: true })
    expect(JSON.stringify(before)).toBe(frozen)
    expect(renamed.partners).toBe(before.partners)
  })

  it('refuses an empty or overlong title and an unknown time zone by leaving the plan unchanged', () => {
    const before = plan()
    expect(renamePlan(before, { title: '   ', homeTimeZone: 'Asia/Shanghai' })).toBe(before)
    expect(renamePlan(before, { title: 'x'.repeat(201), homeTimeZone: 'Asia/Shanghai' })).toBe(before)
    expect(renamePlan(before, { title: 'Fine', homeTimeZone: 'Mars/Olympus_Mons' })).toBe(before)
  })
})

describe('planPropertiesIssues', () => {
  it('names the field and the problem', () => {
    expect(planPropertiesIssues({ title: '', homeTimeZone: 'Asia/Shanghai' })).toEqual([{ path: 'title', code: 'plan.titleRequired' }])
    expect(planPropertiesIssues({ title: 'x'.repeat(201), homeTimeZone: 'Nowhere' })).toEqual([
      { path: 'title', code: 'plan.tooLong', values: { max: 200 } },
      { path: 'homeTimeZone', code: 'plan.unknownTimeZone' },
    ])
  })

  it('counts characters, not UTF-16 units, so 200 Chinese characters or emoji fit', () => {
    expect(planPropertiesIssues({ title: '丝'.repeat(200), homeTimeZone: 'UTC' })).toEqual([])
    expect(planPropertiesIssues({ title: '🐫'.repeat(200), homeTimeZone: 'UTC' })).toEqual([])
  })
})
