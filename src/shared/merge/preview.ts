// The merge view's timeline preview: the items whose dates a merge would change (moved, added or
// removed), each with its span in the open plan and in the merged plan, on one day axis.
import type { Project } from '../format'

/** A day span, ISO dates, `end` inclusive. */
export interface DaySpan {
  start: string
  end: string
}

export interface PreviewRow {
  id: string
  kind: 'event' | 'phase' | 'release'
  /** The event's or co-production's title (a phase or release is named by its co-production). */
  title: string
  /** The phase kind, for a phase (the renderer names it). */
  phase?: string
  /** Where it is now; absent when the merge adds it. */
  before?: DaySpan
  /** Where the merge puts it; absent when the merge removes it. */
  after?: DaySpan
}

export interface TimelinePreview {
  rows: PreviewRow[]
  /** The axis: every span of every row lies within it. */
  start: string
  end: string
}

type Dated = { id: string; kind: PreviewRow['kind']; title: string; phase?: string; span: DaySpan }

const day = (value: string): string => value.slice(0, 10)

function datedItems(project: Project): Map<string, Dated> {
  const out = new Map<string, Dated>()
  for (const e of project.events) out.set(e.id, { id: e.id, kind: 'event', title: e.title, span: { start: day(e.start), end: day(e.end) } })
  for (const c of project.coproductions) {
    for (const p of c.phases) out.set(p.id, { id: p.id, kind: 'phase', title: c.title, phase: p.kind, span: { start: day(p.start), end: day(p.end) } })
    for (const r of c.releases) out.set(r.id, { id: r.id, kind: 'release', title: c.title, span: { start: day(r.start), end: day(r.start) } })
  }
  return out
}

const sameSpan = (a: DaySpan, b: DaySpan) => a.start === b.start && a.end === b.end

/** What the merge does to the timeline, at most `limit` rows (the earliest first); null when it moves nothing. */
export function timelinePreview(ours: Project, merged: Project, limit = 40): TimelinePreview | null {
  const before = datedItems(ours)
  const after = datedItems(merged)
  const rows: PreviewRow[] = []
  for (const [id, item] of after) {
    const was = before.get(id)
    if (was && sameSpan(was.span, item.span)) continue
    rows.push({ id, kind: item.kind, title: item.title, ...(item.phase ? { phase: item.phase } : {}), ...(was ? { before: was.span } : {}), after: item.span })
  }
  for (const [id, item] of before) {
    if (!after.has(id)) rows.push({ id, kind: item.kind, title: item.title, ...(item.phase ? { phase: item.phase } : {}), before: item.span })
  }
  if (rows.length === 0) return null
  const first = (r: PreviewRow) => [r.before?.start, r.after?.start].filter((d): d is string => d !== undefined).sort()[0]!
  rows.sort((a, b) => first(a).localeCompare(first(b)) || a.id.localeCompare(b.id))
  const shown = rows.slice(0, limit)
  const days = shown.flatMap((r) => [r.before, r.after]).flatMap((s) => (s ? [s.start, s.end] : [])).sort()
  return { rows: shown, start: days[0]!, end: days.at(-1)! }
}
