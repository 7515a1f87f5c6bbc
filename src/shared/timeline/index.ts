// Pure timeline math for the timeline screen: the time axis, zoom and snapping, moves, stacking,
// lanes, conflicts, edit commands and the saved view settings. Not here, as they carry date-holidays:
// `./holidays` (public holidays, zones of countries) and `./findConflicts` (every conflict).
export * from './time'
export * from './scale'
export * from './snap'
export * from './move'
export * from './stack'
export * from './items'
export * from './lanes'
export * from './regroup'
export * from './conflicts'
export * from './planDays'
export * from './commands'
export * from './views'
export * from './zoom'
export * from './axisRows'
export * from './labels'
export * from './arrows'
