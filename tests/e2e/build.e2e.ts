import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// `npm run test:e2e` builds first, so out/ holds what the desktop app would load.
describe('the built desktop app', () => {
  it('has a sandbox-safe preload that loads nothing but electron', () => {
    const preload = readFileSync('out/preload/index.js', 'utf8')
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(required.length).toBeGreaterThan(0)
    expect(new Set(required)).toEqual(new Set(['electron']))
  })

  it('bundles lowdb into the main process instead of require()-ing ESM', () => {
    const main = readFileSync('out/main/main.js', 'utf8')
    expect(main).not.toMatch(/require\(\s*["']lowdb["']\s*\)/)
    expect(main).not.toMatch(/require\(\s*["']steno["']\s*\)/)
  })
})
