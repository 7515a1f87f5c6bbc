// The window's first load: the script the renderer runs before it shows a plan is what its entry
// (src/renderer/main.tsx) reaches through static imports; everything behind an `import()` is fetched
// later, when the planner opens the part that needs it. These libraries serve parts that the
// timeline's first paint never shows, so a static import that pulls one back in slows every start.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const entry = resolve('src/renderer/main.tsx')

/** Static, non-type-only import and re-export specifiers of one source file. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
      if (!typeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text)
    }
  }
  return found
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''))
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((path) => existsSync(path) && !path.endsWith('/'))
}

/** The packages whose script the entry reaches through static imports (a package's stylesheet is not script). */
function firstLoadPackages(): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue
    seen.add(file)
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier)
        if (local) queue.push(local)
      } else if (!specifier.endsWith('.css')) packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)
    }
  }
  return packages
}

describe("the window's first load", () => {
  const packages = firstLoadPackages()

  it('carries the libraries the timeline needs', () => {
    expect(packages).toContain('react-dom')
    expect(packages).toContain('i18next')
  })

  it('leaves the exchange formats, the coverage map, the guide, the calendar popup and the holiday rules for later', () => {
    for (const later of ['exceljs', 'papaparse', 'ical.js', 'd3-geo', 'topojson-client', 'world-atlas', 'marked', 'react-day-picker', 'date-holidays', 'moment-timezone'])
      expect(packages, `${later} is in the first load`).not.toContain(later)
  })
})
