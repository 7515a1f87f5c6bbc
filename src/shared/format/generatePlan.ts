// Deterministic, realistic plans of any size for tests, demos and the benchmark: the same seed
// gives the same plan, byte for byte. Every generated plan is valid (tests check 1,000 and 10,000).
import { defaultAudiences, defaultChannels, defaultStrategies } from './create'
import { dstDays, kindWords, partnerNames, places, themes, venueNames, type Place } from './generateData'
import {
  coproductionFormats,
  eventKinds,
  FORMAT_NAME,
  FORMAT_VERSION,
  partnerKinds,
  type Coproduction,
  type Dependency,
  type Event,
  type EventStatus,
  type Partner,
  type Phase,
  type PhaseKind,
  type Project,
  type Release,
  type Venue,
} from './schema'

/** How big a plan to generate, and the seed that makes it repeatable. */
export interface GeneratePlanOptions {
  events: number
  seed?: number
}

type Random = () => number

// mulberry32: tiny, fast and good enough for test data.
function seeded(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const BASE = Date.UTC(2027, 0, 1)
const day = (n: number): string => new Date(BASE + n * DAY).toISOString().slice(0, 10)
const dayNumber = (date: string): number => Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - BASE) / DAY)
/** Wall-clock arithmetic: `date` at `minutes` past its midnight, as YYYY-MM-DDTHH:mm. */
const wallClock = (date: string, minutes: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000).toISOString().slice(0, 16)

function pick<T>(r: Random, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!
}
function int(r: Random, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1))
}
function some<T>(r: Random, list: readonly T[], min: number, max: number): T[] {
  const count = Math.min(list.length, int(r, min, max))
  const chosen = new Set<T>()
  while (chosen.size < count) chosen.add(pick(r, list))
  return [...chosen]
}
function weighted<T extends string>(r: Random, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as Array<[T, number]>
  let x = r() * entries.reduce((sum, [, w]) => sum + w, 0)
  for (const [value, w] of entries) if ((x -= w) < 0) return value
  return entries[entries.length - 1]![0]
}

function partners(r: Random, count: number): Partner[] {
  const out: Partner[] = []
  const uses = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!
    const kind = i < places.length ? 'media' : pick(r, partnerKinds)
    const namer = pick(r, partnerNames[kind]!)
    const names = namer(place)
    const n = (uses.get(names.name) ?? 0) + 1
    uses.set(names.name, n)
    const local = r() < 0.5 ? (names.ru ?? names.ar ?? names.zh) : names.zh
    const partner: Partner = {
      id: `p-${i + 1}`,
      name: n === 1 ? names.name : `${names.name} (${n})`,
      ...(r() < 0.85 ? { nameLocal: local } : {}),
      kind,
      country: place.country,
      city: place.city,
    }
    if (r() < 0.3) partner.website = `https://${place.city.toLowerCase().replace(/\s+/g, '-')}-${i + 1}.example.org`
    if (r() < 0.4) {
      partner.contacts = [{ name: `Contact ${i + 1}`, role: pick(r, ['Director', 'Programme manager', 'Co-production editor']), email: `contact${i + 1}@example.org` }]
    }
    if (r() < 0.1) partner.notes = 'Met at the 2026 Silk Road culture forum; prefers contact in Russian or English.'
    out.push(partner)
  }
  return out
}

function venues(count: number): Venue[] {
  const out: Venue[] = []
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!
    const template = venueNames[Math.floor(i / places.length) % venueNames.length]!
    const round = Math.floor(i / (places.length * venueNames.length))
    out.push({
      id: `v-${i + 1}`,
      name: round === 0 ? template.name(place) : `${template.name(place)} ${round + 1}`,
      nameLocal: template.zh(place),
      country: place.country,
      city: place.city,
      capacity: template.capacity,
      timeZone: place.zone,
    })
  }
  return out
}

const statuses: Readonly<Record<EventStatus, number>> = { idea: 2, planned: 4, confirmed: 3, done: 1, cancelled: 0.4 }

