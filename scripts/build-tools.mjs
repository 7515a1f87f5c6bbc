// Builds the plain-Node programs (the `caravan` CLI, the web host, the plan generator, the
// benchmark) into out/ with esbuild. Runs on `npm install` (prepare), so `npx caravan` works at once.
import { existsSync } from 'node:fs'
import { build } from 'esbuild'

const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
}
const entries = [
  // The CLI is bundled whole (minified): one file loads much faster than zod's and date-fns's many.
  // `caravan export` and its calendar and spreadsheet libraries are a chunk of their own, loaded
  // only when exporting, so the other commands start as fast as before.
  {
    entryPoints: { caravan: 'src/cli/main.ts' },
    outdir: 'out/cli',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    ...node,
    packages: undefined,
    minify: true,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  },
  { entryPoints: ['src/host/web/serve.ts'], outfile: 'out/host/serve.mjs', ...node },
  { entryPoints: ['tools/gen.ts'], outfile: 'out/tools/gen.mjs', ...node },
  { entryPoints: ['tools/bench.ts'], outfile: 'out/tools/bench.mjs', ...node },
  // window.caravan for the web host: the same contract over HTTP, loaded as a script file (CSP).
  {
    entryPoints: ['src/preload/webBridge.ts'],
    outfile: 'out/host/bridge.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  },
]
await Promise.all(entries.filter((e) => existsSync(Object.values(e.entryPoints)[0])).map((e) => build(e)))
