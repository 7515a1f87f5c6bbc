// Quick find (Ctrl/⌘+K): type part of any name in either language, ↑/↓ to choose, Enter to show
// and select it where you are (the timeline or its table), Ctrl/⌘+Enter to open its editor.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { EntityKind } from '../../shared/commands'
import type { Project } from '../../shared/format'
import { Dialog } from '../components/Dialog'
import { findMatches } from './quickFind'
import './quickFind.css'

interface QuickFindProps {
  project: Project
  /** `openEditor` for Ctrl/⌘+Enter. */
  onJump: (kind: EntityKind, id: string, openEditor: boolean) => void
  onClose: () => void
}

export function QuickFind({ project, onJump, onClose }: QuickFindProps) {
  const { t } = useTranslation()
  const heading = useId()
  const listId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const matches = useMemo(() => findMatches(project, query), [project, query])
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [listId, active])

  const jump = (index: number, openEditor = false) => {
    const match = matches[index]
    if (!match) return
    onClose()
    onJump(match.kind, match.id, openEditor)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((a) => (count === 0 ? 0 : (a + 1) % count)),
      ArrowUp: () => setActive((a) => (count === 0 ? 0 : (a - 1 + count) % count)),
      Enter: () => jump(active, event.ctrlKey || event.metaKey),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    move()
  }

  return createPortal(
    <Dialog role="dialog" labelledBy={heading} onCancel={onClose} initialFocus={input} className="qf-dialog">
      <h2 id={heading} className="sr-only">
        {t('find.heading')}
      </h2>
      <input
        ref={input}
        className="qf-input"
        type="text"
        role="combobox"
        aria-label={t('find.label')}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('find.results')} className="qf-results">
        {matches.map((match, i) => (
          <li
            key={`${match.kind}-${match.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="qf-result"
            onMouseMove={() => setActive(i)}
            onClick={() => jump(i)}
          >
            <span className="qf-kind">{t(`editing.kind.${match.kind}`)}</span>
            <span>
              <span dir="auto">{match.name}</span>
              {match.local && (
                <span className="qf-local" dir="auto">
                  {match.local}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && matches.length === 0 && <p className="qf-empty">{t('find.none')}</p>}
      <p className="qf-hint">{t('find.hint')}</p>
    </Dialog>,
    document.body,
  )
}
