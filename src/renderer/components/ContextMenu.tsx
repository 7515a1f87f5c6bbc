// Right-click (or the context-menu key, or Shift+F10) on a timeline item, a lane header or a table
// row: the commands that apply to it, from the same command model as the menus. The thing is
// selected (and focused) first, so the commands act on it.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Command, CommandId } from '../app/commands'
import { resolveContextMenu, type ContextTarget } from '../app/menuModel'
import { isEditingText } from '../app/shortcuts'
import type { WorkspaceStore } from '../app/store'
import { MenuList } from './MenuList'

interface Open {
  target: ContextTarget
  x: number
  y: number
  returnFocus: HTMLElement
}

const isTarget = (value: string | undefined): value is ContextTarget => value === 'item' || value === 'lane' || value === 'row'
const MENU_WIDTH = 260

export function ContextMenu({ commands, platform, store }: { commands: Record<CommandId, Command>; platform: string; store: WorkspaceStore }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open | null>(null)

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-context]') : null
      if (!element || isEditingText(event.target) || !isTarget(element.dataset.context)) return
      event.preventDefault()
      const id = element.dataset.selectId
      const state = store.getState()
      if (id !== undefined && !state.selection.includes(id)) state.select([id])
      const focusKey = element.dataset.focusTarget
      const focus = (focusKey ? element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`) : null) ?? element
      focus.focus({ preventScroll: true })
      // From the keyboard the menu opens at the thing, from the mouse at the pointer.
      const box = element.getBoundingClientRect()
      const atPointer = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom && (event.clientX !== 0 || event.clientY !== 0)
      setOpen({ target: element.dataset.context, x: atPointer ? event.clientX : box.left + 8, y: atPointer ? event.clientY : box.bottom, returnFocus: focus })
    }
    document.addEventListener('contextmenu', onContextMenu)
    return () => document.removeEventListener('contextmenu', onContextMenu)
  }, [store])

  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      if (event.target instanceof Node && document.querySelector('.context-menu')?.contains(event.target)) return
      setOpen(null)
    }
    const closeNow = () => setOpen(null)
    document.addEventListener('pointerdown', close, true)
    window.addEventListener('blur', closeNow)
    window.addEventListener('resize', closeNow)
    return () => {
      document.removeEventListener('pointerdown', close, true)
      window.removeEventListener('blur', closeNow)
      window.removeEventListener('resize', closeNow)
    }
  }, [open])

  if (!open) return null
  const items = resolveContextMenu(commands, open.target)
  const left = Math.max(4, Math.min(open.x, window.innerWidth - MENU_WIDTH - 4))
  const top = Math.max(4, Math.min(open.y, window.innerHeight - items.length * 30 - 12))
  const close = () => {
    setOpen(null)
    open.returnFocus.focus({ preventScroll: true })
  }
  return (
    <MenuList
      items={items}
      label={t(`menu.context.${open.target}`)}
      platform={platform}
      className="context-menu"
      style={{ position: 'fixed', left, top }}
      onClose={close}
      onRun={(entry) => {
        close()
        entry.command.run(entry.arg)
      }}
    />
  )
}
