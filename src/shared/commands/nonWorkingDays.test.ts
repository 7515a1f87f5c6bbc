import { describe, expect, it } from 'vitest'
import { validateProject } from '../format'
import { setNonWorkingDay } from './nonWorkingDays'
import { frozenSample } from '../../../tests/support/entities'

describe('marking the plan’s own non-working days', () => {
  it('adds days in date order, renames one in place, and removes the field with the last day', () => {
    const sample = frozenSample()
    const one = setNonWorkingDay(sample, { date: '2027-10-08', off: true, name: ' Bridge day ' })
    const two = setNonWorkingDay(one, { date: '2027-02-11', off: true })
    expect(two.nonWorkingDays).toEqual([{ date: '2027-02-11' }, { date: '2027-10-08', name: 'Bridge day' }])
    expect(validateProject(two).ok).toBe(true)
    const renamed = setNonWorkingDay(two, { date: '2027-10-08', off: true, name: 'Bridge day', nameLocal: '调休' })
    expect(renamed.nonWorkingDays?.[1]).toEqual({ date: '2027-10-08', name: 'Bridge day', nameLocal: '调休' })
    expect(setNonWorkingDay(renamed, { date: '2027-10-08', off: true, name: 'Bridge day', nameLocal: '调休' })).toBe(renamed)
    const back = setNonWorkingDay(setNonWorkingDay(renamed, { date: '2027-10-08', off: false }), { date: '2027-02-11', off: false })
    expect('nonWorkingDays' in back).toBe(false)
    expect(back).toEqual(sample)
  })
})
