import { describe, expect, it } from 'vitest'
import { englishIssue as formatIssue, englishText } from '../../locales/english'
import { MAX_ISSUES, parseProject, validateProject, type Issue } from './index'
import { validateWith } from './parse'
import { sampleDoc, sampleText, sampleWith, type Doc } from '../../../tests/support/plans'

/** Issues with their English words, as the CLI prints them. */
const worded = (issues: readonly Issue[]) => issues.map((i) => ({ path: i.path, message: englishText(i) }))

const line = (e: { path: string; message: string }) => (e.path ? `${e.path}: ${e.message}` : e.message)

function errorsOf(text: string): Array<{ path: string; message: string }> {
  const result = parseProject(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return worded(result.errors)
}

describe('opening files that are not Caravan plans', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an empty file', '', /it is empty/],
    ['a file of blank lines', '  \n\n ', /it is empty/],
    ['a cut-off file', sampleText.slice(0, 500), /the JSON is cut off at line 17, column 23\./],
    ['a file with text after the JSON', `${sampleText}oops`, /more text after the end of the JSON, at line 951, column 1/],
    ['a list', '[1, 2]', /it holds a list, not a plan/],
    ['a number', '42', /it holds only a number/],
    ['a string', '"plan"', /it holds only a piece of text/],
    ['null', 'null', /it holds only null/],
    ['binary data', 'PK\u0003\u0004\u0000\u0000garbage', /binary data, not text/],
    ['JSON with single quotes', "{'format': 'caravan.project'}", /unexpected "'" at line 1, column 2/],
    ['JSON with a trailing comma', '{"a": 1,}', /unexpected "}" at line 1, column 9/],
    ['another JSON file', '{"name": "caravan", "version": "1.0.0"}', /has no "format": "caravan.project" line/],
    ['another format', '{"format": "trello.board"}', /its format is "trello.board", not "caravan.project"/],
  ]
  it.each(cases)('refuses %s with a message for people', (_label, text, message) => {
    const errors = errorsOf(text)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.path).toBe('')
    expect(errors[0]!.message).toMatch(message)
  })

  it('starts every whole-file message with what the file is not', () => {
    expect(errorsOf('{')[0]!.message).toBe('This is not a Caravan project file: the JSON is cut off at line 1, column 2.')
  })

  it('reads a U+FFFD in the text as text: it is what a UTF-8 encoder writes, not a sign of another encoding', () => {
    const result = parseProject(sampleText.replace('Almaty Museum of Arts', 'Almaty \uFFFD\uFFFD'))
    expect(result.ok && result.project.partners.some((p) => p.name === 'Almaty \uFFFD\uFFFD')).toBe(true)
  })

  it('never throws, whatever the input', () => {
    for (const text of ['{', '}', '[', '"', '\\', '{"format":', 'nul', 't', '-', '1e', '{"a":"\\u12"}', '\u0000', '[[[[[[[[[[']) {
      expect(parseProject(text).ok).toBe(false)
    }
    // Deeply nested JSON is refused with a message, not a crash.
    expect(parseProject('['.repeat(200_000)).ok).toBe(false)
    expect(parseProject(`{"format":"caravan.project","formatVersion":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`).ok).toBe(false)
  })
})

