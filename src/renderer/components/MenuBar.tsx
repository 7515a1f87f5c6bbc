import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { primaryShortcutLabel, type Command, type CommandId } from '../commandRegistry'
import './menuBar.css'

type MenuName = 'file' | 'edit' | 'view' | 'insert' | 'plan'
const menus: { name: MenuName; items: (CommandId | 'separator')[] }[] = [
  { name: 'file', items: ['file.new', 'file.open', 'separator', 'file.save', 'file.saveAs'] },
  { name: 'edit', items: ['edit.undo', 'edit.redo', 'separator', 'edit.find'] },
  { name: 'view', items: ['view.zoomIn', 'view.zoomOut', 'separator', 'view.fit', 'view.today', 'view.goToDate'] },
  { name: 'insert', items: ['insert.event', 'insert.partner', 'insert.venue', 'insert.coproduction', 'insert.dependency'] },
  { name: 'plan', items: ['plan.properties', 'separator', 'plan.channels', 'plan.audiences', 'plan.strategies'] },
]

/**
 * The window's menu bar where there is no native one (the web host), following the WAI-ARIA
 * menubar pattern: arrows move, Enter runs, Esc closes.
 */
export function MenuBar({ commands, platform }: { commands: Record<CommandId, Command>; platform: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<number | null>(null)
  const bar = useRef<HTMLDivElement>(null)
  const tops = useRef<(HTMLButtonElement | null)[]>([])

  useEffect(() => {
    if (open === null) return
    const close = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  // Opening a menu puts focus on its first item.
  useEffect(() => {
    if (open === null) return
    bar.current?.querySelector<HTMLElement>(`[data-menu="${open}"] [role="menuitem"]`)?.focus()
  }, [open])

  const focusTop = (index: number) => tops.current[(index + menus.length) % menus.length]?.focus()

  const onTopKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => (open === null ? focusTop(index + 1) : setOpen((index + 1) % menus.length)),
      ArrowLeft: () => (open === null ? focusTop(index - 1) : setOpen((index - 1 + menus.length) % menus.length)),
      ArrowDown: () => setOpen(index),
      Enter: () => setOpen(index),
      ' ': () => setOpen(index),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    move()
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const focusItem = (i: number) => items[(i + items.length) % items.length]?.focus()
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(items.length - 1),
      ArrowRight: () => setOpen((index + 1) % menus.length),
      ArrowLeft: () => setOpen((index - 1 + menus.length) % menus.length),
      Escape: () => {
        setOpen(null)
        focusTop(index)
      },
      Tab: () => setOpen(null),
    }
    const move = moves[event.key]
    if (!move) return
    if (event.key !== 'Tab') event.preventDefault()
    event.stopPropagation()
    move()
  }

  const run = (command: Command, index: number) => {
    if (!command.enabled) return
    setOpen(null)
    // Focus goes back to the menu bar, so commands that open no dialog leave it somewhere sensible.
    focusTop(index)
    command.run()
  }

  return (
    <div className="menubar" role="menubar" aria-label={t('menu.bar')} ref={bar}>
      {menus.map((menu, index) => (
        <div className="menu" key={menu.name} data-menu={index}>
          <button
            ref={(el) => {
              tops.current[index] = el
            }}
            type="button"
            role="menuitem"
            className="menu-top"
            aria-haspopup="menu"
            aria-expanded={open === index}
            tabIndex={index === 0 ? 0 : -1}
            onClick={() => setOpen(open === index ? null : index)}
            onPointerEnter={() => open !== null && open !== index && setOpen(index)}
            onKeyDown={(e) => onTopKeyDown(e, index)}
          >
            {t(`menu.${menu.name}`)}
          </button>
          {open === index && (
            <div className="menu-popup" role="menu" aria-label={t(`menu.${menu.name}`)} onKeyDown={(e) => onMenuKeyDown(e, index)}>
              {menu.items.map((item, i) => {
                if (item === 'separator') return <div key={`sep-${i}`} role="separator" className="menu-separator" />
                const command = commands[item]
                const shortcut = primaryShortcutLabel(command, platform, t)
                return (
                  <button
                    key={item}
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    data-command={item}
                    tabIndex={-1}
                    aria-disabled={command.enabled ? undefined : true}
                    onClick={() => run(command, index)}
                  >
                    <span className="menu-label">{command.label}</span>
                    {shortcut && (
                      <kbd className="menu-shortcut" aria-hidden="true">
                        {shortcut}
                      </kbd>
                    )}
                  </button>
                )
              })}
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
