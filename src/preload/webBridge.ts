// `window.caravan` in the web host: the IPC contract over HTTP to the loopback server, loaded
// before the app by a <script> the server puts into index.html. Calls go to
// POST /__caravan/invoke/<channel>; events arrive as server-sent events from /__caravan/events.
import { eventNames, isChannel } from '../shared/ipc'
import { createListenerHub } from './listeners'
import { withEarlyStart } from './earlyStart'
import type { Args, CaravanApi, Channel, Result } from '../shared/ipc'

// The few browser APIs used here. Declared locally because this file is type-checked with the
// Node tools (tsconfig.node.json, no DOM library) and bundled for the browser.
interface BrowserEventSource {
  addEventListener(type: string, listener: (event: { data: string }) => void): void
}
interface BrowserGlobals {
  caravan?: CaravanApi
  location: { href: string }
  history: { replaceState(data: unknown, unused: string, url: string): void; state: unknown }
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void }
  navigator: { platform?: string; userAgent: string; userAgentData?: { platform?: string } }
  EventSource: new (url: string) => BrowserEventSource
}

const browser = globalThis as unknown as BrowserGlobals
const tokenKey = 'caravan.token'

// The token comes in the page address once; it is kept for this tab and removed from the address
// bar, so it does not end up in screenshots, bookmarks or the history.
function takeToken(): string {
  const here = new URL(browser.location.href)
  const fromUrl = here.searchParams.get('token')
  if (fromUrl !== null) {
    browser.sessionStorage.setItem(tokenKey, fromUrl)
    here.searchParams.delete('token')
    browser.history.replaceState(browser.history.state, '', `${here.pathname}${here.search}${here.hash}`)
    return fromUrl
  }
  return browser.sessionStorage.getItem(tokenKey) ?? ''
}

/** The platform name Node would report, so shortcut labels match the desktop app. */
function platformName(): string {
  const hint = `${browser.navigator.userAgentData?.platform ?? ''} ${browser.navigator.platform ?? ''} ${browser.navigator.userAgent}`.toLowerCase()
  if (hint.includes('mac')) return 'darwin'
  if (hint.includes('win')) return 'win32'
  return 'linux'
}

const token = takeToken()

async function call(channel: Channel, args: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new Error(`caravan.invoke: unknown call "${String(channel)}".`)
  const response = await fetch(`/__caravan/invoke/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Caravan-Token': token },
    body: JSON.stringify({ args }),
  })
  let body: { result?: unknown; error?: string }
  try {
    body = (await response.json()) as { result?: unknown; error?: string }
  } catch {
    throw new Error(`caravan.invoke("${channel}"): the web host answered ${response.status} without JSON.`)
  }
  if (!response.ok) throw new Error(body.error ?? `caravan.invoke("${channel}"): the web host answered ${response.status}.`)
  // JSON has no undefined: calls without a result come back as null.
  return body.result ?? undefined
}

function invoke<K extends Channel>(channel: K, args: Args<K>): Promise<Result<K>> {
  return call(channel, args) as Promise<Result<K>>
}

const hub = createListenerHub()
const source = new browser.EventSource(`/__caravan/events?token=${encodeURIComponent(token)}`)
for (const event of eventNames) {
  source.addEventListener(event, (message) => {
    let payload: unknown
    try {
      payload = JSON.parse(message.data)
    } catch {
      return
    }
    hub.emit(event, payload ?? undefined)
  })
}

const api = {
  host: 'web',
  platform: platformName(),
  invoke: withEarlyStart(invoke),
  on: (event, listener) => hub.on(event, listener),
} satisfies CaravanApi

Object.defineProperty(browser, 'caravan', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true })
