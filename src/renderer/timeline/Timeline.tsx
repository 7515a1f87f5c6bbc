import { useCallback, useDeferredValue, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/format'
import { formatDate, wallMinutes, withLaneCollapsed, withLaneOrder, xFromTime, type TimelineEdit } from '../../shared/timeline'
import { conflictFingerprint } from '../conflicts/conflictsClient'
import type { ShownConflict } from '../conflicts/packed'
import type { TimelineHandle } from '../app/commands'
import { selectProject, useWorkspace, useWorkspaceStore } from '../app/store'
import { ConflictsPanel } from './ConflictsPanel'
import { ActionsContext, BarLookContext, ModelContext, SelectionContext, type BarLook, type Direction, type TimelineActions } from './context'
import { useEditingActions } from '../editors/useEditing'
import { editTimelineItem } from '../editors/timelineLinks'
import { DetailsPanel } from './DetailsPanel'
import { GoToDateDialog } from './GoToDateDialog'
import { createTooltipStore, ItemTooltip } from './ItemTooltip'
import { barTop, timelineStyle } from './layout'
import { LaneColumnDivider } from './LaneColumnDivider'
import { Legend } from './Legend'
import { laneFocusKey, laneOfFocus, nextFocus } from './navigation'
import { TimelineCanvas } from './TimelineCanvas'
import { TimelineToolbar } from './TimelineToolbar'
import { useTimelineDnd } from './useTimelineDnd'
import { useTimelineModel, type TimelineModel } from './useTimelineModel'
import { useViewport, type Anchor } from './useViewport'
import { useZoom } from './useZoom'
import { useWarmDates, useWarmWarnings } from './useWarmDates'
import './timeline.css'

export type { TimelineHandle } from '../app/commands'

interface TimelineProps {
  project: Project
  handleRef?: RefObject<TimelineHandle | null>
}

// Where a freshly opened plan is shown: today when the plan is under way, else its beginning.
function initialAnchor(model: TimelineModel): Anchor {
  const extent = model.extent
  if (!extent || (model.today >= extent.start && model.today <= extent.end)) return { time: model.today, offset: 120 }
  return { time: extent.start, offset: 60 }
}

/** The plan's main screen: a landmark region named "Timeline" with its toolbar, lanes, legend and side panels. */
export function Timeline({ project: latestProject, handleRef }: TimelineProps) {
  // The lanes follow the document a moment later, in a render that yields to the browser: a drop
  // paints its frame first (the overlay stays where the item landed), then the lanes catch up.
  const project = useDeferredValue(latestProject)
  const { t } = useTranslation()
  const store = useWorkspaceStore()
  const { dispatch, setView, select: selectIds, setCursor, openDialog, closeDialogs } = store.getState()
  const view = useWorkspace((s) => s.view)
  const selected = useWorkspace((s) => s.selection)
  const goingTo = useWorkspace((s) => s.dialogs.goToDate)
  const scrollerRef = useRef<HTMLDivElement>(null)
  const rootRef = useRef<HTMLElement>(null)
  const [viewportWidth, setViewportWidth] = useState(1000)
  // How far right the canvas must reach (axis minutes): it grows as the view is scrolled on or fitted.
  const [reach, setReach] = useState<number | null>(null)
  const reachTo = useCallback((time: number) => setReach((current) => (current !== null && current >= time ? current : time)), [])
  const model = useTimelineModel(project, view, viewportWidth, reach)
  useWarmDates(model.content, model.text)
  useWarmWarnings(model.conflicts, model.itemText)
  const bodyRef = useRef<HTMLDivElement>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const [conflictsOpen, setConflictsOpen] = useState(false)
  const [legendOpen, setLegendOpen] = useState(true)
  const tooltip = useMemo(() => createTooltipStore(), [])
  const pendingFocus = useRef<string | null>(null)
  const viewport = useViewport(scrollerRef, model, initialAnchor)

  // The window's one selection, as far as the timeline shows it (an undo may have removed items).
  const selection = useMemo(() => new Set(selected.filter((id) => model.placed.shows(id))), [selected, model.placed])
  const validFocus = focusKey !== null && laneOfFocus(model.lanes, model.placed, focusKey) >= 0
  const tabStop = validFocus ? focusKey : model.lanes[0] ? laneFocusKey(model.lanes[0].lane.key) : null

  const latestModel = useRef(model)
  useLayoutEffect(() => {
    latestModel.current = model
  })
  const zoom = useZoom({ store, scrollerRef, latestModel, viewport, reachTo })

  // Scrolls so the item or lane header of a focus key is on screen.
  const reveal = useCallback(
    (key: string) => {
      const m = latestModel.current
      const found = m.placed.get(key)
      const laneIndex = found ? found.laneIndex : laneOfFocus(m.lanes, m.placed, key)
      const box = m.boxes[laneIndex]
      if (!box) return
      const x = found ? xFromTime(found.item.start, m.origin, m.scale) : null
      viewport.reveal(x, found ? barTop(box.top, found.item.row, m.metrics) : box.top, box.height)
    },
    [viewport],
  )

  const focusSoon = useCallback((key: string) => {
    pendingFocus.current = key
    setFocusKey(key)
  }, [])
  useEffect(() => {
    const key = pendingFocus.current
    if (!key) return
    const element = scrollerRef.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
    if (element) {
      element.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  })

  // New events and pastes land where the keyboard focus is: its lane, and its item's day (a lane
  // header: the day a third into the view).
  useEffect(() => {
    if (!validFocus || focusKey === null) return setCursor(null)
    const found = model.placed.get(focusKey)
    const lane = found ? model.lanes[found.laneIndex] : model.lanes[laneOfFocus(model.lanes, model.placed, focusKey)]
    if (!lane) return setCursor(null)
    setCursor({ laneKey: lane.lane.key, time: found ? found.item.start : viewport.timeAt(viewport.trackWidth() / 3) })
  }, [focusKey, validFocus, model.placed, model.lanes, setCursor, viewport])

  const commitEdit = useCallback((edit: TimelineEdit) => dispatch({ id: 'timeline.edit', args: edit }), [dispatch])

  const select = useCallback(
    (ids: string[], key?: string) => {
      selectIds(ids)
      if (key !== undefined) setFocusKey(key)
    },
    [selectIds],
  )

  const dnd = useTimelineDnd({
    model,
    selection,
    bodyRef,
    scrollerRef,
    onEdit: commitEdit,
    onSelect: select,
    onCreated: (id, laneKey) => {
      selectIds([id])
      focusSoon(`${id}@${laneKey}`)
    },
    onKeyboardDrop: (id, laneKey) => focusSoon(`${id}@${laneKey}`),
    onLaneOrder: (keys) => setView({ laneOrder: withLaneOrder(store.getState().view, store.getState().view.grouping, keys).laneOrder }),
  })
  const session = useSyncExternalStore(dnd.store.subscribe, () => dnd.store.get()?.session ?? null)
  // A dropped item's overlay goes once the lanes show the plan with the drop in it.
  useEffect(() => {
    if (project === latestProject && dnd.store.get()?.settling) dnd.store.set(null)
  })
  const dragging = useMemo(() => new Set(session?.moving.map((item) => item.key) ?? []), [session])
  const pinned = useMemo(() => new Set([...dragging, ...(tabStop ? [tabStop] : [])]), [dragging, tabStop])
  const pinnedLanes = useMemo(() => {
    const lanes = [...pinned].map((key) => laneOfFocus(model.lanes, model.placed, key))
    if (session) lanes.push(session.laneIndex)
    return lanes
  }, [pinned, session, model.lanes, model.placed])

  const expandLane = useCallback(
    (laneKey: string, collapsed: boolean) => {
      const current = store.getState().view
      setView({ collapsed: withLaneCollapsed(current, current.grouping, laneKey, collapsed).collapsed })
    },
    [setView, store],
  )

  const editing = useEditingActions()
  const { scale, origin, metrics, itemText } = model
  const { role, instructions } = itemText
  const look = useMemo<BarLook>(() => ({ scale, origin, metrics, role, instructions }), [scale, origin, metrics, role, instructions])
  const actions: TimelineActions = useMemo(
    () => ({
      select(id, key, mode) {
        setFocusKey(key)
        const current = store.getState().selection
        if (mode === 'only') return selectIds([id])
        if (mode === 'toggle' && current.includes(id)) return selectIds(current.filter((x) => x !== id))
        selectIds(current.includes(id) ? current : [...current, id])
      },
      clearSelection: () => selectIds([]),
      navigate(from: string, direction: Direction) {
        const m = latestModel.current
        const target = nextFocus(m.lanes, m.boxes, m.placed, from, direction)
        if (!target) return
        const found = m.placed.get(target)
        if (found) selectIds([found.item.ref.id])
        reveal(target)
        focusSoon(target)
      },
      focused: (key) => setFocusKey(key),
      toggleLane(laneKey) {
        const current = store.getState().view
        expandLane(laneKey, !(current.collapsed[current.grouping] ?? []).includes(laneKey))
      },
      showTooltip: (key, element) => tooltip.show(key, element),
      hideTooltip: (key) => tooltip.hide(key),
      editItem: (id) => editTimelineItem(editing, latestModel.current.content, id),
      dragStore: dnd.store,
    }),
    [reveal, focusSoon, expandLane, selectIds, store, tooltip, editing, dnd.store],
  )

  // Shows an item: its lane expanded, scrolled into view, selected and focused.
  const showItem = useCallback(
    (id: string) => {
      const m = latestModel.current
      const found = m.placed.first(id)
      if (!found) return
      const key = found.item.key
      if (m.boxes[found.laneIndex]?.collapsed) expandLane(found.item.ref.laneKey, false)
      selectIds([id])
      reveal(key)
      focusSoon(key)
    },
    [expandLane, focusSoon, reveal, selectIds],
  )
  // Quick find, a new event or a paste asks the timeline to show an item (store.revealItem); the
  // selection made elsewhere is shown once when the timeline appears.
  // (showItem is stable: it reads the model through latestModel.)
  const revealed = useRef<number>(store.getState().reveal?.seq ?? 0)
  // An item to show once the lanes have it: a new event or a paste is in them a render or two after
  // the document (the lanes follow it deferred).
  const pendingReveal = useRef<string | null>(null)
  const revealPending = useCallback(() => {
    const id = pendingReveal.current
    if (id === null) return
    const caughtUp = latestModel.current.project === selectProject(store.getState())
    if (!latestModel.current.placed.shows(id) && !caughtUp) return
    pendingReveal.current = null
    showItem(id)
  }, [store, showItem])
  useEffect(() => {
    const first = store.getState().selection[0]
    if (first !== undefined) showItem(first)
    return store.subscribe((state) => {
      if (!state.reveal || state.reveal.seq === revealed.current) return
      revealed.current = state.reveal.seq
      pendingReveal.current = state.reveal.id
      requestAnimationFrame(revealPending)
    })
  }, [store, showItem, revealPending])
  useEffect(revealPending)

  // The window holds conflicts without their fingerprints (conflicts/packed.ts): acknowledging one
  // asks the worker for it; a conflict gone meanwhile (an edit resolved it) is left alone.
  const acknowledge = (conflict: ShownConflict) =>
    void conflictFingerprint(conflict.id).then((fingerprint) => {
      if (fingerprint !== null) dispatch({ id: 'conflict.acknowledge', args: { conflict: { ...conflict, fingerprint } } })
    })
  const warnAgain = (conflict: ShownConflict) => dispatch({ id: 'conflict.unacknowledge', args: { conflict: { id: conflict.id } } })

  const today = useCallback(() => viewport.scrollToTime(model.today, viewport.trackWidth() / 3, false), [model.today, viewport])

  useImperativeHandle(handleRef, () => ({ zoomTo: zoom.zoomTo, zoomStep: zoom.zoomStep, fit: zoom.fit, today }), [zoom, today])

  useLayoutEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const measure = () => setViewportWidth(Math.max(0, scroller.clientWidth - latestModel.current.laneHeaderWidth))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(scroller)
    // The axis extends as the view nears its right end: another screen's worth each time.
    // Checked at the frame, where the layout is read anyway (in the scroll event, the read laid out
    // lanes the scroll had just replaced).
    let frame = 0
    const reach = () => {
      frame = 0
      if (scroller.scrollLeft + 1.5 * scroller.clientWidth < scroller.scrollWidth) return
      const m = latestModel.current
      reachTo(m.end + (scroller.clientWidth / m.scale) * 1440)
    }
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(reach)
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      scroller.removeEventListener('scroll', onScroll)
    }
  }, [model.laneHeaderWidth, reachTo])

  const selectionValue = useMemo(() => ({ ids: selection, focusKey: tabStop }), [selection, tabStop])
  // The details panel follows a moment later: a click shows the item selected first, then the
  // panel (and the narrower canvas) render without holding that frame back.
  const detailed = useDeferredValue(selection)
  const sidebar = conflictsOpen || detailed.size > 0

  return (
    <section className={view.density === 'compact' ? 'tl is-compact' : 'tl'} ref={rootRef} style={timelineStyle(model.metrics, model.laneHeaderWidth)} aria-label={t('timeline.region')}>
      <TimelineToolbar
        zoom={view.zoom}
        scale={model.scale}
        grouping={view.grouping}
        colorBy={view.colorBy}
        conflicts={model.conflicts.length}
        conflictsOpen={conflictsOpen}
        legendOpen={legendOpen}
        onZoom={zoom.zoomTo}
        onGrouping={(grouping) => setView({ grouping })}
        onColorBy={(colorBy) => setView({ colorBy })}
        onFit={zoom.fit}
        onToday={today}
        onGoTo={() => openDialog({ goToDate: true })}
        onToggleConflicts={() => setConflictsOpen((open) => !open)}
        onToggleLegend={() => setLegendOpen((open) => !open)}
      />
      <ModelContext.Provider value={model}>
        <ActionsContext.Provider value={actions}>
          <BarLookContext.Provider value={look}>
          <SelectionContext.Provider value={selectionValue}>
            <div className={sidebar ? 'tl-main has-sidebar' : 'tl-main'}>
              <div className="tl-canvas-column">
                <div className="tl-canvas-frame">
                  <TimelineCanvas dnd={dnd} scrollerRef={scrollerRef} bodyRef={bodyRef} dragging={dragging} pinned={pinned} pinnedLanes={pinnedLanes} plannedScrollLeft={viewport.plannedScrollLeft} />
                  <LaneColumnDivider width={model.laneHeaderWidth} rootRef={rootRef} onChange={(laneHeaderWidth) => setView({ laneHeaderWidth })} />
                </div>
                {legendOpen && <Legend colorBy={view.colorBy} collapsed={view.legendCollapsed ?? true} onCollapsed={(legendCollapsed) => setView({ legendCollapsed })} />}
              </div>
              {sidebar && (
                <aside className="tl-sidebar" aria-label={t('timeline.sidebar')}>
                  {conflictsOpen && <ConflictsPanel onShow={showItem} onAcknowledge={acknowledge} onWarnAgain={warnAgain} onClose={() => setConflictsOpen(false)} />}
                  {detailed.size > 0 && <DetailsPanel ids={[...detailed]} onClose={() => selectIds([])} onAcknowledge={acknowledge} />}
                </aside>
              )}
            </div>
            <ItemTooltip store={tooltip} hidden={session !== null} />
          </SelectionContext.Provider>
          </BarLookContext.Provider>
        </ActionsContext.Provider>
      </ModelContext.Provider>
      {goingTo &&
        createPortal(
          <GoToDateDialog
          initial={formatDate(viewport.timeAt(viewport.trackWidth() / 3))}
          onCancel={closeDialogs}
          onGo={(date) => {
            closeDialogs()
              viewport.scrollToTime(wallMinutes(date), viewport.trackWidth() / 3, false)
            }}
          />,
          document.body,
        )}
    </section>
  )
}
