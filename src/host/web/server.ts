// The web host: serves the built renderer over loopback and answers the IPC contract over HTTP
// with the same handlers as the desktop app (DESIGN.md, "The web host"). One server is one window.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir, userInfo } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { contentSecurityPolicy } from '../../main/csp'
import { chooseStartFile, createHandlers, InvokeError, invokeChecked, type HandlerDeps } from '../../main/handlers'
import { openProjectFile } from '../../main/store'
import { createQueueDialogs } from '../../main/queueDialogs'
import { DialogUnavailable, type Dialogs } from '../../main/ports'
import { Sessions } from '../../main/session'
import { versionWritesSettled } from '../../main/versionKeeper'
import type { Args, NativeMenu } from '../../shared/ipc'
import { answerBytes, prepareAnswerWith } from './answers'
import { BodyReader, HttpError } from './body'
import { EventStreams } from './events'
import { bridgeUrl, contentTypeFor, injectBridge, readBytes, resolveStatic } from './files'

export interface WebHostOptions {
  /** The plan to open at start; relative paths resolve against the working folder. Without it: the last plan, or the sample on first start. */
  file?: string
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number
  /** Folder for settings (`user-data/`) and the documents folder (`Documents/`); default `<tmp>/caravan-webhost-<user>`. */
  dataDir?: string
  /** The built renderer; default `out/renderer`, or `CARAVAN_RENDERER_DIR`. */
  rendererDir?: string
  /** The built bridge script; default `out/host/bridge.js`. */
  bridgeFile?: string
  /** The sample plan copied on first start; default `resources/sample.caravan`. */
  sampleFile?: string
  /** The access token; default 24 random bytes, base64url. */
  token?: string
  /** Quiet time before an outside change of the open file is reported; default 200 ms. */
  watchDebounceMs?: number
  /**
   * Turns on `/__caravan/test/*` (scripted dialogs, menu commands, state) for end-to-end tests
   * (`--test-control`). Off by default: then no page can choose a file path, and Open… and Save As…
   * say that they are not available here.
   */
  testControl?: boolean
  /** The largest request body accepted; default 64 MiB. */
  maxBodyBytes?: number
}

/** A running web host. */
export interface WebHost {
  /** The page to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string
  /** `http://127.0.0.1:PORT` */
  origin: string
  port: number
  token: string
  /** The absolute path of the plan shown at start, or undefined for a new plan. */
  file: string | undefined
  close(): Promise<void>
}

/** Refusal to start, with what to do about it (the CLI prints it and exits with status 2). */
export class WebHostError extends Error {
  override name = 'WebHostError'
}

// src/host/web/ in the sources and out/host/ when built: the project is the nearest folder up with a package.json.
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) return resolve(from, '../..')
  }
}
const projectRoot = findProjectRoot(fileURLToPath(new URL('.', import.meta.url)))
const defaultMaxBodyBytes = 64 * 1024 * 1024
const tokenHeader = 'x-caravan-token'

const dialogQueueBody = z.object({
  open: z.array(z.string().min(1).nullable()).optional(),
  save: z.array(z.string().min(1).nullable()).optional(),
})
const menuBody = z.object({ command: z.string().min(1).max(100), arg: z.string().max(4096).optional() })

/** The default data folder, one per user so two people on one machine do not share settings. */
export function defaultDataDir(): string {
  let user = 'user'
  try {
    user = userInfo().username.replace(/[^A-Za-z0-9_-]/g, '') || 'user'
  } catch {
    // No user name (some containers): one shared folder is fine.
  }
  return join(tmpdir(), `caravan-webhost-${user}`)
}

/** Dialogs of a web host without test control: a plain browser cannot choose files on this computer. */
const unavailableDialogs: Dialogs = {
  openProject: () => Promise.reject(new DialogUnavailable('open')),
  saveProject: () => Promise.reject(new DialogUnavailable('saveAs')),
  openExchange: () => Promise.reject(new DialogUnavailable('open')),
  saveExchange: () => Promise.reject(new DialogUnavailable('saveAs')),
  savePdf: () => Promise.reject(new DialogUnavailable('savePdf')),
}

/** Whether `path` lies inside one of `folders` (after resolving symbolic links of what exists). */
async function isInside(path: string, folders: readonly string[]): Promise<boolean> {
  const real = async (p: string): Promise<string> => {
    try {
      return await realpath(p)
    } catch {
      return dirname(p) === p ? p : join(await real(dirname(p)), basename(p))
    }
  }
  const target = await real(resolve(path))
  for (const folder of folders) {
    const base = await real(folder)
    if (target.startsWith(base + sep)) return true
  }
  return false
}

