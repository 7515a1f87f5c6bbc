// Helpers for the web host tests: a placeholder renderer, a freshly built bridge, raw HTTP.
import { build } from 'esbuild'
import { request } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const sampleFile = fileURLToPath(new URL('../../resources/sample.caravan', import.meta.url))
const bridgeSource = fileURLToPath(new URL('../../src/preload/webBridge.ts', import.meta.url))

/** A folder with a stand-in renderer (`renderer/`), a secret beside it, and the bridge built from source. */
export async function fixture(): Promise<{ root: string; rendererDir: string; bridgeFile: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'caravan-webhost-test-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html>\n<html>\n  <head>\n    <title>Caravan</title>\n    <script type="module" crossorigin src="./assets/app.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  )
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'document.title = "app loaded"\n')
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }\n')
  await writeFile(join(root, 'secret.txt'), 'top secret\n')
  const bridgeFile = join(root, 'bridge.js')
  await build({ entryPoints: [bridgeSource], outfile: bridgeFile, bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', logLevel: 'silent' })
  return { root, rendererDir, bridgeFile, remove: () => rm(root, { recursive: true, force: true }) }
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** An HTTP request sent exactly as written (no URL normalisation, unlike fetch). */
export function raw(origin: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Reads server-sent events from the web host until stopped. */
export function listen(origin: string, token: string): Promise<{ next(event: string): Promise<unknown>; stop(): void }> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: `/__caravan/events?token=${encodeURIComponent(token)}` }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`))
      let buffer = ''
      const received: { event: string; data: unknown }[] = []
      const waiting: { event: string; resolve: (data: unknown) => void }[] = []
      const deliver = (): void => {
        for (const w of [...waiting]) {
          const at = received.findIndex((r) => r.event === w.event)
          if (at < 0) continue
          const [found] = received.splice(at, 1)
          waiting.splice(waiting.indexOf(w), 1)
          w.resolve(found?.data)
        }
      }
      let connected = false
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (event !== undefined && data !== undefined) received.push({ event, data: JSON.parse(data) as unknown })
          if (!connected && block.includes(': connected')) {
            connected = true
            resolve({
              next: (name) => new Promise((done) => (waiting.push({ event: name, resolve: done }), deliver())),
              stop: () => req.destroy(),
            })
          }
        }
        deliver()
      })
    })
    req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)))
    req.end()
  })
}
