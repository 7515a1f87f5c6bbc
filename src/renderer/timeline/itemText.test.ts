import { describe, expect, it } from 'vitest'
import type { Project } from '../../shared/format'
import i18n, { currentDateLocale } from '../i18n'
import { DateFormatter } from '../dates'
import type { PlanText } from '../usePlanText'
import { makeItemText } from './itemText'

// The part of a plan that item wording reads (the renderer reaches no files, so it is written out).
const sample = {
  homeTimeZone: 'Asia/Shanghai',
  events: [],
  venues: [],
  partners: [],
  dependencies: [],
  channels: [{ id: 'ch-tv', name: 'TV', nameLocal: '电视', medium: 'tv' }],
  coproductions: [
    {
      id: 'c-steppe-doc',
      title: 'Along the Steppe Road (documentary, 3 × 45 min)',
      phases: [{ id: 'c-steppe-dev', kind: 'development', start: '2027-01-11', end: '2027-02-26', status: 'done' }],
      releases: [
        { id: 'c-steppe-rel-kz', channelId: 'ch-tv', start: '2027-09-28T20:00', timeZone: 'Asia/Almaty', country: 'KZ', title: 'Premiere on Steppe TV' },
        { id: 'c-steppe-rel-cn', channelId: 'ch-tv', start: '2027-10-01T20:00', timeZone: 'Asia/Shanghai', country: 'CN', title: 'Liaoning TV broadcast' },
      ],
    },
  ],
} as unknown as Project
const text = { dates: new DateFormatter(i18n.t, currentDateLocale(), sample.homeTimeZone) } as PlanText
const withUntitledRelease: Project = {
  ...sample,
  coproductions: sample.coproductions.map((c, i) => (i === 0 ? { ...c, releases: c.releases.map((r, j) => (j === 0 ? { ...r, title: undefined } : r)) } : c)),
}

describe('item labels', () => {
  it('names phases and releases with their co-production outside its own lanes', () => {
    const byCountry = makeItemText(withUntitledRelease, 'country', text, i18n.t)
    expect(byCountry.label({ id: 'c-steppe-dev' })).toBe('Development · Along the Steppe Road (documentary, 3 × 45 min)')
    expect(byCountry.label({ id: 'c-steppe-rel-kz' })).toBe('Release on TV · Along the Steppe Road (documentary, 3 × 45 min)')
    expect(byCountry.label({ id: 'c-steppe-rel-cn' })).toBe('Liaoning TV broadcast · Along the Steppe Road (documentary, 3 × 45 min)')
  })

  it('names them alone in the co-production lanes', () => {
    const byCoproduction = makeItemText(withUntitledRelease, 'coproduction', text, i18n.t)
    expect(byCoproduction.label({ id: 'c-steppe-dev' })).toBe('Development')
    expect(byCoproduction.label({ id: 'c-steppe-rel-kz' })).toBe('Release on TV')
  })

  it('gives each item an accessible name with its dates and lane', () => {
    const byCountry = makeItemText(sample, 'country', text, i18n.t)
    expect(byCountry.accessibleName({ id: 'c-steppe-dev' }, 'China')).toContain('11 Jan – 26 Feb 2027')
    expect(byCountry.role).toBe(i18n.t('timeline.item.role'))
  })
})
