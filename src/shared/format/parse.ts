// Reading a plan: from file text or an already-parsed value to a checked Project, or to a list of
// problems a planner can act on. Nothing in the file is executed, fetched or trusted.
import { type FormatIssue } from './issues'
import { readJson } from './jsonText'
import { FORMAT_NAME, FORMAT_VERSION, type Project } from './schema'
import { checkDocument, withoutFields } from './validate'

/** The outcome of reading a plan; `migratedFrom` is the file's older format version when it was upgraded in memory. */
export type ParseResult = { ok: true; project: Project; migratedFrom?: number } | { ok: false; errors: FormatIssue[] }

/** Turns a document of format version n into version n + 1 (a new object; the input is left alone). */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>

/**
 * Migrations by the version they upgrade from. Version 1 is the first format, so there are none
 * yet; the first change to the format adds `1: (doc) => …` here and raises FORMAT_VERSION.
 */
export const migrations: Readonly<Record<number, Migration>> = {}

const notCaravan = 'This is not a Caravan project file'

function fail(message: string, path = ''): ParseResult {
  return { ok: false, errors: [{ path, message }] }
}

function whatItIs(value: unknown): string {
  if (value === null) return 'it holds only null'
  if (Array.isArray(value)) return 'it holds a list, not a plan'
  if (typeof value === 'string') return 'it holds only a piece of text'
  if (typeof value === 'number') return 'it holds only a number'
  if (typeof value === 'boolean') return `it holds only ${String(value)}`
  return 'it is not JSON data'
}

/** Like validateProject, with the migration table given (tests use it to exercise upgrades). */
export function validateWith(value: unknown, table: Readonly<Record<number, Migration>>): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${notCaravan}: ${whatItIs(value)}.`)
  let document = value as Record<string, unknown>
  const format = document.format
  if (format !== FORMAT_NAME) {
    return fail(
      format === undefined
        ? `${notCaravan}: it has no "format": "${FORMAT_NAME}" line.`
        : `${notCaravan}: its format is ${JSON.stringify(format)}, not "${FORMAT_NAME}".`,
    )
  }
  const version = document.formatVersion
  if (version === undefined || version === null) return fail('is missing; a Caravan file says which format version it uses, such as 1', 'formatVersion')
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(`should be a whole number such as ${FORMAT_VERSION}, not ${JSON.stringify(version) ?? String(version)}`, 'formatVersion')
  }
  if (version > FORMAT_VERSION) {
    return fail(
      `This plan was made by a newer Caravan (format version ${version}); this Caravan reads format version ${FORMAT_VERSION} and older. Update Caravan to open it.`,
    )
  }
  let migratedFrom: number | undefined
  if (version < FORMAT_VERSION) {
    for (let from = version; from < FORMAT_VERSION; from++) {
      const migrate = table[from]
      if (!migrate) {
        return fail(`This plan says it is format version ${version}, which no Caravan has written; the file may be damaged.`)
      }
      try {
        document = migrate(document)
      } catch (error) {
        return fail(`This plan (format version ${version}) could not be upgraded: ${error instanceof Error ? error.message : String(error)}`)
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
  if (typeof text !== 'string') return fail(`${notCaravan}: it is not text.`)
  const json = readJson(text)
  if (!json.ok) return fail(json.message, json.path)
  return validateProject(json.value)
}
