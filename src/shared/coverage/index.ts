// The Coverage view's figures: the plan against its channels, audiences, strategies, countries,
// partners, budget and statuses, each count with the ids behind it.
export * from './figures'
export * from './items'
export type { CoverageSlice } from './slice'
