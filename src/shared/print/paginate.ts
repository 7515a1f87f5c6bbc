// Rows on pages that never split: a row that does not fit goes whole to the next page, a group
// heading never ends a page, and a page that starts inside a group repeats its headings.

/** Width of text in ems, roughly: CJK and other wide characters take a full em, the rest about half. */
export function textEms(text: string): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    ems += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x20000) ? 1 : 0.6
  }
  return ems
}

/** Lines `text` wraps to in a column `widthPt` wide at `fontPt` (at least 1 for any text, 0 for none). */
export function linesOf(text: string, widthPt: number, fontPt: number): number {
  if (text === '') return 0
  const perLine = Math.max(1, widthPt / fontPt)
  // Lines break between words: a line holds a little less than its width, about half a word less.
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textEms(line) / Math.max(1, perLine * 0.85))), 0)
}

/** A heading of a group (a month, a week, a partner): `level` 0 is the outer one. */
export interface Heading {
  kind: 'heading'
  level: number
  key: string
  height: number
}

/** A row that never splits. */
export interface Row {
  kind: 'row'
  id: string
  height: number
}

export type Block = Heading | Row

/** A block on a page; a heading repeated at the top of a page that continues its group is `continued`. */
export type Placed = (Heading & { continued: boolean }) | Row

export interface PaginateOptions {
  /** Height of the page body, points. */
  height: number
  /** Start a new page at every heading of this level (partner sheets: 0). */
  breakAtLevel?: number
}

/**
 * Pages of blocks: rows are never split; a heading is kept with the row after it; a page that
 * begins inside a group repeats its open headings (marked continued). A row taller than a page
 * gets a page of its own.
 */
export function paginate(blocks: readonly Block[], options: PaginateOptions): Placed[][] {
  const pages: Placed[][] = []
  let page: Placed[] = []
  let used = 0
  const open: Heading[] = []
  let pending: Heading[] = []
  const newPage = () => {
    if (page.length > 0) pages.push(page)
    page = []
    used = 0
  }
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (open.length > 0 && open.at(-1)!.level >= block.level) open.pop()
      open.push(block)
      pending = pending.filter((h) => h.level < block.level)
      pending.push(block)
      if (options.breakAtLevel === block.level && (page.length > 0 || pages.length > 0)) newPage()
      continue
    }
    const pendingHeight = pending.reduce((sum, h) => sum + h.height, 0)
    if (page.length > 0 && used + pendingHeight + block.height > options.height) {
      newPage()
      const repeated = open.filter((h) => !pending.includes(h))
      for (const heading of repeated) {
        page.push({ ...heading, continued: true })
        used += heading.height
      }
    }
    for (const heading of pending) {
      page.push({ ...heading, continued: false })
      used += heading.height
    }
    pending = []
    page.push(block)
    used += block.height
  }
  // Headings with no row under them print nothing.
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}
