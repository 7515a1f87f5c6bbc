// Static files of the built renderer (content types and confinement: ../../main/staticFiles.ts,
// shared with the desktop app's app:// protocol) and the bridge script put into index.html so the
// page finds `window.caravan`.
import { readFile } from 'node:fs/promises'

export { contentTypeFor, resolveStatic } from '../../main/staticFiles'

export const bridgeUrl = '/__caravan/bridge.js'
const bridgeTag = `<script defer src="${bridgeUrl}"></script>`

/**
 * index.html with the bridge script placed before the app's first script, so `window.caravan`
 * exists when the app starts. Deferred: it still runs before the app's module script (deferred and
 * module scripts run in document order once the page is parsed), and the page does not wait for
 * it before asking for the app's own script and styles.
 */
export function injectBridge(html: string): string {
  const firstScript = html.search(/<script\b/i)
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${bridgeTag}\n    ${html.slice(firstScript)}`
  const headEnd = html.search(/<\/head>/i)
  if (headEnd >= 0) return `${html.slice(0, headEnd)}  ${bridgeTag}\n  ${html.slice(headEnd)}`
  return `${bridgeTag}\n${html}`
}

/** Reads a file as bytes. */
export function readBytes(path: string): Promise<Buffer> {
  return readFile(path)
}
