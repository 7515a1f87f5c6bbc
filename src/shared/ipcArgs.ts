// Argument checks for every IPC channel, used by main before a handler runs: the renderer is
// not trusted (DESIGN.md). Kept apart from ipc.ts so the preload never loads zod.
import { z } from 'zod'
import type { Project } from './format'
import { exchangeKinds, type TableWords } from './exchange/tables'
import type { Args, Channel, NativeMenuItem } from './ipc'

/** Starts with "{" and ends with "}", by its first and last characters that are not white space. */
function looksLikeObject(text: string): boolean {
  const first = text.search(/\S/)
  let last = text.length - 1
  while (last > first && /\s/.test(text[last]!)) last--
  return first >= 0 && text[first] === '{' && text[last] === '}'
}

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
  'project:reload': z.undefined(),
  'project:openInUse': z.object({ mode: z.enum(['readOnly', 'takeOver']) }),
  'project:readOther': z.undefined(),
  'project:readCurrent': z.undefined(),
  'project:openRecent': z.object({ path: z.string().min(1).max(4096) }),
  'project:save': z.object({
    project: z.custom<Project>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    saveAs: z.boolean(),
    overwrite: z.boolean(),
    expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
  'project:forget': z.undefined(),
  'app:about': z.undefined(),
  'project:openDropped': z.object({ path: z.string().min(1).max(4096) }),
  'window:state': z.object({ title: z.string().max(500), dirty: z.boolean() }),
  'window:close': z.undefined(),
  'recent:list': z.undefined(),
  'recent:forget': z.union([z.object({ paths: z.array(z.string().max(4096)).max(100) }), z.object({ missing: z.literal(true) })]),
  'view:get': z.object({ planId }),
  'view:set': z.object({ planId, view: smallJson, filter: smallJson }),
  'recovery:write': z.object({
    planId,
    title: z.string().max(500),
    path: z.string().min(1).max(4096).optional(),
    baseHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    calls: z.array(z.unknown()).max(100_000).optional(),
    // A JSON object's text (checked in full when recovered: main does not parse 40 MB on every autosave).
    projectJson: z.string().max(64 * 2 ** 20).refine(looksLikeObject),
    count: z.number().int().min(0),
    lastLabel: z.object({ key: z.string().max(100), values: z.record(z.string(), z.string().max(1000)) }).optional(),
  }),
  'recovery:clear': z.undefined(),
  'recovery:list': z.undefined(),
  'recovery:open': z.object({ id: z.string().max(40) }),
  'recovery:discard': z.object({ id: z.string().max(40) }),
  'exchange:export': z.object({
    format: z.enum(['ics', 'csv', 'xlsx']),
    what: z.enum(exchangeKinds).optional(),
    project: z.custom<Project>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
    words: z.object({ columns: z.record(z.string().max(40), z.string().max(200)), sheets: z.record(z.string().max(40), z.string().max(31)) }) as unknown as z.ZodType<TableWords>,
    language: z.string().min(1).max(35),
    summary: z.enum(['title', 'local', 'both']).optional(),
    ids: z.array(z.string().max(64)).max(1_000_000).optional(),
  }),
  'exchange:read': z.object({ kind: z.enum(['calendar', 'spreadsheet']) }),
  'print:print': z.undefined(),
  'print:pdf': z.object({ suggestedName: z.string().min(1).max(300) }),
  'settings:get': z.undefined(),
  'settings:set': z.object({
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).max(35).nullable(),
    keepVersions: z.object({ recent: z.number().int().min(1).max(1000), days: z.number().int().min(0).max(3650) }).optional(),
  }),
  'versions:list': z.object({ planId }),
  'versions:read': z.object({ planId, id: z.string().max(40) }),
  'versions:find': z.object({ planId, revision: planId }),
  'menu:update': z.object({ menus: z.array(z.object({ id: z.string().max(40), label, items: z.array(menuItem).max(100) })).max(20) }),
}

