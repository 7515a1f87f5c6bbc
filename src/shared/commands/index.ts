// Edit commands: pure functions (document, arguments) → document, the same reference when nothing changes.
export { renamePlan, planPropertiesIssues, isKnownTimeZone, TITLE_MAX_LENGTH } from './renamePlan'
export type { PlanProperties, PlanPropertiesIssue } from './renamePlan'
export * from './entities'
export * from './entitiesCheck'
export * from './entitiesTemplate'
export * from './references'
