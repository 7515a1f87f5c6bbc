#!/usr/bin/env node
// The `caravan` command: the CLI is built into out/cli by `npm install` (the prepare script).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = fileURLToPath(new URL('../out/cli/caravan.mjs', import.meta.url))
if (!existsSync(built)) {
  process.stderr.write('caravan: the command-line tool is not built yet. Run `npm install` (or `npm run build`) in the Caravan folder first.\n')
  process.exit(2)
}
const { main } = await import(pathToFileURL(built).href)
process.exitCode = await main(process.argv.slice(2))
