// The entities of FORMAT.md as zod schemas: the source of the TypeScript types, of the canonical
// key order (each shape lists its keys in the order of FORMAT.md) and of single-entity checks for
// forms. Whole files are read by validate.ts, which applies the same rules (checks.ts) without
// copying the document: zod's output drops `__proto__` keys, which the format must keep as data.
import { z } from 'zod'
import {
  dateShape,
  isAllDayDate,
  isColor,
  isCountry,
  isCurrency,
  isEmail,
  isId,
  isTimeZone,
  isTimestamp,
  isWebsite,
  textLength,
} from './checks'

export const FORMAT_NAME = 'caravan.project'
/** The format version this reader writes and the highest it reads. */
export const FORMAT_VERSION = 1

export const eventKinds = ['exhibition', 'performance', 'festival', 'screening', 'forum', 'training', 'exchange-visit', 'other'] as const
export const eventStatuses = ['idea', 'planned', 'confirmed', 'done', 'cancelled'] as const
export const partnerKinds = ['media', 'cultural', 'academic', 'government', 'enterprise', 'ngo', 'other'] as const
export const coproductionFormats = ['documentary', 'series', 'film', 'radio', 'news', 'short-video', 'podcast', 'other'] as const
export const phaseKinds = ['development', 'pre-production', 'production', 'post-production', 'release', 'other'] as const
export const media = ['tv', 'radio', 'print', 'social', 'online-video', 'web', 'live', 'other'] as const
export const dependencyTypes = ['finish-to-start'] as const

/** What kind of event it is (FORMAT.md `Event.kind`). */
export type EventKind = (typeof eventKinds)[number]
/** Where an event, co-production or phase stands (`idea` … `done`, or `cancelled`). */
export type EventStatus = (typeof eventStatuses)[number]
/** What kind of organisation a partner is. */
export type PartnerKind = (typeof partnerKinds)[number]
/** The programme format of a co-production. */
export type CoproductionFormat = (typeof coproductionFormats)[number]
/** The stage a co-production phase stands for. */
export type PhaseKind = (typeof phaseKinds)[number]
/** The medium of a communication channel. */
export type Medium = (typeof media)[number]
/** The kind of a dependency; version 1 knows only finish-to-start. */
export type DependencyType = (typeof dependencyTypes)[number]

const id = z.string().refine(isId, 'use 1–64 letters, digits, "-" or "_"')
const ids = z.array(id)
const text = z.string()
const title = z.string().refine((s) => textLength(s) >= 1 && textLength(s) <= 200, 'use 1 to 200 characters')
const country = z.string().refine(isCountry, 'use an ISO country code in capitals, such as "KZ"')
const timeZone = z.string().refine(isTimeZone, 'use an IANA time zone such as "Europe/Budapest"')
const timestamp = z.string().refine(isTimestamp, 'use a UTC time such as "2026-11-28T09:30:00Z"')
const dateValue = z.string().refine((s) => {
  const shape = dateShape(s)
  return shape === 'all-day' || shape === 'timed'
}, 'use YYYY-MM-DD or YYYY-MM-DDTHH:mm')
const allDay = z.string().refine(isAllDayDate, 'use a real date YYYY-MM-DD')

type Span = { start: string; end: string; timeZone?: string | undefined }
function checkSpan(item: Span, ctx: z.RefinementCtx): void {
  const startShape = dateShape(item.start)
  const endShape = dateShape(item.end)
  if (startShape !== endShape) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'start and end must both be all-day or both timed' })
  } else if (item.end < item.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `ends before it starts (${item.end} < ${item.start})` })
  }
  if (startShape === 'timed' && item.timeZone === undefined) {
    ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'timed items need a time zone' })
  }
}

/** A person at a partner organisation. */
export const contactSchema = z.looseObject({
  name: z.string().min(1),
  role: text.optional(),
  email: z.string().refine(isEmail, 'use an address such as name@example.org').optional(),
  phone: text.optional(),
})

