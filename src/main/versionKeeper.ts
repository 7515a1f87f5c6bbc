// What the handlers do with the version history: keep each saved version (after the save has
// answered: a failure only costs that version), keep a revision first seen when opening, and
// answer the renderer's versions:* calls.
import type { Project } from '../shared/format'
import type { Args, Result } from '../shared/ipc'
import type { SettingsStore } from './settings'
import { VersionHistory, defaultKeepVersions } from './versions'

type VersionChannel = 'versions:list' | 'versions:read' | 'versions:find'

const inFlight = new Set<Promise<unknown>>()

/** Resolves once every version being kept in this process is on disk (before quitting, or removing a test's folder). */
export async function versionWritesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

/** The version history of one user-data folder, kept as the settings say. */
export function createVersionKeeper(userDataDir: string, settings: SettingsStore, now?: () => Date) {
  const versions = new VersionHistory(userDataDir, now)
  const policy = async () => (await settings.read())?.keepVersions ?? defaultKeepVersions
  const keep = (project: Project, text: string | undefined, previous: Project | undefined, opened = false): void => {
    const run = policy()
      .then((limits) => versions.keep(project, text, previous, limits, opened))
      .catch(() => undefined)
    inFlight.add(run)
    void run.finally(() => inFlight.delete(run))
  }
  return {
    /** Keeps a saved version (`text`: the bytes written) with what changed against `previous`. */
    saved: (project: Project, text: string | undefined, previous: Project | undefined): void => keep(project, text, previous),
    /** A revision the history does not have yet is kept as opened: a copy made from it finds its ancestor. */
    opened: (project: Project): void => {
      const revision = project.revision
      if (revision === undefined) return
      const run = versions
        .has(project.id, revision)
        .then((known) => known || keep(project, undefined, undefined, true))
        .catch(() => undefined)
      inFlight.add(run)
      void run.finally(() => inFlight.delete(run))
    },
    handlers: {
      'versions:list': ({ planId }: Args<'versions:list'>): Promise<Result<'versions:list'>> => versions.list(planId),
      'versions:read': ({ planId, id }: Args<'versions:read'>): Promise<Result<'versions:read'>> => versions.read(planId, id),
      'versions:find': ({ planId, revision }: Args<'versions:find'>): Promise<Result<'versions:find'>> => versions.find(planId, revision),
    } satisfies Record<VersionChannel, unknown>,
  }
}
