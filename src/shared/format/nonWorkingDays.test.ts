import { describe, expect, it } from 'vitest'
import { englishIssue } from '../../locales/english'
import { parseProject, serializeProject } from './index'
import { sampleText, sampleWith } from '../../../tests/support/plans'

const days = [{ date: '2027-10-08', name: 'Office closed after National Day', nameLocal: '国庆调休' }, { date: '2027-02-11' }]

describe('the plan’s own non-working days (nonWorkingDays)', () => {
  it('are read, kept and written back between strategies and views, byte for byte', () => {
    const text = sampleWith((doc) => Object.assign(doc, { nonWorkingDays: days }))
    const parsed = parseProject(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.project.nonWorkingDays).toEqual(days)
    const written = serializeProject(parsed.project)
    const keys = Object.keys(JSON.parse(written))
    expect(keys.indexOf('nonWorkingDays')).toBe(keys.indexOf('strategies') + 1)
    const again = parseProject(written)
    expect(again.ok && serializeProject(again.project)).toBe(written)
  })

  it('are left out of a plan that has none, which still saves unchanged', () => {
    const parsed = parseProject(sampleText)
    expect(parsed.ok && serializeProject(parsed.project)).toBe(sampleText)
    expect(parsed.ok && 'nonWorkingDays' in parsed.project).toBe(false)
  })

  it('are refused at their place when malformed', () => {
    const parsed = parseProject(
      sampleWith((doc) => {
        doc.nonWorkingDays = [{ date: '2027-02-30' }, { date: '2027-10-08', name: 7 }, { date: '2027-10-08' }, 'monday']
      }),
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map((e) => e.path)).toEqual(['nonWorkingDays[0].date', 'nonWorkingDays[1].name', 'nonWorkingDays[2].date', 'nonWorkingDays[3]'])
    expect(englishIssue(parsed.errors[2]!)).toContain('2027-10-08 is already a non-working day')
  })
})
