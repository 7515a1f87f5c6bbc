// Server-sent events: how the web host pushes main's events (menu commands, outside file changes,
// close requests) to the page. Events pushed while no page listens are kept for the next one, so
// a command sent while the page is still loading is not lost.
import type { ServerResponse } from 'node:http'

const keepAliveMs = 15_000
const maxKept = 50

/** The open event streams of the one web host session. */
export class EventStreams {
  private readonly clients = new Set<ServerResponse>()
  private readonly kept: string[] = []
  private readonly timer: NodeJS.Timeout

  constructor() {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.timer = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs)
    this.timer.unref()
  }

  /** How many pages are listening now. */
  get count(): number {
    return this.clients.size
  }

  /** Turns a response into an event stream and sends it anything kept meanwhile. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    })
    response.write('retry: 1000\n: connected\n\n')
    this.clients.add(response)
    response.on('close', () => this.clients.delete(response))
    for (const message of this.kept.splice(0)) response.write(message)
  }

  /** Sends a named event with a JSON payload to every page; returns how many received it. */
  push(event: string, payload: unknown): number {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`
    if (this.clients.size === 0) {
      this.kept.push(message)
      if (this.kept.length > maxKept) this.kept.shift()
      return 0
    }
    this.write(message)
    return this.clients.size
  }

  /** Ends every stream (the server is closing). */
  close(): void {
    clearInterval(this.timer)
    for (const client of this.clients) client.end()
    this.clients.clear()
  }

  private write(message: string): void {
    for (const client of this.clients) client.write(message)
  }
}
