// The state of one editor: the draft as typed, the entity it would save (trimmed, empty optional
// fields left out), and the problems of that entity by field, checked on every keystroke with the
// same rules as the file. Errors show once a field was left or Save was pressed.
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { entityIssues, type EntityIssue, type EntityKind, type EntityOf } from '../../shared/commands'
import { messageText, type Translate } from '../../locales/messages'
import type { Project } from '../../shared/format'

type Draft = Record<string, unknown>

/** The entity a draft stands for: strings trimmed, empty optional strings and objects left out. */
export function cleanDraft(value: unknown, required: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => cleanDraft(item))
  if (typeof value === 'string') return value.trim()
  if (typeof value !== 'object' || value === null) return value
  const out: Draft = {}
  for (const [key, raw] of Object.entries(value as Draft)) {
    const clean = cleanDraft(raw)
    if (clean === undefined) continue
    if (clean === '' && !required.has(key)) continue
    Object.defineProperty(out, key, { value: clean, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/** The translated message of an issue (`messages.entity.<code>`), with its values. */
export function useIssueText(): (issue: EntityIssue | undefined) => string | undefined {
  const { t } = useTranslation()
  return useCallback((issue) => issue && messageText(t as unknown as Translate, issue), [t])
}

/** The form's name of the field an issue is at: the JSON path `contacts[1].email` is the field `contacts.1.email`. */
export function fieldOf(issue: EntityIssue): string {
  return issue.path.replace(/\[(\d+)\]/g, '.$1')
}

export interface EntityForm<D> {
  /** The id of the <form> element. */
  formId: string
  draft: D
  /** Replaces the draft (a function of the previous one) and marks `field` touched. */
  update: (change: (draft: D) => D, field?: string) => void
  /** Marks a field as visited, so its error shows. */
  touch: (field: string) => void
  issues: EntityIssue[]
  /** The error message to show under `field` now, if any. */
  errorOf: (field: string) => string | undefined
  /** The entity to save, or null (and every error shown, focus on the first) when it has problems. */
  submit: () => EntityOf[EntityKind] | null
  submitted: boolean
}

/**
 * Holds an editor's draft. `toEntity` turns the draft into the entity to check and save
 * (composing dates, dropping UI-only fields); it is cleaned by cleanDraft first.
 */
export function useEntityForm<K extends EntityKind, D>(project: Project, kind: K, initial: D, toEntity: (draft: D) => unknown, formId: string): EntityForm<D> {
  const [draft, setDraft] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const text = useIssueText()

  const entity = useMemo(() => cleanDraft(toEntity(draft)), [draft, toEntity])
  const issues = useMemo(() => entityIssues(project, kind, entity), [project, kind, entity])

  const touch = useCallback((field: string) => setTouched((before) => (before.has(field) ? before : new Set(before).add(field))), [])
  const update = useCallback(
    (change: (draft: D) => D, field?: string) => {
      setDraft(change)
      if (field) touch(field)
    },
    [touch],
  )
  const errorOf = useCallback(
    (field: string) => {
      if (!submitted && !touched.has(field)) return undefined
      return text(issues.find((issue) => fieldOf(issue) === field))
    },
    [issues, submitted, touched, text],
  )
  const submit = useCallback(() => {
    setSubmitted(true)
    if (issues.length === 0) return entity as EntityOf[EntityKind]
    const first = issues[0]!
    // Focus the first field with a problem; a row field such as `contacts.1.email` has its own id.
    requestAnimationFrame(() => {
      const form = document.getElementById(formId)
      const target = form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldOf(first))}"]`) ?? form?.querySelector<HTMLElement>('[aria-invalid="true"]')
      target?.focus()
    })
    return null
  }, [issues, entity, formId])

  return { formId, draft, update, touch, issues, errorOf, submit, submitted }
}
