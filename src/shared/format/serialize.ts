// Writing a plan canonically (FORMAT.md "Writing rules"): keys in the order of FORMAT.md, then
// fields this reader does not know in their original order; 2-space indent, `\n`, one trailing
// newline; optional fields that are empty are left out.
import { z } from 'zod'
import {
  budgetSchema,
  channelSchema,
  contactSchema,
  coproductionSchema,
  dependencySchema,
  eventSchema,
  partnerSchema,
  phaseSchema,
  projectSchema,
  releaseSchema,
  venueSchema,
  audienceSchema,
  strategySchema,
  nonWorkingDaySchema,
  type Project,
} from './schema'

interface Shape {
  order: readonly string[]
  known: ReadonlySet<string>
  index: ReadonlyMap<string, number>
  optional: ReadonlySet<string>
  /** Entity shapes of nested objects (`budget`) and of the items of nested lists (`events`). */
  children: Readonly<Record<string, Shape>>
}

function shapeOf(schema: { shape: Record<string, z.ZodType> }, children: Record<string, Shape> = {}): Shape {
  const order = Object.keys(schema.shape)
  const optional = order.filter((key) => schema.shape[key]!.safeParse(undefined).success)
  return { order, known: new Set(order), index: new Map(order.map((key, i) => [key, i])), optional: new Set(optional), children }
}

const phase = shapeOf(phaseSchema)
const release = shapeOf(releaseSchema)
const projectShape = shapeOf(projectSchema, {
  partners: shapeOf(partnerSchema, { contacts: shapeOf(contactSchema) }),
  venues: shapeOf(venueSchema),
  events: shapeOf(eventSchema, { budget: shapeOf(budgetSchema) }),
  coproductions: shapeOf(coproductionSchema, { phases: phase, releases: release }),
  dependencies: shapeOf(dependencySchema),
  channels: shapeOf(channelSchema),
  audiences: shapeOf(audienceSchema),
  strategies: shapeOf(strategySchema),
  nonWorkingDays: shapeOf(nonWorkingDaySchema),
})

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function setData(out: Record<string, unknown>, key: string, value: unknown): void {
  // `out.__proto__ = v` would replace the prototype; the file's `__proto__` key is data.
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}

/** True when the entity already has its keys in canonical order and no empty optional field. */
function isCanonical(o: Record<string, unknown>, shape: Shape): boolean {
  let next = 0
  let pastKnown = false
  for (const key of Object.keys(o)) {
    const index = shape.index.get(key)
    if (index === undefined) {
      pastKnown = true
      continue
    }
    if (pastKnown || index < next) return false
    next = index + 1
    const value = o[key]
    if (value === undefined) continue // JSON.stringify leaves it out, as it should
    if (shape.optional.has(key) && isEmpty(value)) return false
    const child = shape.children[key]
    if (child && withShape(value, child) !== value) return false
  }
  return true
}

/** The entity with its keys in canonical order and empty optional fields left out (the same object when it already is). */
function ordered(o: Record<string, unknown>, shape: Shape): Record<string, unknown> {
  if (isCanonical(o, shape)) return o
  const out: Record<string, unknown> = {}
  for (const key of shape.order) {
    const value = o[key]
    if (value === undefined || (shape.optional.has(key) && isEmpty(value))) continue
    const child = shape.children[key]
    out[key] = child ? withShape(value, child) : value
  }
  for (const key of Object.keys(o)) if (!shape.known.has(key)) setData(out, key, o[key])
  return out
}

function withShape(value: unknown, shape: Shape): unknown {
  if (!Array.isArray(value)) return isPlainObject(value) ? ordered(value, shape) : value
  let copy: unknown[] | undefined
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    const next = isPlainObject(item) ? ordered(item, shape) : item
    if (next !== item && copy === undefined) copy = value.slice(0, i)
    if (copy !== undefined) copy.push(next)
  }
  return copy ?? value
}

/**
 * The canonical text of a plan, to be written as UTF-8 without BOM. Does not validate. Only
 * entities out of canonical order are copied (shallowly), and JSON.stringify, several times
 * faster than a writer in JavaScript, prints the result.
 */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(ordered(project, projectShape), null, 2)}\n`
}
