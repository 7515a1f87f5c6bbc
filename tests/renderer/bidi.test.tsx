// @vitest-environment jsdom
// Right-to-left names inside the left-to-right interface: isolated in the DOM (dir="auto" or
// <bdi>) and by FSI…PDI in plain text, so a number after an Arabic name stays after it.
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/shared/format'
import i18n, { currentDateLocale } from '../../src/renderer/i18n'
import { isolate } from '../../src/renderer/bidi'
import { labelText } from '../../src/renderer/app/labels'
import { Bilingual } from '../../src/renderer/components/Bilingual'
import { DateFormatter } from '../../src/renderer/dates'
import { makeItemText } from '../../src/renderer/timeline/itemText'
import type { PlanText } from '../../src/renderer/usePlanText'

const arabic = 'دار الأوبرا المصرية'
const FSI = '\u2068'
const PDI = '\u2069'

describe('right-to-left names', () => {
  it('are wrapped in FSI…PDI in plain text, and left-to-right names are left as they are', () => {
    expect(isolate(arabic)).toBe(`${FSI}${arabic}${PDI}`)
    expect(isolate('Almaty Museum of Arts')).toBe('Almaty Museum of Arts')
    expect(isolate('阿拉木图艺术博物馆')).toBe('阿拉木图艺术博物馆')
  })

  it('keep the count after an Arabic partner lane in the lane’s accessible name', () => {
    const text = String(i18n.t('timeline.lane.label', { lane: isolate(arabic), count: 3 }))
    expect(text.indexOf(PDI)).toBeGreaterThan(text.indexOf(arabic))
    expect(text.slice(text.indexOf(PDI))).toMatch(/3/)
  })

  it('are isolated in an item’s spoken name, in a conflict reason and in an undo label', () => {
    const project = {
      homeTimeZone: 'Asia/Shanghai',
      venues: [{ id: 'v-opera', name: arabic, country: 'EG', city: 'Cairo', timeZone: 'Africa/Cairo' }],
      partners: [],
      channels: [],
      dependencies: [],
      coproductions: [],
      events: [
        { id: 'e-a', title: 'حفل الربيع', kind: 'performance', status: 'planned', start: '2027-10-06', end: '2027-10-06', country: 'EG', venueId: 'v-opera', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] },
        { id: 'e-b', title: 'Guqin night', kind: 'performance', status: 'planned', start: '2027-10-06', end: '2027-10-06', country: 'EG', venueId: 'v-opera', partnerIds: [], channelIds: [], audienceIds: [], strategyIds: [] },
      ],
    } as unknown as Project
    const text = { dates: new DateFormatter(i18n.t, currentDateLocale(), 'Asia/Shanghai'), country: (c: string) => c, language: 'en' } as unknown as PlanText
    const words = makeItemText(project, 'venue', text, i18n.t)
    expect(words.accessibleName({ id: 'e-a' }, arabic)).toBe(`${FSI}حفل الربيع${PDI}, 6 Oct 2027, ${FSI}${arabic}${PDI}`)
    const reason = words.conflictReason({ id: 'x', code: 'venue-double-booked', itemIds: ['e-a', 'e-b'], values: { venueId: 'v-opera', first: 'e-a', second: 'e-b' } })
    expect(reason).toContain(`${FSI}${arabic}${PDI}`)
    expect(reason).toContain('‘Guqin night’')
    expect(labelText({ key: 'pasteEvents', values: { count: '1', title: arabic } }, i18n.t)).toBe(`Paste ‘${FSI}${arabic}${PDI}’`)
  })

  it('sit in their own direction-isolated element in the DOM', () => {
    const { container } = render(
      <p>
        <Bilingual primary={arabic} /> 3
      </p>,
    )
    const name = container.querySelector('.name-primary')!
    expect(name.getAttribute('dir')).toBe('auto')
    expect(name.textContent).toBe(arabic)
    expect(container.textContent).toBe(`${arabic} 3`)
  })
})
