import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import './dialogs.css'

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface DialogProps {
  /** `alertdialog` for questions that interrupt, `dialog` for forms. */
  role: 'dialog' | 'alertdialog'
  labelledBy: string
  describedBy?: string
  /** Esc, like the Cancel button. */
  onCancel: () => void
  /** What gets focus first; otherwise the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>
  className?: string
  children: ReactNode
}

/** A modal in the window: focus moves in, stays in (Tab wraps), and returns where it was on close. */
export function Dialog({ role, labelledBy, describedBy, onCancel, initialFocus, className, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    const first = initialFocus?.current ?? box.current?.querySelector<HTMLElement>(focusable) ?? box.current
    first?.focus()
    return () => {
      if (before && document.contains(before)) before.focus()
    }
    // Focus is placed once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
      return
    }
    if (event.key !== 'Tab' || !box.current) return
    const items = [...box.current.querySelectorAll<HTMLElement>(focusable)]
    const first = items[0]
    const last = items.at(-1)
    if (!first || !last) {
      event.preventDefault()
      return
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === box.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={className ? `dialog ${className}` : 'dialog'}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  )
}
