import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Command, CommandId } from '../app/commands'
import { toolbarLayout } from '../app/menuModel'
import { ariaKeyShortcuts, primaryShortcutLabel } from '../app/shortcuts'

const shortLabels: Partial<Record<CommandId, 'commands.edit.undo' | 'commands.edit.redo'>> = {
  'edit.undo': 'commands.edit.undo',
  'edit.redo': 'commands.edit.redo',
}

/** The buttons along the top of the window; each runs a registered command. */
export function Toolbar({ commands, platform }: { commands: Record<CommandId, Command>; platform: string }) {
  const { t } = useTranslation()
  const bar = useRef<HTMLDivElement>(null)

  // Arrow keys move along the toolbar, as in a desktop app.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key) || !bar.current) return
    const buttons = [...bar.current.querySelectorAll<HTMLButtonElement>('button')]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length
    buttons[next]?.focus()
    event.preventDefault()
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} ref={bar} onKeyDown={onKeyDown}>
      {toolbarLayout.map((group, g) => (
        <div className="toolbar-group" key={g}>
          {group.map((id) => {
            const command = commands[id]
            const shortcut = primaryShortcutLabel(command.shortcuts, platform, t)
            const short = shortLabels[id]
            const text = short ? t(short) : command.label
            const tooltip = shortcut ? t('toolbar.withShortcut', { label: command.label, shortcut }) : command.label
            return (
              <button
                key={id}
                type="button"
                className="toolbar-button"
                data-command={id}
                title={tooltip}
                aria-label={command.label}
                aria-keyshortcuts={ariaKeyShortcuts(command.shortcuts, platform)}
                aria-disabled={command.enabled ? undefined : true}
                // A toolbar button takes no focus from the selection it acts on (Cut, Delete…).
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => command.enabled && command.run()}
              >
                {text}
              </button>
            )
          })}
        </div>
      ))}
    </div>
  )
}
