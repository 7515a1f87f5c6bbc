// Page tiling and layout data for the print layouts (timeline, agenda, partner sheets): pure, in
// points, worded and drawn by the renderer's print route.
export * from './settings'
export * from './range'
export * from './tiling'
export * from './paginate'
export * from './agenda'