/** An organisation we work with. */
export const partnerSchema = z.looseObject({
  id,
  name: title,
  nameLocal: text.optional(),
  kind: z.enum(partnerKinds),
  country,
  city: text.optional(),
  website: z.string().refine(isWebsite, 'use a web address such as https://example.org').optional(),
  contacts: z.array(contactSchema).optional(),
  notes: text.optional(),
})

/** Where an event happens. */
export const venueSchema = z.looseObject({
  id,
  name: title,
  nameLocal: text.optional(),
  country,
  city: z.string().min(1),
  address: text.optional(),
  capacity: z.number().int().nonnegative().optional(),
  timeZone,
})

/** Money planned for an event: a non-negative amount in an ISO 4217 currency. */
export const budgetSchema = z.looseObject({
  amount: z.number().finite().nonnegative(),
  currency: z.string().refine(isCurrency, 'use an ISO currency code such as "CNY"'),
})

/** A cultural-exchange event; `end` is inclusive, timed values are wall-clock in `timeZone`. */
export const eventSchema = z
  .looseObject({
    id,
    title,
    titleLocal: text.optional(),
    kind: z.enum(eventKinds),
    status: z.enum(eventStatuses),
    start: dateValue,
    end: dateValue,
    timeZone: timeZone.optional(),
    country,
    city: text.optional(),
    venueId: id.optional(),
    partnerIds: ids,
    channelIds: ids,
    audienceIds: ids,
    strategyIds: ids,
    coproductionId: id.optional(),
    budget: budgetSchema.optional(),
    notes: text.optional(),
    color: z.string().refine(isColor, 'use a colour #rrggbb').optional(),
  })
  .superRefine(checkSpan)

/** One stage of a co-production, in whole days. */
export const phaseSchema = z
  .looseObject({
    id,
    kind: z.enum(phaseKinds),
    title: text.optional(),
    start: allDay,
    end: allDay,
    status: z.enum(eventStatuses),
  })
  .superRefine(checkSpan)

/** A broadcast or publication of a co-production: a milestone, all-day or timed. */
export const releaseSchema = z
  .looseObject({
    id,
    channelId: id,
    start: dateValue,
    timeZone: timeZone.optional(),
    country: country.optional(),
    title: text.optional(),
  })
  .superRefine((release, ctx) => {
    if (dateShape(release.start) === 'timed' && release.timeZone === undefined) {
      ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'timed releases need a time zone' })
    }
  })

/** A programme made together with a media partner. */
export const coproductionSchema = z.looseObject({
  id,
  title,
  titleLocal: text.optional(),
  format: z.enum(coproductionFormats),
  status: z.enum(eventStatuses),
  partnerIds: ids,
  channelIds: ids,
  audienceIds: ids,
  strategyIds: ids,
  phases: z.array(phaseSchema),
  releases: z.array(releaseSchema),
  notes: text.optional(),
})

/** `from` (an event or phase) must finish before `to` starts; a violation is a warning. */
export const dependencySchema = z.looseObject({
  id,
  from: id,
  to: id,
  type: z.enum(dependencyTypes),
})

/** A communication channel (TV, social media …). */
export const channelSchema = z.looseObject({
  id,
  name: title,
  nameLocal: text.optional(),
  medium: z.enum(media),
})

/** A target audience. */
export const audienceSchema = z.looseObject({
  id,
  name: title,
  nameLocal: text.optional(),
  description: text.optional(),
})

/** A communication strategy. */
export const strategySchema = z.looseObject({
  id,
  name: title,
  nameLocal: text.optional(),
  description: text.optional(),
})

/** A day the plan itself does not work (FORMAT.md `nonWorkingDays`): the office's own closures. */
export const nonWorkingDaySchema = z.looseObject({
  date: allDay,
  name: text.optional(),
  nameLocal: text.optional(),
})

