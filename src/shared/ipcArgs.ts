// Argument checks for every IPC channel, used by main before a handler runs: the renderer is
// not trusted (DESIGN.md). Kept apart from ipc.ts so the preload never loads zod.
import { z } from 'zod'
import type { Project } from './format'
import type { Args, Channel, NativeMenuItem } from './ipc'

const planId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
/** View settings are small; a renderer sending megabytes is refused. */
const smallJson = z.unknown().refine((v) => JSON.stringify(v ?? null).length <= 64 * 1024, 'view settings larger than 64 KiB')
const label = z.string().max(300)
const menuItem: z.ZodType<NativeMenuItem> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('separator') }),
    z.object({
      type: z.literal('command'),
      command: z.string().max(100),
      arg: z.string().max(4096).optional(),
      label,
      accelerator: z.string().max(60).optional(),
      enabled: z.boolean(),
      checked: z.boolean().optional(),
    }),
    z.object({ type: z.literal('submenu'), label, items: z.array(menuItem).max(100) }),
  ]),
) as z.ZodType<NativeMenuItem>

/**
 * Argument checks for every channel: the renderer is not trusted. The project inside
 * `project:save` is only shape-checked here; main validates it fully against the format.
 */
export const argSchemas: { [K in Channel]: z.ZodType<Args<K>> } = {
  'app:start': z.undefined(),
  'project:open': z.undefined(),
  'project:openRecent': z.object({ path: z.string().min(1).max(4096) }),
  'project:save': z.object({
    project: z.custom<Project>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    saveAs: z.boolean(),
    overwrite: z.boolean(),
  }),
  'project:forget': z.undefined(),
  'window:state': z.object({ title: z.string().max(500), dirty: z.boolean() }),
  'window:close': z.undefined(),
  'recent:list': z.undefined(),
  'recent:forget': z.union([z.object({ paths: z.array(z.string().max(4096)).max(100) }), z.object({ missing: z.literal(true) })]),
  'view:get': z.object({ planId }),
  'view:set': z.object({ planId, view: smallJson, filter: smallJson }),
  'settings:get': z.undefined(),
  'settings:set': z.object({ language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).max(35).nullable() }),
  'menu:update': z.object({ menus: z.array(z.object({ id: z.string().max(40), label, items: z.array(menuItem).max(100) })).max(20) }),
}

