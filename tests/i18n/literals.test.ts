// Every word a component shows comes from the catalogue: a literal in JSX text, or in a prop that
// is read out or shown (aria-label, title, placeholder, alt…), is a string the Chinese interface
// would show in English. The components are read with TypeScript's parser, not run.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../../src/renderer')
const shownProps = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label'])
/** Text that is a word in no language: punctuation, arrows, digits, symbols. */
const wordless = (text: string) => !/[\p{L}]/u.test(text)

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return componentFiles(path)
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : []
  })
}

/** The literal strings of a JSX expression that would be shown as they are (both arms of a `?:`, either side of `??`/`||`). */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node]
  if (ts.isTemplateExpression(node)) return wordless(node.head.text + node.templateSpans.map((s) => s.literal.text).join('')) ? [] : [node]
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression)
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)]
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind)) {
    return [...shownLiterals(node.left), ...shownLiterals(node.right)].filter((n) => n !== node.left || node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken)
  }
  return []
}

/** Each literal a component shows: `file:line: text`. */
export function literalsIn(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    if (wordless(text)) return
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf))
    found.push(`${relative(root, file)}:${line + 1}: ${text.trim()}`)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of shownLiterals(node.expression)) report(literal, literal.getText(sf))
    }
    if (ts.isJsxAttribute(node) && shownProps.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer
      if (ts.isStringLiteral(init)) report(init, init.text)
      else if (ts.isJsxExpression(init) && init.expression) for (const literal of shownLiterals(init.expression)) report(literal, literal.getText(sf))
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

describe('components show only catalogue text', () => {
  it('finds a literal when there is one (the check itself works)', () => {
    const sample = `const A = () => <div title="Close" aria-label={open ? 'Open it' : t('x')}><b>Hello</b>{' · '}{label ?? 'None'}<input placeholder={t('y')} /></div>`
    expect(literalsIn(join(root, 'Sample.tsx'), sample).map((l) => l.replace(/^.*?: /, ''))).toEqual(['Close', "'Open it'", 'Hello', "'None'"])
  })

  it('no component renders a literal string', () => {
    const files = componentFiles(root)
    expect(files.length).toBeGreaterThan(10)
    expect(files.flatMap((file) => literalsIn(file, readFileSync(file, 'utf8')))).toEqual([])
  })
})
