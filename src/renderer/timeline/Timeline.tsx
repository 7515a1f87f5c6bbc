import { useCallback, useDeferredValue, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import {
  acknowledgeConflict,
  applyTimelineEdit,
  fitRange,
  formatDate,
  projectSpans,
  setLaneCollapsed,
  stepZoom,
  timelineEditLabel,
  unacknowledgeConflict,
  updateTimelineView,
  wallMinutes,
  xFromTime,
  type Conflict,
  type TimelineEdit,
  type TimelineView,
  type Zoom,
} from '../../shared/timeline'
import type { UndoLabel } from '../workspace'
import { useEventDefaultsSource, useSharedSelection } from '../editors/EditingArea'
import { eventDefaultsAt } from './insertDefaults'
import { ConflictsPanel } from './ConflictsPanel'
import { ActionsContext, ModelContext, SelectionContext, type Direction, type TimelineActions } from './context'
import { DetailsPanel } from './DetailsPanel'
import { GoToDateDialog } from './GoToDateDialog'
import { createTooltipStore, ItemTooltip } from './ItemTooltip'
import { barTop, LANE_HEADER_WIDTH, timelineStyle } from './layout'
import { Legend } from './Legend'
import { laneFocusKey, laneOfFocus, nextFocus } from './navigation'
import { TimelineCanvas } from './TimelineCanvas'
import { TimelineToolbar } from './TimelineToolbar'
import { useTimelineDnd } from './useTimelineDnd'
import { useTimelineModel, type TimelineModel } from './useTimelineModel'
import { useViewport, type Anchor } from './useViewport'
import './timeline.css'

/** What the window's commands (toolbar, menus, `+`/`-`, Ctrl+G) ask of the timeline. */
export interface TimelineHandle {
  zoomBy(step: 1 | -1): void
  fit(): void
  today(): void
  goToDate(): void
}

interface TimelineProps {
  project: Project
  onEdit: (project: Project, label: UndoLabel) => void
  onChangeView: (change: (project: Project) => Project) => void
  handleRef?: RefObject<TimelineHandle | null>
}

// Where a freshly opened plan is shown: today when the plan is under way, else its beginning.
function initialAnchor(model: TimelineModel): Anchor {
  let first = Infinity
  let last = -Infinity
  for (const span of projectSpans(model.content).values()) {
    first = Math.min(first, span.start)
    last = Math.max(last, span.end)
  }
  if (first === Infinity || (model.today >= first && model.today <= last)) return { time: model.today, offset: 120 }
  return { time: first, offset: 60 }
}

/** The plan's main screen: a landmark region named "Timeline" with its toolbar, lanes, legend and side panels. */
export function Timeline({ project, onEdit, onChangeView, handleRef }: TimelineProps) {
  const { t } = useTranslation()
  const scrollerRef = useRef<HTMLDivElement>(null)
  const [viewportWidth, setViewportWidth] = useState(1000)
  const model = useTimelineModel(project, viewportWidth)
  const bodyRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const [conflictsOpen, setConflictsOpen] = useState(false)
  const [legendOpen, setLegendOpen] = useState(true)
  const [goTo, setGoTo] = useState<string | null>(null)
  const tooltip = useMemo(() => createTooltipStore(), [])
  const pendingFocus = useRef<string | null>(null)
  const viewport = useViewport(scrollerRef, model, initialAnchor)
  const zoom = model.view.zoom

  // Items that an undo removed are no longer selected.
  const selection = useMemo(() => new Set([...selected].filter((id) => model.firstKeyOf.has(id))), [selected, model.firstKeyOf])
  const validFocus = focusKey !== null && laneOfFocus(model.lanes, model.placed, focusKey) >= 0
  const tabStop = validFocus ? focusKey : model.lanes[0] ? laneFocusKey(model.lanes[0].lane.key) : null

  const changeView = useCallback((patch: Partial<TimelineView>) => onChangeView((p) => updateTimelineView(p, patch)), [onChangeView])
  const setZoom = useCallback(
    (next: Zoom, anchorOffset?: number) => {
      if (next === model.view.zoom) return
      viewport.anchorBeforeZoom(anchorOffset)
      changeView({ zoom: next })
    },
    [changeView, model.view.zoom, viewport],
  )

  const latestModel = useRef(model)
  useLayoutEffect(() => {
    latestModel.current = model
  })

  // Scrolls so the item or lane header of a focus key is on screen.
  const reveal = useCallback(
    (key: string) => {
      const m = latestModel.current
      const found = m.placed.get(key)
      const laneIndex = found ? found.laneIndex : laneOfFocus(m.lanes, m.placed, key)
      const box = m.boxes[laneIndex]
      if (!box) return
      const x = found ? xFromTime(found.item.start, m.origin, m.view.zoom) : null
      viewport.reveal(x, found ? barTop(box.top, found.item.row) : box.top, box.height)
    },
    [viewport],
  )

  const focusSoon = (key: string) => {
    pendingFocus.current = key
    setFocusKey(key)
  }
  useEffect(() => {
    const key = pendingFocus.current
    if (!key) return
    const element = scrollerRef.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
    if (element) {
      element.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  })

  const commitEdit = useCallback(
    (edit: TimelineEdit) => {
      const m = latestModel.current
      const next = applyTimelineEdit(m.project, edit)
      if (next === m.project) return
      const label = timelineEditLabel(m.project, edit)
      // Lanes of kinds, statuses and countries are named in the UI language, not by their keys.
      const laneKey = label.values.laneKey
      if (label.key === 'reassignItem' && laneKey !== undefined) {
        const lane = m.lanes.find((l) => l.lane.key === laneKey)
        if (lane) label.values = { ...label.values, lane: m.itemText.laneTitle(lane.lane).name }
      }
      onEdit(next, label)
    },
    [onEdit],
  )

  const select = useCallback((ids: string[], key?: string) => {
    setSelected(new Set(ids))
    if (key !== undefined) setFocusKey(key)
  }, [])

  const dnd = useTimelineDnd({
    model,
    selection,
    bodyRef,
    scrollerRef,
    onEdit: commitEdit,
    onSelect: select,
    onCreated: (id, laneKey) => {
      setSelected(new Set([id]))
      focusSoon(`${id}@${laneKey}`)
    },
    changeView: onChangeView,
  })
  const session = useSyncExternalStore(dnd.store.subscribe, () => dnd.store.get()?.session ?? null)
  const dragging = useMemo(() => new Set(session?.moving.map((item) => item.key) ?? []), [session])
  const pinned = useMemo(() => new Set([...dragging, ...(tabStop ? [tabStop] : [])]), [dragging, tabStop])
  const pinnedLanes = useMemo(() => {
    const lanes = [...pinned].map((key) => laneOfFocus(model.lanes, model.placed, key))
    if (session) lanes.push(session.laneIndex)
    return lanes
  }, [pinned, session, model.lanes, model.placed])

  const actions: TimelineActions = useMemo(
    () => ({
      select(id, key, mode) {
        setFocusKey(key)
        setSelected((current) => {
          if (mode === 'only') return new Set([id])
          const next = new Set(current)
          if (mode === 'toggle' && next.has(id)) next.delete(id)
          else next.add(id)
          return next
        })
      },
      clearSelection: () => setSelected(new Set()),
      navigate(from: string, direction: Direction) {
        const m = latestModel.current
        const target = nextFocus(m.lanes, m.boxes, m.placed, from, direction)
        if (!target) return
        const found = m.placed.get(target)
        if (found) setSelected(new Set([found.item.ref.id]))
        reveal(target)
        focusSoon(target)
      },
      focused: (key) => setFocusKey(key),
      toggleLane(laneKey) {
        const m = latestModel.current
        const collapsed = (m.view.collapsed[m.view.grouping] ?? []).includes(laneKey)
        onChangeView((p) => setLaneCollapsed(p, m.view.grouping, laneKey, !collapsed))
      },
      showTooltip: (key, element) => tooltip.show(key, element),
      hideTooltip: (key) => tooltip.hide(key),
      dragStore: dnd.store,
    }),
    [reveal, onChangeView, tooltip, dnd.store],
  )

  const showItem = (id: string) => {
    const key = model.firstKeyOf.get(id)
    const found = key === undefined ? undefined : model.placed.get(key)
    if (!key || !found) return
    const laneKey = found.item.ref.laneKey
    if (model.boxes[found.laneIndex]?.collapsed) onChangeView((p) => setLaneCollapsed(p, model.view.grouping, laneKey, false))
    setSelected(new Set([id]))
    reveal(key)
    focusSoon(key)
  }
  // One selection across the views: the shared selection (tables, quick find) is the source of
  // truth; the timeline follows it when it changes and reports its own first selected item back.
  const shared = useSharedSelection()
  const primary = selection.values().next().value ?? null
  const reported = useRef<string | null>(null)
  const follow = useRef((id: string) => void id)
  useLayoutEffect(() => {
    follow.current = (id: string) => {
      const key = model.firstKeyOf.get(id)
      const found = key === undefined ? undefined : model.placed.get(key)
      if (!key || !found) return
      if (model.boxes[found.laneIndex]?.collapsed) onChangeView((p) => setLaneCollapsed(p, model.view.grouping, found.item.ref.laneKey, false))
      reported.current = id
      setSelected(new Set([id]))
      setFocusKey(key)
      reveal(key)
    }
  })
  useEffect(() => {
    if (shared.selectedId !== null && !selection.has(shared.selectedId)) follow.current(shared.selectedId)
  }, [shared.selectedId]) // eslint-disable-line react-hooks/exhaustive-deps -- follows the shared selection only when it changes
  useEffect(() => {
    if (primary === reported.current) return
    reported.current = primary
    // Clearing the timeline's selection does not unselect a partner chosen in its table.
    if (primary !== null || (shared.selectedId !== null && model.firstKeyOf.has(shared.selectedId))) shared.select(primary)
  }, [primary]) // eslint-disable-line react-hooks/exhaustive-deps -- reports only the timeline's own changes

  // Insert ▸ Event… starts in the lane (and on the day) of the item or lane header focused last.
  const defaultsSource = useEventDefaultsSource()
  const focusForInsert = useRef<string | null>(null)
  useLayoutEffect(() => {
    focusForInsert.current = validFocus ? focusKey : null
  })
  useEffect(
    () => defaultsSource.register(() => eventDefaultsAt(latestModel.current, focusForInsert.current, viewport.timeAt(viewport.trackWidth() / 3))),
    [defaultsSource, viewport],
  )

  const acknowledge = (conflict: Conflict) => onEdit(acknowledgeConflict(project, conflict), { key: 'acknowledgeConflict' })
  const warnAgain = (conflict: Conflict) => onEdit(unacknowledgeConflict(project, conflict), { key: 'unacknowledgeConflict' })

  const fit = useCallback(() => {
    const width = (scrollerRef.current?.clientWidth ?? 1000) - LANE_HEADER_WIDTH
    const fitted = fitRange(projectSpans(model.content).values(), width)
    if (!fitted) return
    viewport.scrollToTime(fitted.start, 0, fitted.zoom !== model.view.zoom)
    if (fitted.zoom !== model.view.zoom) changeView({ zoom: fitted.zoom })
  }, [model, viewport, changeView])
  const today = useCallback(() => viewport.scrollToTime(model.today, viewport.trackWidth() / 3, false), [model.today, viewport])

  const openGoTo = useCallback(() => setGoTo(formatDate(viewport.timeAt(viewport.trackWidth() / 3))), [viewport])
  useImperativeHandle(handleRef, () => ({ zoomBy: (step) => setZoom(stepZoom(zoom, step)), fit, today, goToDate: openGoTo }), [setZoom, zoom, fit, today, openGoTo])

  useLayoutEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const measure = () => setViewportWidth(Math.max(0, scroller.clientWidth - LANE_HEADER_WIDTH))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(scroller)
    return () => observer.disconnect()
  }, [])

  // Ctrl+wheel zooms around the pointer, one level per notch.
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    let last = 0
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      if (event.timeStamp - last < 150 || event.deltaY === 0) return
      last = event.timeStamp
      const offset = event.clientX - scroller.getBoundingClientRect().left - LANE_HEADER_WIDTH
      setZoom(stepZoom(zoom, event.deltaY > 0 ? 1 : -1), Math.max(0, offset))
    }
    scroller.addEventListener('wheel', onWheel, { passive: false })
    return () => scroller.removeEventListener('wheel', onWheel)
  }, [setZoom, zoom])

  const selectionValue = useMemo(() => ({ ids: selection, focusKey: tabStop }), [selection, tabStop])
  // The details panel follows a moment later: a click shows the item selected first, then the
  // panel (and the narrower canvas) render without holding that frame back.
  const detailed = useDeferredValue(selection)
  const sidebar = conflictsOpen || detailed.size > 0

  return (
    <section className="tl" style={timelineStyle} aria-label={t('timeline.region')}>
      <TimelineToolbar
        zoom={zoom}
        grouping={model.view.grouping}
        colorBy={model.view.colorBy}
        conflicts={model.conflicts.length}
        conflictsOpen={conflictsOpen}
        legendOpen={legendOpen}
        onZoom={(next) => setZoom(next)}
        onGrouping={(grouping) => changeView({ grouping })}
        onColorBy={(colorBy) => changeView({ colorBy })}
        onFit={fit}
        onToday={today}
        onGoTo={openGoTo}
        onToggleConflicts={() => setConflictsOpen((open) => !open)}
        onToggleLegend={() => setLegendOpen((open) => !open)}
      />
      <ModelContext.Provider value={model}>
        <ActionsContext.Provider value={actions}>
          <SelectionContext.Provider value={selectionValue}>
            <div className={sidebar ? 'tl-main has-sidebar' : 'tl-main'}>
              <div className="tl-canvas-column">
                <TimelineCanvas dnd={dnd} scrollerRef={scrollerRef} bodyRef={bodyRef} dragging={dragging} pinned={pinned} pinnedLanes={pinnedLanes} />
                {legendOpen && <Legend colorBy={model.view.colorBy} />}
              </div>
              {sidebar && (
                <aside className="tl-sidebar" aria-label={t('timeline.sidebar')}>
                  {conflictsOpen && <ConflictsPanel onShow={showItem} onAcknowledge={acknowledge} onWarnAgain={warnAgain} onClose={() => setConflictsOpen(false)} />}
                  {detailed.size > 0 && <DetailsPanel ids={[...detailed]} onClose={() => setSelected(new Set())} onAcknowledge={acknowledge} />}
                </aside>
              )}
            </div>
            <ItemTooltip store={tooltip} hidden={session !== null} />
          </SelectionContext.Provider>
        </ActionsContext.Provider>
      </ModelContext.Provider>
      {goTo !== null && (
        <GoToDateDialog
          initial={goTo}
          onCancel={() => setGoTo(null)}
          onGo={(date) => {
            setGoTo(null)
            viewport.scrollToTime(wallMinutes(date), viewport.trackWidth() / 3, false)
          }}
        />
      )}
    </section>
  )
}
