// `npm run serve -- [FILE] [--port N] [--data-dir DIR]`: the web host from the command line.
// Prints one line with the address to open, then serves until Ctrl+C (SIGINT) or SIGTERM.
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startWebHost, WebHostError } from './server'

const usage = 'Usage: npm run serve -- [FILE.caravan] [--port N] [--data-dir DIR] [--renderer-dir DIR] [--test-control]'

function fail(message: string): never {
  process.stderr.write(`caravan web host: ${message}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'renderer-dir': { type: 'string' },
        // For the end-to-end tests only: scripted dialogs and menu commands over HTTP.
        'test-control': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (positionals.length > 1) fail(`only one plan can be served at a time, got ${positionals.length}.\n${usage}`)

  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, got "${values.port}".`)

  const given = positionals[0]
  const file = given === undefined ? undefined : resolve(given)
  if (file !== undefined && !(existsSync(file) && statSync(file).isFile())) {
    fail(`there is no plan at ${file}. Check the path, or leave it out to open the last plan (or the sample plan).`)
  }

  let host
  try {
    host = await startWebHost({
      ...(file === undefined ? {} : { file }),
      port,
      ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
      ...(values['renderer-dir'] === undefined ? {} : { rendererDir: values['renderer-dir'] }),
      testControl: values['test-control'] === true,
    })
  } catch (error) {
    if (error instanceof WebHostError) fail(error.message)
    throw error
  }
  process.stdout.write(`Caravan is serving ${host.file ?? 'a new plan'} at ${host.url}\n`)

  const stop = (): void => {
    void host.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

await main()
