// Which page may call main: only our own renderer, loaded from app://caravan/index.html (or, while
// developing, from the dev server). A frame that navigated elsewhere or an embedded frame is refused.
import { appOrigin, rendererUrl } from './appProtocol'

/** Where the renderer is loaded from: the built files through app://, or the dev server. */
export type RendererLocation = { kind: 'app'; rendererDir: string } | { kind: 'dev'; origin: string }

/** The URL a window loads for `renderer`. */
export function rendererPage(renderer: RendererLocation): string {
  return renderer.kind === 'dev' ? renderer.origin : rendererUrl
}

/** True when `url` is the renderer page (query and fragment ignored). */
export function isRendererUrl(url: string, renderer: RendererLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (renderer.kind === 'dev') return parsed.origin === new URL(renderer.origin).origin
  // app: is registered as a standard scheme, so Chromium reports its origin like https's.
  return `${parsed.protocol}//${parsed.host}` === appOrigin && parsed.username === '' && parsed.password === '' && parsed.pathname === new URL(rendererUrl).pathname
}
