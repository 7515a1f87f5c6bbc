// One menu's items (the menu bar's popups, submenus and context menus share it), following the
// WAI-ARIA menu pattern: ↑/↓/Home/End move, → opens a submenu and ← closes it, Enter or Space
// runs, a check mark for checked items, the shortcut beside each label.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuEntry } from '../app/menuModel'
import { primaryShortcutLabel } from '../app/shortcuts'
import './menuBar.css'

interface MenuListProps {
  items: readonly MenuEntry[]
  label: string
  platform: string
  /** Runs an item: the menu closes first. */
  onRun: (entry: Extract<MenuEntry, { type: 'command' }>) => void
  /** Esc (and ← in a submenu): close this menu. */
  onClose: () => void
  /** ←/→ on an item that opens nothing: the menu bar moves to the neighbouring menu. */
  onSideways?: (direction: -1 | 1) => void
  /** Focus the first item when shown. */
  autoFocus?: boolean
  className?: string
  style?: React.CSSProperties
}

export function MenuList({ items, label, platform, onRun, onClose, onSideways, autoFocus = true, className, style }: MenuListProps) {
  const { t } = useTranslation()
  const list = useRef<HTMLDivElement>(null)
  const [openSub, setOpenSub] = useState<number | null>(null)

  useEffect(() => {
    if (autoFocus) list.current?.querySelector<HTMLElement>(':scope > [role^="menuitem"]')?.focus()
  }, [autoFocus])

  const focusable = () => [...(list.current?.querySelectorAll<HTMLElement>(':scope > [role^="menuitem"]') ?? [])]
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.closest('[role="menu"]') !== list.current) return
    const elements = focusable()
    const at = elements.indexOf(document.activeElement as HTMLElement)
    const focusItem = (i: number) => elements[(i + elements.length) % elements.length]?.focus()
    const index = at >= 0 ? Number(elements[at]!.dataset.index) : -1
    const entry = items[index]
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(elements.length - 1),
      ArrowRight: () => (entry?.type === 'submenu' ? setOpenSub(index) : onSideways?.(1)),
      ArrowLeft: () => (onSideways ? onSideways(-1) : onClose()),
      Escape: onClose,
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    event.stopPropagation()
    move()
  }

  return (
    <div ref={list} className={`menu-popup ${className ?? ''}`} role="menu" aria-label={label} style={style} onKeyDown={onKeyDown}>
      {items.map((entry, i) => {
        if (entry.type === 'separator') return <div key={`sep-${i}`} role="separator" className="menu-separator" />
        if (entry.type === 'submenu') {
          return (
            <div
              key={`sub-${i}`}
              role="menuitem"
              tabIndex={-1}
              data-index={i}
              aria-haspopup="menu"
              aria-expanded={openSub === i}
              className="menu-item has-submenu"
              // Opens, never toggles: the pointer's arrival has often opened it a moment before the click.
              onClick={() => setOpenSub(i)}
              onPointerEnter={() => setOpenSub(i)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  setOpenSub(i)
                }
              }}
            >
              <span className="menu-label">{entry.label}</span>
              <span className="menu-arrow" aria-hidden="true">
                ▸
              </span>
              {openSub === i && (
                <MenuList
                  items={entry.items}
                  label={entry.label}
                  platform={platform}
                  onRun={onRun}
                  className="menu-submenu"
                  onClose={() => {
                    setOpenSub(null)
                    focusable()[focusable().findIndex((el) => Number(el.dataset.index) === i)]?.focus()
                  }}
                />
              )}
            </div>
          )
        }
        const { command } = entry
        const shortcut = entry.arg === undefined ? primaryShortcutLabel(command.shortcuts, platform, t) : ''
        const checkable = command.checked !== undefined
        return (
          <button
            key={`${command.id}-${entry.arg ?? i}`}
            type="button"
            role={checkable ? 'menuitemcheckbox' : 'menuitem'}
            aria-checked={checkable ? command.checked : undefined}
            className="menu-item"
            data-command={command.id}
            data-index={i}
            tabIndex={-1}
            aria-disabled={entry.enabled ? undefined : true}
            title={entry.arg}
            onPointerEnter={() => setOpenSub(null)}
            onClick={() => entry.enabled && onRun(entry)}
          >
            <span className="menu-label">
              {checkable && (
                <span className="menu-check" aria-hidden="true">
                  {command.checked ? '✓' : ''}
                </span>
              )}
              {entry.label}
            </span>
            {shortcut && (
              <kbd className="menu-shortcut" aria-hidden="true">
                {shortcut}
              </kbd>
            )}
          </button>
        )
      })}
    </div>
  )
}
