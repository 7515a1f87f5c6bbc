// The desktop app serves its renderer from app://caravan/ instead of file:// (Electron's security
// checklist, item 18): a page of the app is then one origin of its own, not "any file on disk", and
// a request can only reach files inside the built renderer folder. This module is the plain part
// (which URL, which file, which headers); src/main/electron/protocol.ts registers it with Electron.
import { readFile } from 'node:fs/promises'
import { contentTypeFor, resolveStatic } from './staticFiles'

export const appScheme = 'app'
export const appHost = 'caravan'
/** The origin of every renderer page in the desktop app. */
export const appOrigin = `${appScheme}://${appHost}`
/** The page each window loads. */
export const rendererUrl = `${appOrigin}/index.html`

/** What the protocol answers to one request. */
export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Buffer | string
}

/**
 * Answers a GET of `url` from the files under `rendererDir`: the file with its type and the CSP,
 * or 404 for anything outside the folder, another host or a missing file; 405 for other methods.
 */
export async function answerAppRequest(rendererDir: string, url: string, method: string, csp: string): Promise<AppResponse> {
  const plain = (status: number, text: string): AppResponse => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text })
  if (method !== 'GET' && method !== 'HEAD') return plain(405, `${method} is not allowed.`)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return plain(404, 'Not found.')
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return plain(404, 'Not found.')
  const path = parsed.pathname === '/' ? '/index.html' : parsed.pathname
  const file = await resolveStatic(rendererDir, path)
  if (file === undefined) return plain(404, `Not found: ${path}`)
  return {
    status: 200,
    headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
    body: method === 'HEAD' ? '' : await readFile(file),
  }
}
