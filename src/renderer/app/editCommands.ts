// The desktop editing conventions on the one selection: delete (with the uses question), cut,
// copy and paste of events through the system clipboard, duplicate, select all in the current
// view, and Insert ▸ … at the timeline's cursor. Each edit is one registered document command.
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { eventsForPaste, findEntity, usersOf, type EntityKind } from '../../shared/commands'
import { filterCoproductions, filterEvents } from '../../shared/filters'
import { newId, type Event, type Project } from '../../shared/format'
import { createEventAt, findItem, MINUTES_PER_DAY } from '../../shared/timeline'
import type { CaravanApi, Args } from '../../shared/ipc'
import { CARAVAN_EVENTS_TYPE, eventsFromJson, eventsToHtml, eventsToJson, eventsToTsv } from './clipboard'
import { isEditingText } from './shortcuts'
import { anyDialogOpen, selectProject, type Workspace, type WorkspaceStore } from './store'

export interface EditCommands {
  insert(kind: 'event' | 'partner' | 'venue' | 'coproduction' | 'dependency'): void
  /** True when the selection holds events (what the clipboard carries). */
  copiable(): boolean
  /** The selected ids that are entities (phases and releases are edited in their co-production). */
  deletable(): string[]
  /** The entity the selection's first item is edited in. */
  editable(): { kind: EntityKind; id: string } | null
  /** Cut, copy or paste from a menu (keys go through the browser's own clipboard events). */
  clipboard(action: 'cut' | 'copy' | 'paste'): void
  duplicate(): void
  askDelete(): void
  selectAll(): void
  openSelected(): void
  forgetRecent(args: Args<'recent:forget'>): void
}

const PROBE_ID = 'e-insert-defaults-probe'

/** The fields a new event gets from the timeline's cursor: its lane's partner, venue, country… and its day. */
export function eventDefaultsAt(state: Workspace): Partial<Event> | undefined {
  const project = selectProject(state)
  if (!project || !state.cursor || state.screen !== 'timeline') return undefined
  const day = Math.floor(state.cursor.time / MINUTES_PER_DAY) * MINUTES_PER_DAY
  const probe = createEventAt(project, state.view.grouping, state.cursor.laneKey, day, day + MINUTES_PER_DAY, { title: '-', id: PROBE_ID })
  const made = probe.events.find((e) => e.id === PROBE_ID)
  if (!made) return undefined
  const { id: _id, title: _title, ...defaults } = made
  return defaults
}

function selectedEvents(state: Workspace): Event[] {
  const project = selectProject(state)
  if (!project) return []
  const ids = new Set(state.selection)
  return project.events.filter((e) => ids.has(e.id))
}

/** Everything "Select all" takes on the screen shown. */
function everythingShown(state: Workspace, project: Project): string[] {
  switch (state.screen) {
    case 'timeline':
      return [...filterEvents(project, state.filter).map((e) => e.id), ...(state.filter.items ? filterCoproductions(project, state.filter) : project.coproductions).flatMap((c) => [...c.phases.map((p) => p.id), ...c.releases.map((r) => r.id)])]
    case 'events':
      return filterEvents(project, state.filter).map((e) => e.id)
    case 'partners':
      return project.partners.map((p) => p.id)
    case 'venues':
      return project.venues.map((v) => v.id)
    case 'coproductions':
      return project.coproductions.map((c) => c.id)
    case 'list':
    case 'coverage':
      return []
  }
}

/** Deletes `ids` as one undo step, asking first only when something else refers to them (Undo is the way back). */
export function deleteOrAsk(store: WorkspaceStore, ids: readonly string[]): void {
  const state = store.getState()
  const project = selectProject(state)
  if (ids.length === 0 || !project) return
  if (ids.some((id) => usersOf(project, id).length > 0)) state.openDialog({ deleting: ids })
  else {
    // From an editor: it closes (a reference list under it stays).
    state.closeEditor()
    state.dispatch({ id: 'entities.delete', args: { ids: [...ids] } })
  }
}

