// Help ▸ User Guide: the README's usage sections, bundled at build time (no network), read with
// marked's lexer into plain blocks that React renders as text: no HTML from the file reaches the
// page, so the guide needs no innerHTML and keeps to the CSP.
import { Lexer, type Token, type Tokens } from 'marked'

/** One run of text in a block. */
export type Inline = { type: 'text' | 'strong' | 'em' | 'code'; text: string }

/** The guide as blocks: headings (with an id for the contents), paragraphs, lists and code. */
export type GuideBlock =
  | { type: 'heading'; depth: number; id: string; text: string }
  | { type: 'paragraph'; inline: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string }

/** The README's sections a planner reads (its other sections are for developers). */
export const usageSections = ['Using Caravan', 'Print and Export PDF', 'Saving is safe'] as const
/** The Chinese getting-started section, shown first in Chinese. */
export const chineseSection = '简体中文：安装与入门'

/** The `## ` sections of `markdown` with these titles, in the order asked. */
export function sections(markdown: string, titles: readonly string[]): string {
  const parts = markdown.split(/^(?=## )/m)
  return titles
    .map((title) => parts.find((p) => p.startsWith(`## ${title}\n`)))
    .filter((p): p is string => p !== undefined)
    .join('\n')
}

function inline(tokens: readonly Token[] | undefined, out: Inline[] = [], style: Inline['type'] = 'text'): Inline[] {
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
      case 'em':
        inline((token as Tokens.Strong | Tokens.Em).tokens, out, token.type)
        break
      case 'codespan':
        out.push({ type: 'code', text: decode((token as Tokens.Codespan).text) })
        break
      case 'link':
        // A link's words only: the guide opens nothing.
        inline((token as Tokens.Link).tokens, out, style)
        break
      case 'br':
        out.push({ type: style, text: '\n' })
        break
      default: {
        const t = token as Tokens.Text
        if (t.tokens && t.tokens.length > 0) inline(t.tokens, out, style)
        else out.push({ type: style, text: decode(t.text ?? t.raw) })
      }
    }
  }
  return out
}

// marked escapes &, <, >, " and ' in text tokens; the guide shows the characters.
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _)

const slug = (text: string, index: number): string => `guide-${index}-${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`

/** The guide's blocks from markdown. */
export function guideBlocks(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = []
  for (const token of Lexer.lex(markdown)) {
    if (token.type === 'heading') {
      const h = token as Tokens.Heading
      const text = inline(h.tokens).map((i) => i.text).join('')
      blocks.push({ type: 'heading', depth: h.depth, id: slug(text, blocks.length), text })
    } else if (token.type === 'paragraph') blocks.push({ type: 'paragraph', inline: inline((token as Tokens.Paragraph).tokens) })
    else if (token.type === 'list') {
      const list = token as Tokens.List
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => inline(item.tokens)) })
    } else if (token.type === 'code') blocks.push({ type: 'code', text: (token as Tokens.Code).text })
  }
  return blocks
}
