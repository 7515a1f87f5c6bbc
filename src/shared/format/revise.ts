// Giving a saved plan a new revision (FORMAT.md "Revisions and merges"): the previous revision
// moves to the front of `lineage`, which keeps at most MAX_LINEAGE ids, newest first.
import { MAX_LINEAGE, type Project } from './schema'

/** What a plan says about its history: its revision and the revisions it descends from. */
export interface RevisionInfo {
  revision?: string | undefined
  lineage?: readonly string[] | undefined
}

/**
 * A revision id for a version saved at `at`: `r-YYYYMMDD-HHMM-` and `random` (lower-case letters
 * and digits, 4–12 of them, so two saves in one minute still differ), e.g. `r-20261201-0930-k3x9`.
 */
export function revisionId(at: Date, random: string): string {
  const iso = at.toISOString()
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`
  const tail = random.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12).padEnd(4, '0')
  return `r-${stamp}-${tail}`
}

/** The lineage a new version gets: `previous`'s revision first, then its lineage, without repeats, at most MAX_LINEAGE. */
export function lineageAfter(previous: RevisionInfo, extra: readonly RevisionInfo[] = []): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (id: string | undefined): void => {
    if (id === undefined || seen.has(id) || out.length >= MAX_LINEAGE) return
    seen.add(id)
    out.push(id)
  }
  // The parents first (a merge has two), then their ancestors, each newest first.
  const parents = [previous, ...extra]
  for (const p of parents) add(p.revision)
  const longest = Math.max(0, ...parents.map((p) => p.lineage?.length ?? 0))
  for (let i = 0; i < longest; i++) for (const p of parents) add(p.lineage?.[i])
  return out
}

/**
 * `project` as a new version `id` that descends from `previous` (default: the project's own
 * revision and lineage) and, for a merge, from `extra` too. Never changes anything else.
 */
export function withRevision(project: Project, id: string, previous: RevisionInfo = project, extra: readonly RevisionInfo[] = []): Project {
  const lineage = lineageAfter(previous, extra).filter((r) => r !== id)
  const { revision: _r, lineage: _l, ...rest } = project
  const next = { ...rest, revision: id } as Project
  if (lineage.length > 0) next.lineage = lineage
  return next
}

const modifiedAtKey = '\n  "modifiedAt": '
const partnersKey = '\n  "partners": '

/**
 * Canonical text of `withRevision(...)` made from the canonical text of the project it came
 * from, by rewriting only the root's `modifiedAt`, `revision` and `lineage` lines (they sit
 * together, just before `partners`): the same bytes as serializing it again, without walking
 * megabytes of JSON twice. Undefined when `text` does not have that shape.
 */
export function rewriteRevisionLines(text: string, revised: Project): string | undefined {
  const start = text.indexOf(modifiedAtKey)
  const end = text.indexOf(partnersKey)
  if (start < 0 || end < start) return undefined
  const fields: Record<string, unknown> = { modifiedAt: revised.modifiedAt }
  if (revised.revision !== undefined) fields.revision = revised.revision
  if (revised.lineage !== undefined && revised.lineage.length > 0) fields.lineage = revised.lineage
  const inner = JSON.stringify(fields, null, 2).slice(1, -2)
  return `${text.slice(0, start)}${inner},${text.slice(end)}`
}

/**
 * The plan brought back to an earlier `version` of it: the version's content, but the open plan's
 * own revision, lineage and saved views, so the next save descends from what is on disk now.
 */
export function restoredVersion(current: Project, version: Project): Project {
  const { revision: _r, lineage: _l, views: _v, ...content } = version
  const next = { ...content } as Project
  if (current.revision !== undefined) next.revision = current.revision
  if (current.lineage !== undefined) next.lineage = current.lineage
  if (current.views !== undefined) next.views = current.views
  return next
}
