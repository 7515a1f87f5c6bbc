import { describe, expect, it } from 'vitest'
import { englishIssue } from '../../locales/english'
import { parseProject, serializeProject, validateProject, type Project } from './index'
import { sampleDoc, sampleText } from '../../../tests/support/plans'

function reopen(text: string): Project {
  const result = parseProject(text)
  if (!result.ok) throw new Error(result.errors.map(englishIssue).join('\n'))
  return result.project
}

describe('saving a plan', () => {
  it('writes the sample plan back byte for byte', () => {
    expect(serializeProject(reopen(sampleText))).toBe(sampleText)
  })

  it('writes 2-space indents, \\n line ends, one trailing newline and no byte-order mark', () => {
    const text = serializeProject(reopen(sampleText))
    expect(text.startsWith('{\n  "format": "caravan.project",\n  "formatVersion": 1,\n')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
    expect(text).not.toContain('\r')
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    expect(text).toContain('"titleLocal": "2027 辽宁文化丝路行"')
  })

  it('puts keys in the order of FORMAT.md whatever order they came in', () => {
    const doc = sampleDoc()
    const shuffle = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).reverse())
    const scrambled = shuffle({
      ...doc,
      events: doc.events.map((e: Record<string, unknown>) => shuffle({ ...e, ...(e.budget ? { budget: shuffle(e.budget as Record<string, unknown>) } : {}) })),
      coproductions: doc.coproductions.map((c: Record<string, unknown>) =>
        shuffle({ ...c, phases: (c.phases as Array<Record<string, unknown>>).map(shuffle), releases: (c.releases as Array<Record<string, unknown>>).map(shuffle) }),
      ),
      partners: doc.partners.map((p: Record<string, unknown>) => shuffle(p)),
    }) as Project
    expect(serializeProject(scrambled)).toBe(sampleText)
  })

  it('leaves out optional fields that are empty, and keeps required lists even when empty', () => {
    const project = reopen(sampleText)
    const edited: Project = {
      ...project,
      titleLocal: '',
      events: [{ ...project.events[0]!, titleLocal: undefined, notes: '', venueId: undefined, partnerIds: [] }],
      partners: [{ ...project.partners[0]!, contacts: [] }],
    }
    const text = serializeProject(edited)
    const written = JSON.parse(text) as Record<string, unknown> & { events: Array<Record<string, unknown>>; partners: Array<Record<string, unknown>> }
    expect('titleLocal' in written).toBe(false)
    expect(Object.keys(written.events[0]!)).not.toContain('notes')
    expect(Object.keys(written.events[0]!)).not.toContain('venueId')
    expect(written.events[0]!.partnerIds).toEqual([])
    expect('contacts' in written.partners[0]!).toBe(false)
    expect(text).toContain('"releases": []')
  })

  it('saving the same plan twice gives identical bytes, and a one-field edit is a one-line diff', () => {
    const project = reopen(sampleText)
    const once = serializeProject(project)
    expect(serializeProject(reopen(once))).toBe(once)
    const edited = { ...project, events: project.events.map((e, i) => (i === 4 ? { ...e, status: 'done' as const } : e)) }
    const before = once.split('\n')
    const after = serializeProject(edited).split('\n')
    expect(after).toHaveLength(before.length)
    expect(after.filter((line, i) => line !== before[i])).toEqual(['      "status": "done",'])
  })

  it('does not change the project it writes', () => {
    const project = reopen(sampleText)
    const snapshot = JSON.stringify(project)
    serializeProject({ ...project, title: 'Changed' })
    expect(JSON.stringify(project)).toBe(snapshot)
  })
})

describe('fields this Caravan does not know', () => {
  const withUnknown = sampleText
    .replace('  "views"', '  "views"')
    .replace(/\n}\n$/, ',\n  "x-reviewer": {\n    "name": "Li Wei",\n    "approved": true,\n    "rounds": [\n      1,\n      2\n    ]\n  },\n  "x-empty": ""\n}\n')
    .replace('"color": "#b5472b"', '"color": "#b5472b",\n      "ticketing": null,\n      "seating": {\n        "rows": 12\n      }')
    .replace('"currency": "CNY"\n      }', '"currency": "CNY",\n        "approvedBy": "finance"\n      }')
    .replace('"phone": "+7 727 000 0000"', '"phone": "+7 727 000 0000",\n          "wechat": "aigerim_s"')
    .replace('"status": "done"\n        }', '"status": "done",\n          "crew": 4\n        }')
    .replace('"title": "Online release"', '"title": "Online release",\n          "platform": "bilibili"')
    .replace('"medium": "live"', '"medium": "live",\n      "icon": "ticket"')

  it('keeps them on the root and on every kind of entity, byte for byte', () => {
    expect(withUnknown).not.toBe(sampleText)
    for (const key of ['x-reviewer', 'ticketing', 'approvedBy', 'wechat', 'crew', 'platform', 'icon']) expect(withUnknown).toContain(key)
    expect(serializeProject(reopen(withUnknown))).toBe(withUnknown)
  })

  it('keeps them in their order after the known fields', () => {
    const project = reopen(withUnknown)
    const moved = { 'x-empty': '', ...project, 'x-reviewer': project['x-reviewer'] } as Project
    expect(serializeProject(moved).indexOf('"x-empty"')).toBeLessThan(serializeProject(moved).indexOf('"x-reviewer"'))
    expect(serializeProject(moved).indexOf('"strategies"')).toBeLessThan(serializeProject(moved).indexOf('"x-empty"'))
  })
})

describe('keys that are object plumbing in JavaScript', () => {
  const hostile = sampleText
    .replace(/\n}\n$/, ',\n  "__proto__": {\n    "polluted": true\n  },\n  "constructor": {\n    "prototype": {\n      "polluted": true\n    }\n  },\n  "prototype": 1\n}\n')
    .replace('"strategyIds": [\n        "st-platforms"\n      ]\n    },', '"strategyIds": [\n        "st-platforms"\n      ],\n      "__proto__": {\n        "polluted": true,\n        "title": "Hijacked"\n      }\n    },')

  it('are plain data: kept, written back byte for byte, and never change a prototype', () => {
    expect(hostile).toContain('"__proto__": {\n        "polluted": true')
    const result = parseProject(hostile)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(serializeProject(result.project)).toBe(hostile)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(result.project)).toBe(Object.prototype)
    const opening = result.project.events[1]!
    expect(Object.getPrototypeOf(opening)).toBe(Object.prototype)
    expect(Object.keys(opening)).toContain('__proto__')
    expect((opening as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('stay plain data when a plan is copied and reordered before saving', () => {
    const result = parseProject(hostile)
    if (!result.ok) throw new Error('expected the plan to open')
    const plumbing = ['__proto__', 'constructor', 'prototype']
    const entries = Object.entries(result.project)
    const reordered = Object.fromEntries([...entries.filter(([k]) => plumbing.includes(k)), ...entries.filter(([k]) => !plumbing.includes(k)).reverse()]) as Project
    const text = serializeProject(reordered)
    expect(text).toBe(hostile)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('are kept when null optional fields force a cleaned copy', () => {
    const doc = JSON.parse(hostile) as Record<string, unknown>
    doc.titleLocal = null
    const result = validateProject(doc)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.keys(result.project)).toContain('__proto__')
    expect(Object.getPrototypeOf(result.project)).toBe(Object.prototype)
    expect(serializeProject(result.project)).toBe(hostile.replace('  "titleLocal": "2027 辽宁文化丝路行",\n', ''))
  })
})