function event(r: Random, i: number, venueList: Venue[], byCountry: Map<string, string[]>, partnerIds: string[], coproductionIds: string[]): Event {
  const kind = pick(r, eventKinds)
  const venue = r() < 0.8 ? pick(r, venueList) : undefined
  const place: Place = venue ? (places.find((p) => p.city === venue.city) ?? places[0]!) : pick(r, places)
  const [theme, themeZh] = pick(r, themes)
  const [word, wordZh] = kindWords[kind]!
  const startDay = int(r, 0, 700)
  let start: string
  let end: string
  let timed = false
  const europe = place.zone.startsWith('Europe/')
  if ((kind === 'performance' || kind === 'other' || (kind === 'screening' && r() < 0.3) || (kind === 'forum' && r() < 0.3)) && r() < 0.9) {
    timed = true
    const date = europe && r() < 0.1 ? pick(r, dstDays) : day(startDay)
    // Around a clock change some events run through the night, across the skipped or repeated hour.
    const from = date === day(startDay) ? int(r, 18, 41) * 30 : int(r, 0, 3) * 30
    start = wallClock(date, from)
    end = wallClock(date, from + int(r, 2, 8) * 30)
  } else {
    const length = kind === 'exhibition' ? int(r, 14, 120) : kind === 'training' ? int(r, 5, 40) : kind === 'festival' ? int(r, 2, 9) : r() < 0.15 ? 0 : int(r, 1, 6)
    start = day(startDay)
    end = day(startDay + length)
  }
  const local = byCountry.get(place.country) ?? []
  const partnersOfEvent = new Set<string>(local.length > 0 ? some(r, local, 1, 2) : [])
  if (partnersOfEvent.size === 0 || r() < 0.4) partnersOfEvent.add(pick(r, partnerIds))
  const e: Event = {
    id: `e-${i + 1}`,
    title: `${theme} ${word}, ${place.city}`,
    ...(r() < 0.7 ? { titleLocal: `${themeZh}${wordZh}·${place.zh}` } : {}),
    kind,
    status: weighted(r, statuses),
    start,
    end,
    ...(timed ? { timeZone: place.zone } : {}),
    country: place.country,
    city: place.city,
    ...(venue ? { venueId: venue.id } : {}),
    partnerIds: [...partnersOfEvent],
    channelIds: some(r, defaultChannels, 1, 4).map((c) => c.id),
    audienceIds: some(r, defaultAudiences, 1, 3).map((a) => a.id),
    strategyIds: some(r, defaultStrategies, 1, 2).map((s) => s.id),
  }
  if (coproductionIds.length > 0 && (kind === 'screening' || kind === 'other') && r() < 0.25) e.coproductionId = pick(r, coproductionIds)
  if (r() < 0.4) e.budget = { amount: int(r, 5, 600) * 1000, currency: r() < 0.7 ? 'CNY' : place.currency }
  if (r() < 0.2) e.notes = r() < 0.5 ? 'Visa letters needed six weeks ahead.' : '需提前六周办理签证邀请函。'
  if (r() < 0.1) e.color = pick(r, ['#b5472b', '#2b6cb5', '#3f8f4f', '#8a5fb0', '#c28a1e'])
  return e
}

const phaseKindsInOrder: readonly PhaseKind[] = ['development', 'pre-production', 'production', 'post-production']

function coproduction(r: Random, i: number, mediaPartners: string[], partnerIds: string[]): Coproduction {
  const id = `c-${i + 1}`
  const format = pick(r, coproductionFormats)
  let next = int(r, 0, 420)
  const phases: Phase[] = []
  const progress = int(r, 0, 4)
  for (const [k, kind] of phaseKindsInOrder.entries()) {
    if (kind === 'pre-production' && r() < 0.2) continue
    const length = kind === 'production' ? int(r, 30, 90) : int(r, 14, 50)
    phases.push({
      id: `${id}-${kind === 'pre-production' ? 'pre' : kind === 'post-production' ? 'post' : kind.slice(0, 4)}`,
      kind,
      ...(kind === 'production' && r() < 0.5 ? { title: 'Shooting on location' } : {}),
      start: day(next),
      end: day(next + length),
      status: k < progress ? 'done' : k === progress ? 'confirmed' : 'planned',
    })
    next += length + 1 // back to back: the next phase starts the day after
  }
  const channelIds = some(r, defaultChannels, 1, 3).map((c) => c.id)
  const releases: Release[] = []
  for (let k = 0, n = int(r, 0, 3); k < n; k++) {
    const place = pick(r, places)
    const date = day(next + 7 + k * int(r, 1, 10))
    const timed = r() < 0.5
    releases.push({
      id: `${id}-rel-${k + 1}`,
      channelId: pick(r, channelIds),
      start: timed ? `${date}T${pick(r, ['19:00', '20:00', '21:30'])}` : date,
      ...(timed ? { timeZone: place.zone } : {}),
      country: place.country,
      ...(r() < 0.7 ? { title: k === 0 ? 'Premiere' : `Broadcast in ${place.city}` } : {}),
    })
  }
  return {
    id,
    title: `${pick(r, themes)[0]}: a ${format.replace('-', ' ')} co-production`,
    ...(r() < 0.7 ? { titleLocal: `${pick(r, themes)[1]}合拍项目` } : {}),
    format,
    status: weighted(r, statuses),
    partnerIds: [...new Set([pick(r, mediaPartners), pick(r, partnerIds)])],
    channelIds,
    audienceIds: some(r, defaultAudiences, 1, 3).map((a) => a.id),
    strategyIds: some(r, defaultStrategies, 1, 2).map((s) => s.id),
    phases,
    releases,
  }
}

