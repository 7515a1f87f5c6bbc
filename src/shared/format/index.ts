// The Caravan file format, version 1 (FORMAT.md): types, reading, writing, new plans.
export type {
  Audience,
  Budget,
  Channel,
  Contact,
  Coproduction,
  CoproductionFormat,
  Dependency,
  DependencyType,
  Event,
  EventKind,
  EventStatus,
  Medium,
  Partner,
  PartnerKind,
  Phase,
  PhaseKind,
  PlanEvent,
  Project,
  Release,
  Strategy,
  PlanNonWorkingDay,
  Venue,
} from './schema'
export {
  FORMAT_NAME,
  FORMAT_VERSION,
  audienceSchema,
  budgetSchema,
  channelSchema,
  contactSchema,
  coproductionFormats,
  coproductionSchema,
  dependencySchema,
  dependencyTypes,
  eventKinds,
  eventSchema,
  eventStatuses,
  keyOrder,
  media,
  partnerKinds,
  partnerSchema,
  phaseKinds,
  phaseSchema,
  projectSchema,
  releaseSchema,
  strategySchema,
  venueSchema,
} from './schema'
export { dateShape, isAllDayDate, isColor, isCountry, isCurrency, isId, isTimeZone, isTimedDate, isTimestamp, type DateShape } from './checks'
export { MAX_ISSUES } from './issues'
export type { Issue } from '../messages'
export { parseProject, validateProject, migrations, type Migration, type ParseResult } from './parse'
export { serializeProject } from './serialize'
export { createProject, defaultAudiences, defaultChannels, defaultStrategies } from './create'
export { newId } from './ids'
export { generatePlan, type GeneratePlanOptions } from './generatePlan'
export { subjectAt, withSubjects, withSubjectsFromText } from './subjects'
export { MAX_LINEAGE } from './schema'
export { lineageAfter, restoredVersion, revisionId, rewriteRevisionLines, withRevision, type RevisionInfo } from './revise'
