// Reading a plan: from file text or an already-parsed value to a checked Project, or to a list of
// coded problems a planner can act on. Nothing in the file is executed, fetched or trusted.
import { issue, type Issue, type MessageCode, type ValuesArg } from '../messages'
import { readJson } from './jsonText'
import { FORMAT_NAME, FORMAT_VERSION, type Project } from './schema'
import { checkDocument, withoutFields } from './validate'

/** The outcome of reading a plan; `migratedFrom` is the file's older format version when it was upgraded in memory. */
export type ParseResult = { ok: true; project: Project; migratedFrom?: number } | { ok: false; errors: Issue[] }

/** Turns a document of format version n into version n + 1 (a new object; the input is left alone). */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>

/**
 * Migrations by the version they upgrade from. Version 1 is the first format, so there are none
 * yet; the first change to the format adds `1: (doc) => …` here and raises FORMAT_VERSION.
 */
export const migrations: Readonly<Record<number, Migration>> = {}

function fail<C extends MessageCode>(path: string, code: C, ...values: ValuesArg<C>): ParseResult {
  return { ok: false, errors: [issue(path, code, ...values)] }
}

function whatItHolds(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'other'
}

/** Like validateProject, with the migration table given (tests use it to exercise upgrades). */
export function validateWith(value: unknown, table: Readonly<Record<number, Migration>>): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('', 'file.holdsNoPlan', { holds: whatItHolds(value), foundValue: typeof value === 'boolean' ? String(value) : '' })
  let document = value as Record<string, unknown>
  const format = document.format
  if (format !== FORMAT_NAME) {
    return format === undefined
      ? fail('', 'file.noFormatLine', { expected: FORMAT_NAME })
      : fail('', 'file.otherFormat', { foundValue: String(JSON.stringify(format)), expected: FORMAT_NAME })
  }
  const version = document.formatVersion
  if (version === undefined || version === null) return fail('formatVersion', 'format.versionMissing', { example: 1 })
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('formatVersion', 'format.versionNotWhole', { example: FORMAT_VERSION, foundValue: JSON.stringify(version) ?? String(version) })
  }
  if (version > FORMAT_VERSION) {
    return fail('', 'file.newerVersion', { version, supported: FORMAT_VERSION })
  }
  let migratedFrom: number | undefined
  if (version < FORMAT_VERSION) {
    for (let from = version; from < FORMAT_VERSION; from++) {
      const migrate = table[from]
      if (!migrate) {
        return fail('', 'file.unknownVersion', { version })
      }
      try {
        document = migrate(document)
      } catch (error) {
        return fail('', 'file.upgradeFailed', { version, detail: error instanceof Error ? error.message : String(error) })
      }
    }
    migratedFrom = version
  }
  const { issues, nulls } = checkDocument(document)
  if (issues.length > 0) return { ok: false, errors: issues }
  const project = (nulls.length > 0 ? withoutFields(document, nulls) : document) as Project
  return migratedFrom === undefined ? { ok: true, project } : { ok: true, project, migratedFrom }
}

/** Checks an already-parsed value (an IPC argument, a migrated document) against FORMAT.md. The valid input comes back as the same object. */
export function validateProject(value: unknown): ParseResult {
  return validateWith(value, migrations)
}

/** Reads a plan from file text: any garbage in, a Project or readable problems out. */
export function parseProject(text: string): ParseResult {
  if (typeof text !== 'string') return fail('', 'file.notText')
  const json = readJson(text)
  if (!json.ok) return { ok: false, errors: [{ path: json.path ?? '', ...json.message }] }
  return validateProject(json.value)
}