function dependencies(r: Random, count: number, events: Event[], coproductions: Coproduction[]): Dependency[] {
  const out: Dependency[] = []
  const add = (from: string, to: string): void => {
    out.push({ id: `d-${out.length + 1}`, from, to, type: 'finish-to-start' })
  }
  for (const c of coproductions) {
    for (let k = 1; k < c.phases.length && out.length < count / 3; k++) add(c.phases[k - 1]!.id, c.phases[k]!.id)
  }
  const byStart = events.map((e) => ({ id: e.id, start: dayNumber(e.start), end: dayNumber(e.end) })).sort((a, b) => a.start - b.start)
  const firstStartingAt = (n: number): number => {
    let lo = 0
    let hi = byStart.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (byStart[mid]!.start < n) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  for (let tries = 0; out.length < count && tries < count * 4 && byStart.length > 1; tries++) {
    const a = pick(r, byStart)
    // Mostly satisfied (the next item starts within a month after), one in ten violated.
    const [from, to] = r() < 0.1 ? [a.end - 10, a.end] : [a.end + 1, a.end + 30]
    const lo = firstStartingAt(from)
    const hi = firstStartingAt(to + 1)
    if (hi <= lo) continue
    const b = byStart[int(r, lo, hi - 1)]!
    if (b.id !== a.id) add(a.id, b.id)
  }
  return out
}

/** A realistic plan of `events` events (with partners, venues, co-productions and dependencies to match); deterministic for a seed. */
export function generatePlan({ events: eventCount, seed = 1 }: GeneratePlanOptions): Project {
  const r = seeded(seed)
  const count = Math.max(0, Math.floor(eventCount))
  const partnerList = partners(r, Math.max(10, Math.round(count / 30)))
  const venueList = venues(Math.max(8, Math.min(places.length * venueNames.length * 3, Math.round(count / 20))))
  const byCountry = new Map<string, string[]>()
  for (const p of partnerList) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p.id])
  const partnerIds = partnerList.map((p) => p.id)
  const mediaPartners = partnerList.filter((p) => p.kind === 'media').map((p) => p.id)
  const coproductionList: Coproduction[] = []
  for (let i = 0, n = Math.max(3, Math.floor(count / 100)); i < n; i++) coproductionList.push(coproduction(r, i, mediaPartners, partnerIds))
  const coproductionIds = coproductionList.map((c) => c.id)
  const eventList: Event[] = []
  for (let i = 0; i < count; i++) eventList.push(event(r, i, venueList, byCountry, partnerIds, coproductionIds))
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    id: `prj-generated-${seed}`,
    title: `Silk Road programme, generated (${count} events)`,
    titleLocal: `丝路文化交流计划（生成，${count} 项活动）`,
    homeTimeZone: 'Asia/Shanghai',
    createdAt: '2026-11-02T01:15:00Z',
    modifiedAt: '2026-12-01T09:00:00Z',
    partners: partnerList,
    venues: venueList,
    events: eventList,
    coproductions: coproductionList,
    dependencies: dependencies(r, Math.max(3, Math.round(count / 20)), eventList, coproductionList),
    channels: defaultChannels.map((c) => ({ ...c })),
    audiences: defaultAudiences.map((a) => ({ ...a })),
    strategies: defaultStrategies.map((s) => ({ ...s })),
  }
}
