// What the Chromium benches share for talking to the page: page-side code goes as strings (these
// files are type-checked against Node, not the DOM, and the app's CSP forbids string predicates,
// so waiting is polled from here while the times themselves are taken in the page).
import type { Page } from 'playwright-core'

/** Runs `code` in the page and returns its value. */
export const inPage = <T>(page: Page, code: string): Promise<T> => page.evaluate(code) as Promise<T>

/** The first value of `code` in the page that is not null, asked every `everyMs`; null after `withinMs`. */
export async function whenInPage<T>(page: Page, code: string, withinMs: number, everyMs = 20): Promise<T | null> {
  const until = Date.now() + withinMs
  while (Date.now() < until) {
    const value = await inPage<T | null>(page, code)
    if (value !== null) return value
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return null
}

/** The `p` quantile (0–1) of `xs`, nearest rank; NaN when empty. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? NaN
}
