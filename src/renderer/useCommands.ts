import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { redoLabel, undoLabel } from '../shared/history'
import type { CaravanApi } from '../shared/ipc'
import { commandForKey, commandSpecs, isEditingText, type Command, type CommandId } from './commandRegistry'
import type { TimelineHandle } from './timeline/Timeline'
import { editingCommands, type EditingCommandTarget } from './editors/editingCommands'
import type { Workspace } from './useWorkspace'
import type { UndoLabel } from './workspace'

/** The timeline on screen, if any, for the View commands. */
export interface TimelineTarget {
  handle: RefObject<TimelineHandle | null>
  active: boolean
}

/** The app's commands wired to the workspace, with labels and enabled states for menus and toolbar. */
export function useCommands(workspace: Workspace, openProperties: () => void, timeline: TimelineTarget, editing: EditingCommandTarget): Record<CommandId, Command> {
  const { t } = useTranslation()
  const { state } = workspace
  const history = state.doc?.history
  const hasPlan = history !== undefined
  const showingPlan = hasPlan && state.failure === null
  const onTimeline = showingPlan && timeline.active

  return useMemo(() => {
    const describe = (label: UndoLabel | undefined) => (label ? t(`undoLabels.${label.key}`, { replace: label.values }) : undefined)
    const undoing = history && describe(undoLabel(history))
    const redoing = history && describe(redoLabel(history))
    const make = (id: CommandId, enabled: boolean, run: () => void, label: string = t(commandSpecs[id].labelKey)): Command => ({
      ...commandSpecs[id],
      label,
      enabled: enabled && !state.starting,
      run,
    })
    return {
      'file.new': make('file.new', true, () => void workspace.newPlan()),
      'file.open': make('file.open', true, () => void workspace.open()),
      'file.save': make('file.save', hasPlan, () => void workspace.save(false)),
      'file.saveAs': make('file.saveAs', hasPlan, () => void workspace.save(true)),
      'file.close': make('file.close', true, () => void workspace.close()),
      'edit.undo': make('edit.undo', showingPlan && undoing !== undefined, workspace.undo, undoing ? t('commands.edit.undoWithLabel', { label: undoing }) : undefined),
      'edit.redo': make('edit.redo', showingPlan && redoing !== undefined, workspace.redo, redoing ? t('commands.edit.redoWithLabel', { label: redoing }) : undefined),
      'plan.properties': make('plan.properties', showingPlan, openProperties),
      'view.zoomIn': make('view.zoomIn', onTimeline, () => timeline.handle.current?.zoomBy(-1)),
      'view.zoomOut': make('view.zoomOut', onTimeline, () => timeline.handle.current?.zoomBy(1)),
      'view.fit': make('view.fit', onTimeline, () => timeline.handle.current?.fit()),
      'view.today': make('view.today', onTimeline, () => timeline.handle.current?.today()),
      'view.goToDate': make('view.goToDate', onTimeline, () => timeline.handle.current?.goToDate()),
      ...editingCommands(make, showingPlan, editing),
    }
  }, [t, history, hasPlan, showingPlan, onTimeline, timeline.handle, state.starting, workspace, openProperties, editing])
}

/**
 * Runs commands from the keyboard and from the native menu (`menu:command`). `active` is false
 * while a modal dialog is open: its own keys win.
 */
export function useCommandInput(api: CaravanApi, commands: Record<CommandId, Command>, active: boolean): void {
  const latest = useRef({ commands, active })
  useEffect(() => {
    latest.current = { commands, active }
  }, [commands, active])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.active || event.defaultPrevented) return
      const spec = commandForKey(event, api.platform)
      if (!spec) return
      if (spec.yieldsToTextField && isEditingText(event.target)) return
      event.preventDefault()
      const command = latest.current.commands[spec.id]
      if (command.enabled && !(event.repeat && !spec.yieldsToTextField)) command.run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [api])

  useEffect(
    () =>
      api.on('menu:command', ({ command }) => {
        const target = latest.current.commands[command as CommandId] as Command | undefined
        if (target?.enabled) target.run()
      }),
    [api],
  )
}
