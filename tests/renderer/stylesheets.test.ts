// A lint for the stylesheets: colours live only in theme/tokens.css, the timeline's sizes only in
// timeline/layout.ts (which publishes them as custom properties), and every var() names something
// that is defined. Reads the real .css files with postcss, the parser Vite itself uses.
import colorNames from 'color-name'
import postcss, { type Declaration } from 'postcss'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LAYOUT_CSS_VARIABLES } from '../../src/renderer/timeline/layout'

const rendererDir = join(import.meta.dirname, '../../src/renderer')
const tokensFile = 'theme/tokens.css'

function stylesheets(): { file: string; css: string }[] {
  const entries = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
  return entries
    .filter((entry) => entry.endsWith('.css'))
    .sort()
    .map((entry) => ({ file: relative(rendererDir, join(rendererDir, entry)).replaceAll('\\', '/'), css: readFileSync(join(rendererDir, entry), 'utf8') }))
}

function declarations(css: string, file: string): Declaration[] {
  const found: Declaration[] = []
  postcss.parse(css, { from: file }).walkDecls((decl) => void found.push(decl))
  return found
}

const where = (file: string, decl: Declaration) => `${file}:${decl.source?.start?.line ?? '?'} ${decl.prop}: ${decl.value}`

/** The value without its quoted strings (font names), so that only CSS words are looked at. */
const unquoted = (value: string) => value.replace(/'[^']*'|"[^"]*"/g, '""')

const colourFunction = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i
const hexColour = /#[0-9a-f]{3,8}\b/i
// `transparent` and `currentColor` say "no colour of its own", not a colour choice.
const named = new Set(Object.keys(colorNames).filter((name) => name !== 'transparent'))

/** The raw colours a value spells out: hex, colour functions and named colours. */
function rawColours(value: string): string[] {
  const text = unquoted(value)
  const found: string[] = []
  const hex = text.match(new RegExp(hexColour, 'gi'))
  if (hex) found.push(...hex)
  const fn = text.match(new RegExp(colourFunction, 'gi'))
  if (fn) found.push(...fn)
  for (const match of text.matchAll(/(?<![\w-])([a-z]+)(?![\w(-])/gi)) if (named.has(match[1]!.toLowerCase())) found.push(match[1]!)
  return found
}

/** Where a stylesheet spells a number that a layout constant owns, e.g. `264px` for the lane-header width. */
function layoutLiterals(value: string, sizes: Readonly<Record<string, number>>): string[] {
  const text = unquoted(value)
  return Object.entries(sizes).flatMap(([name, px]) => (new RegExp(`(?<![\\w.-])${px}px\\b`).test(text) ? [`${px}px (${name})`] : []))
}

describe('the stylesheets', () => {
  const sheets = stylesheets()

  it('are found beside their features', () => {
    expect(sheets.map((s) => s.file)).toContain(tokensFile)
    expect(sheets.filter((s) => s.file.startsWith('timeline/')).length).toBeGreaterThan(0)
  })

  it('spell no colour outside the tokens', () => {
    const offenders = sheets
      .filter((s) => s.file !== tokensFile)
      .flatMap(({ file, css }) => declarations(css, file).flatMap((decl) => (rawColours(decl.value).length > 0 ? [where(file, decl)] : [])))
    expect(offenders).toEqual([])
  })

  it('keep the tokens file to custom properties', () => {
    const tokens = sheets.find((s) => s.file === tokensFile)!
    const others = declarations(tokens.css, tokensFile).filter((decl) => !decl.prop.startsWith('--'))
    expect(others.map((decl) => where(tokensFile, decl))).toEqual([])
  })

  it("never repeat a timeline size that layout.ts owns", () => {
    const offenders = sheets
      .filter((s) => s.file.startsWith('timeline/'))
      .flatMap(({ file, css }) => declarations(css, file).flatMap((decl) => layoutLiterals(decl.value, LAYOUT_CSS_VARIABLES).map((hit) => `${where(file, decl)} → ${hit}`)))
    expect(offenders).toEqual([])
  })

  it('use only custom properties that are defined, the layout ones only inside the timeline', () => {
    const defined = new Set(sheets.flatMap(({ file, css }) => declarations(css, file).filter((decl) => decl.prop.startsWith('--')).map((decl) => decl.prop)))
    const layout = new Set(Object.keys(LAYOUT_CSS_VARIABLES))
    const offenders = sheets.flatMap(({ file, css }) =>
      declarations(css, file).flatMap((decl) =>
        [...decl.value.matchAll(/var\(\s*(--[\w-]+)/g)]
          .map((match) => match[1]!)
          .filter((name) => (layout.has(name) ? !file.startsWith('timeline/') : !defined.has(name)))
          .map((name) => `${where(file, decl)} → ${name}`),
      ),
    )
    expect(offenders).toEqual([])
  })
})

describe('the stylesheet lint', () => {
  it('catches hex, functional and named colours, and lets tokens and keywords pass', () => {
    expect(rawColours('1px solid #c3c9d1')).toEqual(['#c3c9d1'])
    expect(rawColours('0 2px 6px rgb(16 24 40 / 0.12)')).toEqual(['rgb('])
    expect(rawColours('hsl(210 50% 40%)')).toEqual(['hsl('])
    expect(rawColours('1px solid white')).toEqual(['white'])
    expect(rawColours('color-mix(in srgb, var(--bar) 16%, var(--surface))')).toEqual([])
    expect(rawColours('transparent')).toEqual([])
    expect(rawColours("'Noto Sans', Arial, sans-serif")).toEqual([])
    expect(rawColours('var(--border-strong)')).toEqual([])
  })

  it('catches a layout size written out, and not a size that merely contains its digits', () => {
    const sizes = { '--lane-header-width': 264, '--bar-height': 22 }
    expect(layoutLiterals('264px', sizes)).toEqual(['264px (--lane-header-width)'])
    expect(layoutLiterals('calc(100% - 22px)', sizes)).toEqual(['22px (--bar-height)'])
    expect(layoutLiterals('1264px 122px 2.22px', sizes)).toEqual([])
    expect(layoutLiterals('var(--lane-header-width)', sizes)).toEqual([])
  })
})
