// Static files of the built renderer, shared by both hosts (the web host's HTTP server and the
// desktop app's app:// protocol): content types and no way out of the folder.
import { realpath, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file name; unknown kinds are sent as bytes. */
export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file under `root` that a URL path names, or undefined when there is none or the path would
 * leave the folder (`..`, encoded or not, symbolic links pointing out, NUL bytes).
 */
export async function resolveStatic(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const base = resolve(root)
  const candidate = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`)
  if (!candidate.startsWith(base + sep)) return undefined
  try {
    const real = await realpath(candidate)
    const realBase = await realpath(base)
    if (!real.startsWith(realBase + sep)) return undefined
    return (await stat(real)).isFile() ? real : undefined
  } catch {
    return undefined
  }
}
