// Which colour an item gets: by kind (events by event kind, phases by phase kind, releases one
// colour) or by status. The colours themselves are CSS (itemColors.css, `data-color`), so the
// legend and the bars cannot disagree.
import { eventKinds, eventStatuses, phaseKinds } from '../../shared/format'
import type { ColorBy, LocatedItem } from '../../shared/timeline'
import './itemColors.css'

/** The `data-color` value of an item. */
export function colorKey(located: LocatedItem, colorBy: ColorBy): string {
  if (located.type === 'release') return 'release'
  if (colorBy === 'status') return `status-${located.item.status}`
  return located.type === 'event' ? `kind-${located.item.kind}` : `phase-${located.item.kind}`
}

/** One swatch of the legend: its `data-color` and the i18n key of its name. */
export interface Swatch {
  color: string
  label: `eventKind.${(typeof eventKinds)[number]}` | `status.${(typeof eventStatuses)[number]}` | `phaseKind.${(typeof phaseKinds)[number]}` | 'timeline.legend.release'
}

/** The legend's swatches for a colouring: event kinds then phase kinds, or the statuses. */
export function legendSwatches(colorBy: ColorBy): { events: Swatch[]; phases: Swatch[] } {
  if (colorBy === 'status') return { events: eventStatuses.map((s) => ({ color: `status-${s}`, label: `status.${s}` })), phases: [] }
  return {
    events: eventKinds.map((k) => ({ color: `kind-${k}`, label: `eventKind.${k}` })),
    phases: [...phaseKinds.filter((k) => k !== 'release').map((k): Swatch => ({ color: `phase-${k}`, label: `phaseKind.${k}` })), { color: 'release', label: 'timeline.legend.release' }],
  }
}