describe('format versions', () => {
  it('refuses a plan from a newer Caravan, naming both versions', () => {
    const errors = errorsOf(sampleText.replace('"formatVersion": 1', '"formatVersion": 3'))
    expect(errors).toEqual([
      {
        path: '',
        message: 'This plan was made by a newer Caravan (format version 3); this Caravan reads format version 1 and older. Update Caravan to open it.',
      },
    ])
  })

  it('refuses a version that is not a whole number', () => {
    expect(errorsOf(sampleText.replace('"formatVersion": 1', '"formatVersion": "1"'))).toEqual([
      { path: 'formatVersion', message: 'should be a whole number such as 1, not "1"' },
    ])
    expect(errorsOf(sampleText.replace('"formatVersion": 1', '"formatVersion": 1.5'))[0]!.path).toBe('formatVersion')
    expect(errorsOf(sampleWith((d) => delete d.formatVersion))[0]!.path).toBe('formatVersion')
  })

  it('refuses a version no Caravan wrote', () => {
    expect(errorsOf(sampleText.replace('"formatVersion": 1', '"formatVersion": 0'))[0]!.message).toMatch(/format version 0, which no Caravan has written/)
  })

  it('upgrades an older plan in memory and says from which version', () => {
    const old = sampleDoc()
    old.formatVersion = 0
    old.name = old.title
    delete old.title
    const upgrade = (doc: Record<string, unknown>): Record<string, unknown> => {
      const { name, ...rest } = doc
      return { ...rest, formatVersion: 1, title: name }
    }
    const result = validateWith(old, { 0: upgrade })
    expect(result.ok && result.migratedFrom).toBe(0)
    expect(result.ok && result.project.title).toBe('Liaoning culture along the Silk Road, 2027')
    expect(old.formatVersion).toBe(0)
  })

  it('reports a migration that fails instead of crashing', () => {
    const old = { ...sampleDoc(), formatVersion: 0 }
    const result = validateWith(old, {
      0: () => {
        throw new Error('the old partner list is damaged')
      },
    })
    expect(result.ok || englishText(result.errors[0]!)).toMatch(/could not be upgraded: the old partner list is damaged/)
  })

  it('opens a current plan without migrating', () => {
    const result = parseProject(sampleText)
    expect(result.ok).toBe(true)
    expect(result.ok && result.migratedFrom).toBeUndefined()
  })
})

describe('reading a valid plan', () => {
  it('accepts the sample plan', () => {
    const result = parseProject(sampleText)
    expect(result.ok && result.project.events).toHaveLength(15)
  })

  it('tolerates a byte-order mark that an editor added', () => {
    expect(parseProject(`\uFEFF${sampleText}`).ok).toBe(true)
  })

  it('gives back the very object it was handed when it is valid', () => {
    const doc = sampleDoc()
    const result = validateProject(doc)
    expect(result.ok && result.project).toBe(doc)
  })

  it.each<[string, (d: Doc) => void]>([
    ['fractional seconds in a timestamp', (d) => (d.modifiedAt = '2026-11-27T08:40:00.123Z')],
    ['a website without a scheme', (d) => (d.partners[9].website = 'www.example.id/about')],
    ['a website in Chinese', (d) => (d.partners[9].website = 'https://例子.中国')],
    ['an unusual but plausible e-mail', (d) => (d.partners[0].contacts[0].email = 'a.o+caravan@museum.kz')],
    ['a milestone (end equal to start)', (d) => (d.events[0].end = d.events[0].start)],
    ['an event across midnight', (d) => (d.events[1].end = '2027-04-16T01:00')],
    ['a time in the hour skipped by a clock change', (d) => Object.assign(d.events[10], { start: '2027-03-28T02:30', end: '2027-03-28T04:00', timeZone: 'Europe/Budapest' })],
    ['an all-day event with a time zone', (d) => (d.events[0].timeZone = 'Asia/Almaty')],
    ['a budget of zero', (d) => (d.events[0].budget.amount = 0)],
    ['a title of 200 Chinese characters', (d) => (d.events[0].title = '丝'.repeat(200))],
    ['a title of 200 emoji', (d) => (d.events[0].title = '🎻'.repeat(200))],
    ['empty lists everywhere', (d) => Object.assign(d, { partners: [], venues: [], events: [], coproductions: [], dependencies: [], channels: [], audiences: [], strategies: [] })],
    ['view settings', (d) => (d.views = { groupBy: 'country', zoom: 'month', laneOrder: ['KZ', 'UZ'] })],
  ])('accepts %s', (_what, change) => {
    const result = parseProject(sampleWith(change))
    expect(result.ok || result.errors).toBe(true)
  })

  it('treats optional fields written as null or "" as left out, without touching the input', () => {
    const doc = sampleDoc()
    doc.titleLocal = null
    doc.events[0].venueId = null
    doc.events[0].notes = ''
    doc.events[1].budget = null
    const result = validateProject(doc)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect('titleLocal' in result.project).toBe(false)
    expect('venueId' in result.project.events[0]!).toBe(false)
    expect(doc.titleLocal).toBeNull()
  })
})

