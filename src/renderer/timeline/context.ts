// What the timeline's rows and items read without props being threaded through the virtual list:
// the derived model (changes with the document), the actions (stable), the selection, and what the
// bars are drawn with (changes with the zoom).
import { createContext, useContext } from 'react'
import type { DragStore } from './dragState'
import type { TimelineModel } from './useTimelineModel'

export type Direction = 'left' | 'right' | 'up' | 'down' | 'home' | 'end'

/** The keys that move focus on the timeline. */
export const arrowDirections: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end' }

/** What items and lane headers can ask of the timeline. */
export interface TimelineActions {
  /** Click on an item: `toggle` for Ctrl/⌘-click, `add` for Shift-click. */
  select(id: string, key: string, mode: 'only' | 'toggle' | 'add'): void
  clearSelection(): void
  /** Arrow keys on an item: focus the next item in that direction. */
  navigate(fromKey: string, direction: Direction): void
  /** Something on the timeline got focus: it becomes the tab stop. */
  focused(focusKey: string): void
  toggleLane(laneKey: string): void
  showTooltip(key: string, element: HTMLElement): void
  hideTooltip(key: string): void
  /** Double-click on an item: its editor opens. */
  editItem(id: string): void
  dragStore: DragStore
}

/** What every bar is drawn with and an edit leaves alone: a bar reads this, not the model, so an edit redraws only the bars it changed. */
export interface BarLook {
  scale: number
  origin: number
  metrics: TimelineModel['metrics']
  /** The bars' accessible role description. */
  role: string
  /** How to pick a bar up from the keyboard (read after a bar's warnings). */
  instructions: string
}

export interface TimelineSelection {
  /** Selected item ids (an item in two lanes is selected in both). */
  ids: ReadonlySet<string>
  /** The one item reached by Tab (roving tabindex), `id@laneKey`. */
  focusKey: string | null
}

export const ModelContext = createContext<TimelineModel | null>(null)
export const ActionsContext = createContext<TimelineActions | null>(null)
export const SelectionContext = createContext<TimelineSelection>({ ids: new Set(), focusKey: null })
export const BarLookContext = createContext<BarLook | null>(null)
/** The id of dnd-kit's hidden instructions on picking an item up (DragSurface), for the bars' aria-describedby. */
export const DragInstructionsContext = createContext<string | undefined>(undefined)

export function useModel(): TimelineModel {
  const model = useContext(ModelContext)
  if (!model) throw new Error('useModel outside the timeline')
  return model
}

export function useBarLook(): BarLook {
  const look = useContext(BarLookContext)
  if (!look) throw new Error('useBarLook outside the timeline')
  return look
}

export function useActions(): TimelineActions {
  const actions = useContext(ActionsContext)
  if (!actions) throw new Error('useActions outside the timeline')
  return actions
}
