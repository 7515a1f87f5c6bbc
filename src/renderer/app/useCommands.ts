// Wires the registered commands to the running window: resolves them against the workspace,
// runs them from the keyboard and from the native menu (`menu:command`), and tells main the menus
// as they are now (`menu:update`), so the native menu shows the same labels, undo label, enabled
// and checked states as the in-window one.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { CaravanApi, RecentFile } from '../../shared/ipc'
import { isCommandId, resolveCommands, type Command, type CommandContext, type CommandId, type TimelineHandle } from './commands'
import type { EditCommands } from './editCommands'
import type { FileFlows } from './fileFlows'
import { nativeMenu, resolveMenus, type ResolvedMenu } from './menuModel'
import { isEditingText, matchesShortcut } from './shortcuts'
import { useWorkspace, type WorkspaceStore } from './store'

export interface AppCommands {
  commands: Record<CommandId, Command>
  menus: ResolvedMenu[]
}

/** The command whose shortcut the key press is, if any. */
export function commandForKey(commands: Record<CommandId, Command>, press: KeyboardEvent, platform: string): Command | undefined {
  return Object.values(commands).find((command) => command.shortcuts.some((s) => matchesShortcut(press, s, platform)))
}

function useRecentFiles(api: CaravanApi): [RecentFile[], () => void] {
  const [recent, setRecent] = useState<RecentFile[]>([])
  const [version, setVersion] = useState(0)
  const path = useWorkspace((s) => s.doc?.file?.path)
  useEffect(() => {
    let current = true
    api.invoke('recent:list', undefined).then(
      (files) => current && setRecent(files),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [api, path, version])
  return [recent, () => setVersion((v) => v + 1)]
}

export function useAppCommands(api: CaravanApi, store: WorkspaceStore, files: FileFlows, edits: EditCommands, timeline: RefObject<TimelineHandle | null>, keysActive: boolean): AppCommands {
  const { t } = useTranslation()
  const [recent, refreshRecent] = useRecentFiles(api)
  // What the labels and enabled states depend on; a scroll or a cursor move recomputes nothing.
  const deps = useWorkspace(useShallow((s) => [s.doc?.history, s.starting, s.failure, s.screen, s.view.zoom, s.view.grouping, s.selection, s.doc?.file]))

  const handle = useMemo<TimelineHandle>(
    () => ({ zoomTo: (zoom) => timeline.current?.zoomTo(zoom), zoomStep: (direction) => timeline.current?.zoomStep(direction), fit: () => timeline.current?.fit(), today: () => timeline.current?.today() }),
    [timeline],
  )
  const recentEdits = useMemo<EditCommands>(
    () => ({
      ...edits,
      forgetRecent: (args) => {
        edits.forgetRecent(args)
        setTimeout(refreshRecent, 100)
      },
    }),
    [edits, refreshRecent],
  )
  const commands = useMemo(() => {
    // `deps` changes exactly when the state the commands read does; they read it whole.
    const state = deps && store.getState()
    const ctx: CommandContext = { state, store, files, edits: recentEdits, timeline: handle, recent, t }
    return resolveCommands(ctx)
  }, [store, files, recentEdits, handle, recent, t, deps])
  const menus = useMemo(() => resolveMenus(commands, recent, t), [commands, recent, t])

  // The native menu (Electron) is rebuilt from the same model; unchanged menus are not sent again.
  // Sent after the frame: an edit changes the undo label, and the drop that made it should not
  // wait for the menu to be written out and posted.
  const sent = useRef('')
  useEffect(() => {
    const timer = setTimeout(() => {
      const model = nativeMenu(menus, api.platform)
      const text = JSON.stringify(model)
      if (text === sent.current) return
      sent.current = text
      void api.invoke('menu:update', model).catch(() => undefined)
    })
    return () => clearTimeout(timer)
  }, [api, menus])

  const latest = useRef({ commands, keysActive })
  useEffect(() => {
    latest.current = { commands, keysActive }
  }, [commands, keysActive])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.keysActive || event.defaultPrevented) return
      const command = commandForKey(latest.current.commands, event, api.platform)
      if (!command) return
      if (command.yieldsToTextField && isEditingText(event.target)) return
      // Cut, copy and paste go through the browser's clipboard events (editCommands.ts), which
      // carry the system clipboard; preventing the key would stop them.
      if (command.id === 'edit.copy' || command.id === 'edit.cut' || command.id === 'edit.paste') return
      event.preventDefault()
      if (command.enabled && !(event.repeat && !command.repeats)) command.run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [api])

  useEffect(
    () =>
      api.on('menu:command', ({ command, arg }) => {
        if (!isCommandId(command)) return
        const target = latest.current.commands[command]
        if (target.enabled) target.run(arg)
      }),
    [api],
  )

  return { commands, menus }
}
