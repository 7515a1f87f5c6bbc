// Which page may call main: only our own renderer, loaded from the built index.html (or, while
// developing, from the dev server). A frame that navigated elsewhere or an embedded frame is refused.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the renderer is loaded from. */
export type RendererLocation = { kind: 'file'; indexPath: string } | { kind: 'dev'; origin: string }

/** True when `url` is the renderer page (query and fragment ignored). */
export function isRendererUrl(url: string, renderer: RendererLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (renderer.kind === 'dev') return parsed.origin === new URL(renderer.origin).origin
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  parsed.search = ''
  parsed.hash = ''
  try {
    return resolve(fileURLToPath(parsed)) === resolve(renderer.indexPath)
  } catch {
    return false
  }
}
