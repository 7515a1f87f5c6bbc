// Pure timeline math for the timeline screen: the time axis, zoom and snapping, moves, stacking,
// lanes, conflicts, edit commands and the saved view settings.
export * from './time'
export * from './scale'
export * from './snap'
export * from './move'
export * from './stack'
export * from './items'
export * from './lanes'
export * from './conflicts'
export * from './holidays'
export * from './commands'
export * from './views'
