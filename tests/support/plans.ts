// Test helpers (kept out of the production folders): the sample plan as text and as a fresh mutable document for each case. The file
// comes in through Vite's `?raw` import, so shared code needs no node:fs even in tests.
/// <reference types="vite/client" />
import sample from '../../resources/sample.caravan?raw'

/** The sample plan of FORMAT.md (resources/sample.caravan), as its exact text. */
export const sampleText: string = sample

// Tests break documents in arbitrary places, which a precise type would only get in the way of.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any

/** A fresh copy of the sample plan to break in one place. */
export function sampleDoc(): Doc {
  return JSON.parse(sampleText) as Doc
}

/** The sample plan with `change` applied, as file text. */
export function sampleWith(change: (doc: Doc) => void): string {
  const doc = sampleDoc()
  change(doc)
  return JSON.stringify(doc, null, 2)
}