/** One broken field of the sample: what to break, the path reported and words of the message. */
type Case = [what: string, change: (d: Doc) => void, path: string, message: string | RegExp]

const fieldCases: Case[] = [
  ['a missing id', (d) => delete d.events[3].id, 'events[3].id', 'is missing; every event needs an id'],
  ['a malformed id', (d) => (d.partners[1].id = 'p khabar'), 'partners[1].id', '"p khabar" is not a valid id; use 1–64 letters, digits, "-" or "_"'],
  ['an id longer than 64', (d) => (d.venues[0].id = 'v'.repeat(65)), 'venues[0].id', /is not a valid id/],
  ['an id shared by an event and a partner', (d) => (d.events[6].id = 'p-lcu'), 'events[6].id', '"p-lcu" is already used by partners[13]; every id in the file must be different'],
  ['a phase id shared with the plan', (d) => (d.coproductions[0].phases[0].id = 'prj-silk-road-2027'), 'coproductions[0].phases[0].id', /already used by the plan itself/],
  ['a release id shared with a partner', (d) => (d.coproductions[0].releases[1].id = 'p-khabar'), 'coproductions[0].releases[1].id', /already used by partners\[1\]/],
  ['a channel id shared with an earlier release', (d) => (d.coproductions[0].releases[1].id = 'ch-tv'), 'channels[0].id', /"ch-tv" is already used by coproductions\[0\]\.releases\[1\]/],
  ['an empty title', (d) => (d.title = ''), 'title', 'is empty; give the plan a title'],
  ['a title of 201 characters', (d) => (d.events[0].title = 'x'.repeat(201)), 'events[0].title', 'is too long (201 characters; at most 200)'],
  ['a title that is a number', (d) => (d.events[0].title = 7), 'events[0].title', 'should be text, not the number 7'],
  ['a partner without a name', (d) => delete d.partners[2].name, 'partners[2].name', 'is missing; every partner needs a name'],
  ['an unknown event kind', (d) => (d.events[2].kind = 'concert'), 'events[2].kind', /"concert" is not an event kind; use one of: exhibition, performance/],
  ['an unknown status', (d) => (d.events[2].status = 'maybe'), 'events[2].status', /is not a status/],
  ['an unknown partner kind', (d) => (d.partners[0].kind = 'museum'), 'partners[0].kind', /is not a partner kind/],
  ['an unknown co-production format', (d) => (d.coproductions[1].format = 'vlog'), 'coproductions[1].format', /is not a co-production format/],
  ['an unknown phase kind', (d) => (d.coproductions[1].phases[0].kind = 'shooting'), 'coproductions[1].phases[0].kind', /is not a phase kind/],
  ['an unknown medium', (d) => (d.channels[0].medium = 'cinema'), 'channels[0].medium', /is not a medium/],
  ['an unknown dependency type', (d) => (d.dependencies[0].type = 'start-to-start'), 'dependencies[0].type', /is not a dependency type; use one of: finish-to-start/],
  ['a date that does not exist', (d) => (d.events[0].start = '2027-02-30'), 'events[0].start', '"2027-02-30" is not a real date'],
  ['29 February of a common year', (d) => (d.events[0].start = '2027-02-29'), 'events[0].start', /is not a real date/],
  ['a time that does not exist', (d) => (d.events[1].end = '2027-04-15T24:00'), 'events[1].end', '"2027-04-15T24:00" is not a real date and time'],
  ['a date in another notation', (d) => (d.events[0].end = '30/06/2027'), 'events[0].end', /"30\/06\/2027" is not a date; use YYYY-MM-DD/],
  ['a time with seconds', (d) => (d.events[1].start = '2027-04-15T11:00:00'), 'events[1].start', /is not a date/],
  ['a date that is a number', (d) => (d.events[0].start = 20270415), 'events[0].start', /should be a date such as "2027-05-12", not the number/],
  ['an end before the start', (d) => (d.events[3].end = '2027-08-20'), 'events[3].end', 'ends before it starts (2027-08-20 < 2027-08-25)'],
  ['a timed end before the start', (d) => (d.events[1].end = '2027-04-15T10:59'), 'events[1].end', 'ends before it starts (2027-04-15T10:59 < 2027-04-15T11:00)'],
  ['an all-day start with a timed end', (d) => (d.events[0].end = '2027-06-30T18:00'), 'events[0].end', /is timed \(2027-06-30T18:00\) but start is all-day \(2027-04-15\); make both all-day or both timed/],
  ['a timed event without a time zone', (d) => delete d.events[1].timeZone, 'events[1].timeZone', /is missing; an event with times of day needs the IANA time zone/],
  ['an unknown time zone', (d) => (d.events[1].timeZone = 'Asia/Almaty_City'), 'events[1].timeZone', /"Asia\/Almaty_City" is not a known time zone/],
  ['an offset instead of a zone', (d) => (d.events[1].timeZone = '+05:00'), 'events[1].timeZone', /is not a known time zone/],
  ['a venue without a time zone', (d) => delete d.venues[2].timeZone, 'venues[2].timeZone', /is missing; every venue needs the IANA time zone/],
  ['a venue in an unknown zone', (d) => (d.venues[2].timeZone = 'Asia/Samarcand'), 'venues[2].timeZone', /not a known time zone/],
  ['an unknown home time zone', (d) => (d.homeTimeZone = 'China'), 'homeTimeZone', /"China" is not a known time zone/],
  ['a phase with a time of day', (d) => (d.coproductions[0].phases[1].start = '2027-03-01T09:00'), 'coproductions[0].phases[1].start', /has a time of day; phases are planned in whole days/],
  ['a phase ending before it starts', (d) => (d.coproductions[0].phases[1].end = '2027-02-01'), 'coproductions[0].phases[1].end', 'ends before it starts (2027-02-01 < 2027-03-01)'],
  ['a timed release without a zone', (d) => delete d.coproductions[0].releases[0].timeZone, 'coproductions[0].releases[0].timeZone', /is missing; a release at a time of day/],
  ['a release on a day that does not exist', (d) => (d.coproductions[0].releases[2].start = '2027-13-02'), 'coproductions[0].releases[2].start', /is not a real date/],
  ['a local creation time', (d) => (d.createdAt = '2026-11-02T09:15:00+08:00'), 'createdAt', /is not a UTC time; use one such as "2026-11-28T09:30:00Z"/],
  ['a modification time that is not a time', (d) => (d.modifiedAt = 'yesterday'), 'modifiedAt', /is not a UTC time/],
  ['a country in lower case', (d) => (d.partners[0].country = 'kz'), 'partners[0].country', '"kz": write country codes in capitals ("KZ")'],
  ['a country that does not exist', (d) => (d.events[0].country = 'XK'), 'events[0].country', /"XK" is not a country code/],
  ['a country written out', (d) => (d.venues[0].country = 'Kazakhstan'), 'venues[0].country', /is not a country code/],
  ['a release in an unknown country', (d) => (d.coproductions[0].releases[0].country = 'ZZ'), 'coproductions[0].releases[0].country', /is not a country code/],
  ['an unknown currency', (d) => (d.events[0].budget.currency = 'YUAN'), 'events[0].budget.currency', /"YUAN" is not a currency code/],
  ['a currency in lower case', (d) => (d.events[0].budget.currency = 'cny'), 'events[0].budget.currency', '"cny": write currency codes in capitals ("CNY")'],
  ['a negative budget', (d) => (d.events[0].budget.amount = -5), 'events[0].budget.amount', 'is negative (-5); a budget is 0 or more'],
  ['a budget in words', (d) => (d.events[0].budget.amount = '420000'), 'events[0].budget.amount', /should be a number such as 150000/],
  ['a budget without an amount', (d) => delete d.events[0].budget.amount, 'events[0].budget.amount', /is missing/],
  ['a budget that is a number', (d) => (d.events[0].budget = 5), 'events[0].budget', /should be an amount and a currency/],
  ['a colour by name', (d) => (d.events[10].color = 'red'), 'events[10].color', '"red" is not a colour; use #rrggbb, such as "#b5472b"'],
  ['a short colour', (d) => (d.events[10].color = '#b54'), 'events[10].color', /is not a colour/],
  ['an impossible capacity', (d) => (d.venues[0].capacity = 12.5), 'venues[0].capacity', /should be a whole number of people/],
  ['an e-mail without @', (d) => (d.partners[0].contacts[0].email = 'exhibitions.example.kz'), 'partners[0].contacts[0].email', /does not look like an e-mail address/],
  ['a contact without a name', (d) => delete d.partners[1].contacts[0].name, 'partners[1].contacts[0].name', 'is missing; every contact needs a name'],
  ['contacts that are not a list', (d) => (d.partners[1].contacts = 'Nurlan'), 'partners[1].contacts', /should be a list/],
  ['a javascript: website', (d) => (d.partners[9].website = 'javascript:alert(1)'), 'partners[9].website', /is not a web address/],
  ['a website with spaces', (d) => (d.partners[9].website = 'example id'), 'partners[9].website', /is not a web address/],
  ['a venue that does not exist', (d) => (d.events[7].venueId = 'v-harbin'), 'events[7].venueId', 'no venue with id "v-harbin"'],
  ['a partner given as venue', (d) => (d.events[2].venueId = 'p-lcu'), 'events[2].venueId', '"p-lcu" is a partner, not a venue'],
  ['a missing partner', (d) => d.events[4].partnerIds.push('p-nobody'), 'events[4].partnerIds[2]', 'no partner with id "p-nobody"'],
  ['a venue among partners', (d) => (d.events[4].partnerIds[0] = 'v-registan'), 'events[4].partnerIds[0]', '"v-registan" is a venue, not a partner'],
  ['a partner listed twice', (d) => d.events[4].partnerIds.push('p-lcu'), 'events[4].partnerIds[2]', '"p-lcu" is listed twice'],
  ['an audience among channels', (d) => (d.events[0].channelIds[1] = 'au-trad'), 'events[0].channelIds[1]', '"au-trad" is an audience, not a channel'],
  ['a missing audience', (d) => (d.coproductions[0].audienceIds[0] = 'au-kids'), 'coproductions[0].audienceIds[0]', 'no audience with id "au-kids"'],
  ['a channel among strategies', (d) => (d.events[0].strategyIds[0] = 'ch-tv'), 'events[0].strategyIds[0]', '"ch-tv" is a channel, not a strategy'],
  ['a missing co-production', (d) => (d.events[0].coproductionId = 'c-none'), 'events[0].coproductionId', 'no co-production with id "c-none"'],
  ['an event given as co-production', (d) => (d.events[0].coproductionId = 'e-opening-almaty'), 'events[0].coproductionId', '"e-opening-almaty" is an event, not a co-production'],
  ['a release on a missing channel', (d) => (d.coproductions[0].releases[0].channelId = 'ch-cinema'), 'coproductions[0].releases[0].channelId', 'no channel with id "ch-cinema"'],
  ['a release on a partner', (d) => (d.coproductions[0].releases[0].channelId = 'p-khabar'), 'coproductions[0].releases[0].channelId', '"p-khabar" is a partner, not a channel'],
  ['a dependency on a channel', (d) => (d.dependencies[0].from = 'ch-tv'), 'dependencies[0].from', '"ch-tv" is a channel, not an event or phase'],
  ['a dependency on a release', (d) => (d.dependencies[0].to = 'c-steppe-rel-kz'), 'dependencies[0].to', '"c-steppe-rel-kz" is a release, not an event or phase'],
  ['a dependency on nothing', (d) => (d.dependencies[1].to = 'e-gone'), 'dependencies[1].to', 'no event or phase with id "e-gone"'],
  ['a dependency on itself', (d) => (d.dependencies[1].to = d.dependencies[1].from), 'dependencies[1].to', /an item cannot wait for itself/],
  ['reference lists that are missing', (d) => delete d.events[0].channelIds, 'events[0].channelIds', 'is missing; use [] for none'],
  ['a missing list of events', (d) => delete d.events, 'events', 'is missing; use [] if the plan has none'],
  ['a list of events that is an object', (d) => (d.events = {}), 'events', 'should be a list, not an object'],
  ['an event that is text', (d) => (d.events[5] = 'Opening'), 'events[5]', 'should be an event (an object in braces), not the text "Opening"'],
  ['a venue without a city', (d) => delete d.venues[1].city, 'venues[1].city', 'is missing; every venue needs a city'],
  ['an event that is null', (d) => (d.events[2] = null), 'events[2]', 'should be an event (an object in braces), not null'],
  ['missing phases', (d) => delete d.coproductions[2].phases, 'coproductions[2].phases', 'is missing; use [] if there are none'],
  ['views that are a list', (d) => (d.views = []), 'views', 'should be an object of view settings, not a list'],
]

