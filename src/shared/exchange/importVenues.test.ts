// Venues a sheet names that the plan does not have are created with the import, where the row says where.
import { describe, expect, it } from 'vitest'
import { validateProject } from '../format'
import { applyImport, importArgs, previewRows } from '.'
import { englishIssue } from '../../locales/english'
import { countingIds, samplePlan } from '../../../tests/support/exchange'

const plan = samplePlan()
const header = ['Title', 'Start', 'End', 'Country', 'City', 'Venue']
const preview = (rows: string[][]) => previewRows(plan, [header, ...rows], { newId: countingIds() })

describe('venues named by an imported sheet', () => {
  it('creates one new venue for a name the plan lacks, however many rows name it, and the events use it', () => {
    const p = preview([
      ['Film week opening', '2027-09-01', '2027-09-01', 'KZ', 'Astana', 'Astana Opera'],
      ['Film week closing', '2027-09-07', '2027-09-07', 'KZ', 'Astana', 'astana  opera'],
      ['Lecture', '2027-09-03', '2027-09-03', 'KZ', 'Almaty', 'Almaty Museum of Arts, Main Hall'],
    ])
    expect(p.newVenues).toHaveLength(1)
    const [venue] = p.newVenues
    // The zone of another venue in the same country, said in the row's warning so it can be checked.
    expect(venue).toMatchObject({ name: 'Astana Opera', country: 'KZ', city: 'Astana', timeZone: 'Asia/Almaty' })
    expect(englishIssue(p.rows[0]!.warnings[0]!)).toContain('a new venue will be created in Astana (time zone Asia/Almaty')
    expect(p.rows.map((r) => r.event?.venueId)).toEqual([venue!.id, venue!.id, 'v-almaty-hall'])

    const after = applyImport(plan, importArgs(p))
    expect(after.venues).toHaveLength(plan.venues.length + 1)
    expect(validateProject(after).ok).toBe(true)
  })

  it('takes the zone a row gives, and the home zone where the country has no venue yet', () => {
    const zoned = previewRows(plan, [[...header, 'Time zone'], ['Concert', '2027-05-01T19:00', '2027-05-01T21:00', 'KZ', 'Aktobe', 'Aktobe Hall', 'Asia/Aqtobe']], { newId: countingIds() })
    expect(zoned.newVenues[0]?.timeZone).toBe('Asia/Aqtobe')
    expect(preview([['Forum', '2027-05-01', '2027-05-02', 'FR', 'Paris', 'Maison de la Chine']]).newVenues[0]?.timeZone).toBe(plan.homeTimeZone)
  })

  it('creates no venue where the row does not say the city, or when the row is not imported', () => {
    const p = preview([
      ['No city', '2027-05-01', '2027-05-02', 'KZ', '', 'Somewhere Hall'],
      ['Bad dates', '2027-05-09', '2027-05-02', 'KZ', 'Astana', 'Astana Opera'],
    ])
    expect(englishIssue(p.rows[0]!.warnings[0]!)).toContain('imported without a venue')
    expect(p.rows[1]!.action).toBe('skip')
    expect(importArgs(p).venues).toEqual([])
    expect(previewRows(plan, [header, ['Gala', '2027-05-01', '2027-05-01', 'KZ', 'Astana', 'Astana Opera']], { createVenues: false }).newVenues).toEqual([])
  })
})