/** How many earlier revisions a plan's `lineage` keeps at most (newest first). */
export const MAX_LINEAGE = 50
/** What a merge conflict can be about, and why it is open (FORMAT.md `mergeConflicts`). */
export const conflictKinds = ['project', 'partner', 'venue', 'event', 'coproduction', 'phase', 'release', 'dependency', 'channel', 'audience', 'strategy'] as const
export const conflictReasons = ['edit', 'dates', 'deleteEdit', 'deleteUse'] as const

/** An open choice left by a merge: the plan holds ours' value, `theirs` the other one. */
export const mergeConflictSchema = z.looseObject({
  kind: z.enum(conflictKinds),
  id,
  field: z.string().min(1).optional(),
  reason: z.enum(conflictReasons),
  theirs: z.unknown().optional(),
})

/** A whole plan: the root of a `.caravan` file (references are checked by validate.ts). */
export const projectSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  id,
  title,
  titleLocal: text.optional(),
  homeTimeZone: timeZone,
  createdAt: timestamp,
  modifiedAt: timestamp,
  revision: id.optional(),
  lineage: z.array(id).max(MAX_LINEAGE).optional(),
  partners: z.array(partnerSchema),
  venues: z.array(venueSchema),
  events: z.array(eventSchema),
  coproductions: z.array(coproductionSchema),
  dependencies: z.array(dependencySchema),
  channels: z.array(channelSchema),
  audiences: z.array(audienceSchema),
  strategies: z.array(strategySchema),
  nonWorkingDays: z.array(nonWorkingDaySchema).optional(),
  views: z.record(z.string(), z.unknown()).optional(),
  mergeConflicts: z.array(mergeConflictSchema).optional(),
})

/** A person at a partner organisation. */
export type Contact = z.infer<typeof contactSchema>
/** An organisation we work with. */
export type Partner = z.infer<typeof partnerSchema>
/** Where an event happens. */
export type Venue = z.infer<typeof venueSchema>
/** Money planned for an event. */
export type Budget = z.infer<typeof budgetSchema>
/** A cultural-exchange event on the plan. */
export type Event = z.infer<typeof eventSchema>
/** The same as Event, for modules where `Event` would shadow the DOM's. */
export type PlanEvent = Event
/** One stage of a co-production. */
export type Phase = z.infer<typeof phaseSchema>
/** A broadcast or publication of a co-production. */
export type Release = z.infer<typeof releaseSchema>
/** A programme made together with a media partner. */
export type Coproduction = z.infer<typeof coproductionSchema>
/** One item must finish before another starts. */
export type Dependency = z.infer<typeof dependencySchema>
/** A communication channel. */
export type Channel = z.infer<typeof channelSchema>
/** A target audience. */
export type Audience = z.infer<typeof audienceSchema>
/** A communication strategy. */
export type Strategy = z.infer<typeof strategySchema>
/** A day the plan marks as not working. */
export type PlanNonWorkingDay = z.infer<typeof nonWorkingDaySchema>
/** A whole plan. */
export type Project = z.infer<typeof projectSchema>

/** Keys of each entity in the order of FORMAT.md: the canonical order of a written file. */
export const keyOrder = {
  project: Object.keys(projectSchema.shape),
  partner: Object.keys(partnerSchema.shape),
  contact: Object.keys(contactSchema.shape),
  venue: Object.keys(venueSchema.shape),
  event: Object.keys(eventSchema.shape),
  budget: Object.keys(budgetSchema.shape),
  coproduction: Object.keys(coproductionSchema.shape),
  phase: Object.keys(phaseSchema.shape),
  release: Object.keys(releaseSchema.shape),
  dependency: Object.keys(dependencySchema.shape),
  channel: Object.keys(channelSchema.shape),
  audience: Object.keys(audienceSchema.shape),
  strategy: Object.keys(strategySchema.shape),
  mergeConflict: Object.keys(mergeConflictSchema.shape),
  nonWorkingDay: Object.keys(nonWorkingDaySchema.shape),
} as const satisfies Record<string, readonly string[]>
