// Argument checks for every IPC channel, used by main before a handler runs: the renderer is
// not trusted (DESIGN.md). Kept apart from ipc.ts so the preload never loads zod.
import { z } from 'zod'
import type { Project } from './format'
import type { Args, Channel } from './ipc'

/**
 * Argument checks for every channel: the renderer is not trusted. The project inside
 * `project:save` is only shape-checked here; main validates it fully against the format.
 */
export const argSchemas: { [K in Channel]: z.ZodType<Args<K>> } = {
  'app:start': z.undefined(),
  'project:open': z.undefined(),
  'project:save': z.object({
    project: z.custom<Project>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    saveAs: z.boolean(),
    overwrite: z.boolean(),
  }),
  'project:forget': z.undefined(),
  'window:state': z.object({ title: z.string().max(500), dirty: z.boolean() }),
  'window:close': z.undefined(),
}