/** Starts the web host; resolves once it is listening. */
export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const rendererDir = resolve(options.rendererDir ?? process.env.CARAVAN_RENDERER_DIR ?? join(projectRoot, 'out', 'renderer'))
  const bridgeFile = resolve(options.bridgeFile ?? join(projectRoot, 'out', 'host', 'bridge.js'))
  const indexFile = join(rendererDir, 'index.html')
  if (!existsSync(indexFile)) throw new WebHostError(`The renderer is not built: ${indexFile} is missing. Run npm run build first.`)
  if (!existsSync(bridgeFile)) throw new WebHostError(`The web host bridge is not built: ${bridgeFile} is missing. Run npm run build first.`)

  const dataDir = resolve(options.dataDir ?? defaultDataDir())
  const token = options.token ?? randomBytes(24).toString('base64url')
  const expectedToken = Buffer.from(token)
  const sender = 'web'
  const streams = new EventStreams()
  const queue = createQueueDialogs()
  const windowState: { title: string; dirty: boolean; closeCount: number; menu: NativeMenu | null } = { title: '', dirty: false, closeCount: 0, menu: null }
  const sessions = new Sessions({ notify: (_sender, event, payload) => void streams.push(event, payload), watchDebounceMs: options.watchDebounceMs })
  const testControl = options.testControl === true
  const bodies = new BodyReader(options.maxBodyBytes ?? defaultMaxBodyBytes)
  const deps: HandlerDeps = {
    dialogs: testControl ? queue.dialogs : unavailableDialogs,
    userDataDir: join(dataDir, 'user-data'),
    documentsDir: join(dataDir, 'Documents'),
    sampleFile: resolve(options.sampleFile ?? join(projectRoot, 'resources', 'sample.caravan')),
    sessions,
    onWindowState: (_sender, state: Args<'window:state'>) => Object.assign(windowState, state),
    // No native menu here; the last model is kept for tests to read, as Electron would build it.
    onMenu: (_sender, menu) => void (windowState.menu = menu),
    // There is no window to close: remember that the page asked, for tests to check.
    closeWindow: () => void (windowState.closeCount += 1),
  }
  // Decide the start plan now, so the printed line names it and every reload shows the same plan.
  const start = await chooseStartFile({ ...deps, ...(options.file === undefined ? {} : { startFile: resolve(options.file) }) }, sender)
  const file = start.kind === 'file' ? start.path : start.kind === 'failed' ? start.path || undefined : undefined
  // Read it now too, and write its answer, while the browser starts: the page's first `app:start`
  // then finds both in memory and the host is free to serve the page's scripts (a 10,000-event
  // plan takes ~300 ms to check and ~70 ms to write as JSON).
  if (start.kind === 'file') {
    const ahead = await openProjectFile(start.path)
    if (ahead.ok) prepareAnswerWith(ahead.project)
  }
  const handlers = createHandlers({ ...deps, ...(file === undefined ? {} : { startFile: file }) })

  // Calls carry the token in a header; only the event stream (EventSource cannot set headers) may give it in the address.
  const hasToken = (request: IncomingMessage, url: URL, inAddress: boolean): boolean => {
    const header = request.headers[tokenHeader]
    const given = Buffer.from(typeof header === 'string' ? header : inAddress ? (url.searchParams.get('token') ?? '') : '')
    // Same-length compare in constant time; a wrong length is compared against itself to take as long.
    return given.length === expectedToken.length ? timingSafeEqual(given, expectedToken) : !timingSafeEqual(given, given)
  }

  let port = 0
  const isOurHost = (host: string | undefined): boolean => host === `127.0.0.1:${port}` || host === `localhost:${port}`
  // A browser names the page that sends a call; a page of another site is refused (tools that send no Origin are not pages).
  const isOurOrigin = (origin: string | undefined): boolean => origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  // Scripted dialog answers stay inside the folders of this host: the served plan's folder and the data folder.
  const testFolders = [dataDir, ...(file === undefined ? [] : [dirname(file)])]

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      const message = error instanceof Error ? error.message : String(error)
      if (status === 500) console.error('caravan web host:', error)
      if (error instanceof HttpError && error.closeConnection) {
        // Answer first, then let the rest of the body drain unread, so the sender sees the answer instead of a reset.
        response.setHeader('Connection', 'close')
        request.resume()
        setTimeout(() => request.destroy(), 10_000).unref()
      }
      if (!response.headersSent) sendJson(response, status, { error: message })
      else response.end()
    })
  })

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
    if (!isOurHost(request.headers.host)) throw new HttpError(403, 'Refused: unknown host.')
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    const path = url.pathname
    const method = request.method ?? 'GET'

    if (path === bridgeUrl && (method === 'GET' || method === 'HEAD')) return sendFile(response, bridgeFile, method)
    if (path.startsWith('/__caravan/')) {
      if (!hasToken(request, url, method === 'GET' && path === '/__caravan/events')) throw new HttpError(403, 'Refused: missing or wrong token. Open the address the web host printed.')
      if (!isOurOrigin(request.headers.origin)) throw new HttpError(403, 'Refused: the call comes from a page of another site.')
      if (path.startsWith('/__caravan/test/') && !testControl) throw new HttpError(404, `Not found: ${path} (test control is off; the end-to-end tests start the web host with --test-control).`)
      return api(request, response, path, method)
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed here.`)
    if (path === '/' || path === '/index.html') {
      const html = injectBridge((await readBytes(indexFile)).toString('utf8'))
      return send(response, 200, 'text/html; charset=utf-8', Buffer.from(html, 'utf8'), method)
    }
    const found = await resolveStatic(rendererDir, path)
    // Browsers ask for an icon on their own; without one, say so quietly instead of logging a 404.
    if (found === undefined && path === '/favicon.ico') return void response.writeHead(204, { 'Cache-Control': 'no-store' }).end()
    if (found === undefined) throw new HttpError(404, `Not found: ${path}`)
    return sendFile(response, found, method)
  }

  const api = async (request: IncomingMessage, response: ServerResponse, path: string, method: string): Promise<void> => {
    if (path === '/__caravan/events' && method === 'GET') return streams.attach(response)
    if (method === 'GET' && path === '/__caravan/test/state') {
      return sendJson(response, 200, { ...windowState, file: sessions.get(sender).path ?? null, eventClients: streams.count, dialogs: { pending: queue.pending(), requests: queue.requests() } })
    }
    if (method !== 'POST') throw new HttpError(405, `${method} is not allowed for ${path}.`)
    const body = await bodies.readJson(request)

    if (path.startsWith('/__caravan/invoke/')) {
      const channel = decodeChannel(path.slice('/__caravan/invoke/'.length))
      const args = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>).args : undefined
      try {
        const result = await invokeChecked(handlers, channel, args, { sender })
        return send(response, 200, jsonType, answerBytes(result))
      } catch (error) {
        if (error instanceof InvokeError) throw new HttpError(error.reason === 'unknown-channel' ? 404 : 400, error.message)
        throw error
      }
    }
    if (path === '/__caravan/test/dialogs') {
      const answers = parseBody(dialogQueueBody, body, path)
      for (const answer of [...(answers.open ?? []), ...(answers.save ?? [])]) {
        if (answer !== null && !(await isInside(answer, testFolders))) throw new HttpError(400, `Refused: ${answer} is outside the folders of this web host (${testFolders.join(', ')}).`)
      }
      queue.queueOpen(answers.open ?? [])
      queue.queueSave(answers.save ?? [])
      return sendJson(response, 200, { pending: queue.pending() })
    }
    if (path === '/__caravan/test/menu') {
      const { command, arg } = parseBody(menuBody, body, path)
      return sendJson(response, 200, { delivered: streams.push('menu:command', arg === undefined ? { command } : { command, arg }) })
    }
    if (path === '/__caravan/test/close') {
      return sendJson(response, 200, { delivered: streams.push('app:close-requested', null) })
    }
    throw new HttpError(404, `Not found: ${path}`)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new WebHostError(`Port ${options.port ?? 0} is in use. Choose another with --port.`) : error),
    )
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const address = server.address()
  port = typeof address === 'object' && address !== null ? address.port : 0
  const origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    file,
    close: async () => {
      streams.close()
      sessions.endAll()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      // A version still being kept after its save answered is finished before the host is gone.
      await versionWritesSettled()
    },
  }
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown, path: string): T {
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
  throw new HttpError(400, `Invalid body for ${path}: ${problems.join('; ')}.`)
}

function decodeChannel(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    throw new HttpError(400, `The call name ${JSON.stringify(encoded)} is not a valid address (a broken %-escape).`)
  }
}

function headers(contentType: string, length: number): Record<string, string | number> {
  return {
    'Content-Type': contentType,
    'Content-Length': length,
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The page address carries the token: never send it to anyone in a Referer.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: Buffer, method = 'GET'): void {
  response.writeHead(status, headers(contentType, body.length))
  response.end(method === 'HEAD' ? undefined : body)
}

const jsonType = 'application/json; charset=utf-8'

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, jsonType, Buffer.from(JSON.stringify(value), 'utf8'))
}

async function sendFile(response: ServerResponse, path: string, method: string): Promise<void> {
  send(response, 200, contentTypeFor(path), await readBytes(path), method)
}
