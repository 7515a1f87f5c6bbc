// Undo labels in words: the history keeps `{ key, values }` (shared/commands/registry.ts); the
// menus say "Undo Move ‘Opening concert’ to Kazakhstan" in the interface language.
import { format } from 'date-fns'
import type { TFunction } from 'i18next'
import type { Label } from '../../shared/commands'
import { NONE_LANE } from '../../shared/timeline'
import { redoLabel, undoLabel } from '../../shared/history'
import { countryName } from '../editors/countries'
import { currentDateLocale } from '../i18n'
import type { WorkspaceState } from './store'
import { isolateValues } from '../bidi'

/** An undo label in the interface language. Lanes of countries, kinds and statuses are named, not keyed. */
export function labelText(label: Label, t: TFunction): string {
  let values: Record<string, string | number> = label.values
  if (label.key === 'reassignItem') {
    const { grouping, laneKey } = label.values
    const lane =
      laneKey === NONE_LANE && grouping
        ? t(`timeline.noneLane.${grouping as 'partner'}`)
        : grouping === 'country'
          ? countryName(laneKey ?? '')
          : grouping === 'kind'
            ? t(`eventKind.${laneKey as 'other'}`)
            : grouping === 'status'
              ? t(`status.${laneKey as 'idea'}`)
              : label.values.lane
    values = { ...values, lane: lane ?? '' }
  }
  // A restored version is named by when it was saved, as the reader writes dates.
  if (label.key === 'restoreVersion' && label.values.at) values = { ...values, at: format(new Date(label.values.at), 'PPp', { locale: currentDateLocale() }) }
  values = isolateValues(values)
  if (values.count !== undefined) values = { ...values, count: Number(values.count) }
  return (t as unknown as (key: string, options: Record<string, unknown>) => string)(`undoLabels.${label.key}`, { ...values, replace: values })
}

/** What Undo would revert, in words; undefined when there is nothing to undo. */
export function undoLabelOf(state: WorkspaceState, t: TFunction): string | undefined {
  const label = state.doc && undoLabel(state.doc.history)
  return label ? labelText(label, t) : undefined
}

/** What Redo would re-apply, in words; undefined when there is nothing to redo. */
export function redoLabelOf(state: WorkspaceState, t: TFunction): string | undefined {
  const label = state.doc && redoLabel(state.doc.history)
  return label ? labelText(label, t) : undefined
}