describe('every rule of FORMAT.md names the place and the problem', () => {
  it.each(fieldCases)('%s', (_what, change, path, message) => {
    const errors = errorsOf(sampleWith(change))
    const hit = errors.find((e) => e.path === path)
    expect(hit, `errors were: ${errors.map(line).join(' | ')}`).toBeDefined()
    if (typeof message === 'string') expect(hit!.message).toBe(message)
    else expect(hit!.message).toMatch(message)
  })
})

describe('many problems at once', () => {
  it('blames a shared id once, not every reference to it', () => {
    const errors = errorsOf(sampleWith((d) => (d.coproductions[0].releases[1].id = 'ch-tv')))
    expect(errors.map(line)).toEqual(['channels[0].id: "ch-tv" is already used by coproductions[0].releases[1]; every id in the file must be different'])
  })

  it('lists every problem, in the order of the file', () => {
    const errors = errorsOf(
      sampleWith((d) => {
        d.strategies[0].name = ''
        d.events[7].venueId = 'v-harbin'
        d.events[3].end = '2027-05-10'
        d.title = ''
        d.coproductions[0].phases[0].kind = 'x'
        d.events[3].kind = 'x'
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['title', 'events[3].kind', 'events[3].end', 'events[7].venueId', 'coproductions[0].phases[0].kind', 'strategies[0].name'])
  })

  it(`stops listing after ${MAX_ISSUES} and says how many more there are`, () => {
    const errors = errorsOf(
      sampleWith((d) => {
        for (let i = 0; i < 300; i++) d.events.push({ ...d.events[0], id: `e-copy-${i}`, start: '2027-13-01' })
      }),
    )
    expect(errors).toHaveLength(MAX_ISSUES + 1)
    expect(errors[MAX_ISSUES]).toEqual({ path: '', message: '… and 100 more problems not listed here.' })
  })

  it('names a hole in a list handed over by the app', () => {
    const doc = sampleDoc()
    doc.events[2] = undefined
    const result = validateProject(doc)
    expect(result.ok || worded(result.errors)).toEqual([{ path: 'events[2]', message: 'should be an event (an object in braces), not nothing' }])
  })

  it('accepts keys outside the format, but only as plain data', () => {
    const doc = sampleDoc()
    doc.events[0].ticketing = { provider: 'x', seats: [1, 2] }
    expect(validateProject(doc).ok).toBe(true)
    doc.events[0].ticketing = { opens: new Date(0) }
    doc.infinite = Infinity
    const result = validateProject(doc)
    expect(result.ok || result.errors.map(formatIssue)).toEqual([
      'events[0].ticketing.opens: is not plain data (text, numbers, lists and objects only)',
      'infinite: is a number too large to store',
    ])
  })
})
