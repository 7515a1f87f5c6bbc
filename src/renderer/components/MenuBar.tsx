import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ResolvedMenu } from '../app/menuModel'
import { MenuList } from './MenuList'


/**
 * The window's menu bar where there is no native one (the web host), built from the same menu
 * model as the native menu, following the WAI-ARIA menubar pattern: arrows move, Enter runs, Esc closes.
 */
export function MenuBar({ menus, platform }: { menus: readonly ResolvedMenu[]; platform: string }) {
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

  const count = menus.length
  const focusTop = (index: number) => tops.current[(index + count) % count]?.focus()

  const onTopKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => (open === null ? focusTop(index + 1) : setOpen((index + 1) % count)),
      ArrowLeft: () => (open === null ? focusTop(index - 1) : setOpen((index - 1 + count) % count)),
      ArrowDown: () => setOpen(index),
      Enter: () => setOpen(index),
      ' ': () => setOpen(index),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    move()
  }

  return (
    <div className="menubar" role="menubar" aria-label={t('menu.bar')} ref={bar}>
      {menus.map((menu, index) => (
        <div className="menu" key={menu.id} data-menu={index}>
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
            {menu.label}
          </button>
          {open === index && (
            <MenuList
              key={menu.id}
              items={menu.items}
              label={menu.label}
              platform={platform}
              onRun={(entry) => {
                setOpen(null)
                // Focus goes back to the menu bar, so commands that open no dialog leave it somewhere sensible.
                focusTop(index)
                entry.command.run(entry.arg)
              }}
              onClose={() => {
                setOpen(null)
                focusTop(index)
              }}
              onSideways={(direction) => setOpen((index + direction + count) % count)}
            />
          )}
        </div>
      ))}
    </div>
  )
}
