import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { findItem } from '../../shared/timeline'
import { useModel } from './context'
import { itemDates } from './itemText'
import './itemTooltip.css'

/** The item under the pointer or in focus, and where its bar is on screen. */
export interface TooltipTarget {
  key: string
  rect: { left: number; top: number; bottom: number; width: number }
}

/** A one-value store, so showing a tooltip re-renders only the tooltip. */
export function createTooltipStore() {
  let value: TooltipTarget | null = null
  const listeners = new Set<() => void>()
  const set = (next: TooltipTarget | null) => {
    value = next
    for (const listener of listeners) listener()
  }
  return {
    get: () => value,
    show(key: string, element: HTMLElement) {
      const r = element.getBoundingClientRect()
      set({ key, rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } })
    },
    hide(key: string) {
      if (value?.key === key) set(null)
    },
    clear: () => set(null),
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type TooltipStore = ReturnType<typeof createTooltipStore>

/** Title in both languages, dates (with the local time abroad), lane and conflicts of the item under the pointer or in focus. */
export function ItemTooltip({ store, hidden }: { store: TooltipStore; hidden: boolean }) {
  const { t } = useTranslation()
  const model = useModel()
  const target = useSyncExternalStore(store.subscribe, store.get)
  if (!target || hidden) return null
  const found = model.placed.get(target.key)
  const located = found && findItem(model.content, found.item.ref.id)
  if (!found || !located) return null
  const when = itemDates(located, model.text)
  const lane = model.lanes[found.laneIndex]
  const local = located.type === 'event' ? located.item.titleLocal : located.coproduction.titleLocal
  const conflicts = model.conflicts.get(located.item.id) ?? []
  const left = Math.max(8, Math.min(target.rect.left, window.innerWidth - 340))
  const below = target.rect.bottom + 150 < window.innerHeight
  const style = below ? { left, top: target.rect.bottom + 6 } : { left, bottom: window.innerHeight - target.rect.top + 6 }
  return (
    <div className="tl-tooltip" role="tooltip" style={style}>
      <div className="tl-tooltip-title" dir="auto">
        {found.item.label}
      </div>
      {local && (
        <div className="tl-tooltip-local" dir="auto">
          {local}
        </div>
      )}
      <div className="tl-tooltip-dates">{when.text}</div>
      {when.note && <div className="tl-tooltip-note">{when.note}</div>}
      {lane && <div className="tl-tooltip-lane">{model.itemText.laneTitle(lane.lane).name}</div>}
      {conflicts.map((conflict) => (
        <div key={conflict.id} className="tl-tooltip-conflict">
          {t('conflicts.warning', { reason: model.itemText.conflictReason(conflict) })}
        </div>
      ))}
    </div>
  )
}