/** The edit commands of the window, and the clipboard events they answer. */
export function useEditCommands(api: CaravanApi, store: WorkspaceStore): EditCommands {
  const { t } = useTranslation()
  // Within one window a menu's Paste needs no clipboard permission: the last copy is kept here too.
  const lastCopied = useRef<string | null>(null)

  const edits = useMemo<EditCommands>(() => {
    const get = store.getState
    const paste = (json: string | null) => {
      const state = get()
      const project = selectProject(state)
      const events = json === null ? null : eventsFromJson(json)
      if (!project || !events || events.length === 0) return
      const target = state.screen === 'timeline' && state.cursor ? { grouping: state.view.grouping, laneKey: state.cursor.laneKey, day: state.cursor.time } : null
      const pasted = eventsForPaste(project, events, events.map(() => newId('e-')), target)
      get().dispatch({ id: 'events.paste', args: { events: pasted } })
      const added = pasted.map((e) => e.id).filter((id) => selectProject(get())?.events.some((e) => e.id === id))
      if (added.length > 0) {
        get().select(added)
        if (state.screen === 'timeline') get().revealItem(added[0]!)
      }
    }
    const commands: EditCommands = {
      insert(kind) {
        const defaults = kind === 'event' ? eventDefaultsAt(get()) : undefined
        get().openDialog({ editor: { kind, defaults: defaults ?? {}, isNew: true } })
      },
      // Asked for three menu items on every change of the document: the selection is looked up in the plan's index, not the plan filtered.
      copiable() {
        const state = get()
        const project = selectProject(state)
        return !!project && state.selection.some((id) => findItem(project, id)?.type === 'event')
      },
      deletable() {
        const project = selectProject(get())
        return project ? get().selection.filter((id) => findEntity(project, id) !== undefined) : []
      },
      editable() {
        const state = get()
        const project = selectProject(state)
        const id = state.selection[0]
        if (!project || id === undefined) return null
        const found = findEntity(project, id)
        if (found) return { kind: found.kind, id }
        const owner = project.coproductions.find((c) => c.phases.some((p) => p.id === id) || c.releases.some((r) => r.id === id))
        return owner ? { kind: 'coproduction', id: owner.id } : null
      },
      clipboard(action) {
        if (action === 'paste') return paste(lastCopied.current)
        // execCommand fires the copy/cut event below with the user's click as its permission.
        if (!document.execCommand(action)) {
          const state = get()
          const project = selectProject(state)
          if (project) lastCopied.current = eventsToJson(project, selectedEvents(state))
          if (action === 'cut') commands.askDelete()
        }
      },
      duplicate() {
        const events = selectedEvents(get())
        if (events.length === 0) return
        const newIds = events.map(() => newId('e-'))
        get().dispatch({ id: 'events.duplicate', args: { ids: events.map((e) => e.id), newIds, names: events.map((e) => t('editing.copyName', { name: e.title })) } })
        get().select(newIds)
        if (get().screen === 'timeline') get().revealItem(newIds[0]!)
      },
      askDelete: () => deleteOrAsk(store, commands.deletable()),
      selectAll() {
        const state = get()
        const project = selectProject(state)
        if (project) get().select(everythingShown(state, project))
      },
      openSelected() {
        const target = commands.editable()
        if (target) get().openDialog({ editor: { ...target, isNew: false } })
      },
      forgetRecent(args) {
        void api.invoke('recent:forget', args).catch(() => undefined)
      },
    }
    return commands
  }, [api, store, t])

  // Ctrl+C, Ctrl+X and Ctrl+V outside text fields: the browser's own clipboard events, so the
  // system clipboard gets (and gives) the events, across windows and other programs.
  useEffect(() => {
    const open = () => anyDialogOpen(store.getState().dialogs)
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (isEditingText(event.target) || open() || !event.clipboardData) return
      const state = store.getState()
      const project = selectProject(state)
      const events = selectedEvents(state)
      if (!project || events.length === 0 || state.screen === 'list') return
      event.preventDefault()
      const json = eventsToJson(project, events)
      lastCopied.current = json
      event.clipboardData.setData(CARAVAN_EVENTS_TYPE, json)
      event.clipboardData.setData('text/plain', eventsToTsv(project, events, t))
      event.clipboardData.setData('text/html', eventsToHtml(project, events, t))
      if (cut) edits.askDelete()
    }
    const onPaste = (event: ClipboardEvent) => {
      if (isEditingText(event.target) || open() || !event.clipboardData) return
      const json = event.clipboardData.getData(CARAVAN_EVENTS_TYPE)
      if (json === '') return
      event.preventDefault()
      const state = store.getState()
      if (state.screen !== 'timeline' && state.screen !== 'events') return
      // The system clipboard wins over the window's own copy (it may come from another plan).
      lastCopied.current = json
      edits.clipboard('paste')
    }
    const copy = (event: ClipboardEvent) => onCopy(event, false)
    const cut = (event: ClipboardEvent) => onCopy(event, true)
    document.addEventListener('copy', copy)
    document.addEventListener('cut', cut)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', copy)
      document.removeEventListener('cut', cut)
      document.removeEventListener('paste', onPaste)
    }
  }, [edits, store, t])

  return edits
}
