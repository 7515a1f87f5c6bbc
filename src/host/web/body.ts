// Request bodies of the web host: JSON, at most `maxBytes` each, and at most `maxBuffered` bytes
// held for all requests together, so a few large uploads cannot exhaust the process. A body that
// is too large gets an answer in words (413 or 503), never a reset connection.
import type { IncomingMessage } from 'node:http'

/** A refusal with its HTTP status; the server answers `{ error: message }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The connection is closed after the answer (the rest of the body is not read). */
    readonly closeConnection = false,
  ) {
    super(message)
  }
}

const mib = (bytes: number): string => `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`

/** Reads JSON bodies under a per-body and a total cap. */
export class BodyReader {
  private buffered = 0

  constructor(
    readonly maxBytes: number,
    readonly maxBuffered: number = 2 * maxBytes,
  ) {}

  async readJson(request: IncomingMessage): Promise<unknown> {
    const declared = Number(request.headers['content-length'] ?? NaN)
    if (declared > this.maxBytes) throw this.tooLarge()
    const bytes = await this.collect(request)
    if (bytes.length === 0) return undefined
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown
    } catch {
      throw new HttpError(400, 'The request body is not JSON.')
    }
  }

  /** The whole body, or a refusal as soon as it passes a cap. A refused body is left unread for the answer to drain it. */
  private collect(request: IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      const stop = (outcome: () => void): void => {
        request.off('data', onData).off('end', onEnd).off('error', onError)
        this.buffered -= size
        outcome()
      }
      const onData = (chunk: Buffer): void => {
        size += chunk.length
        this.buffered += chunk.length
        if (size > this.maxBytes) stop(() => reject(this.tooLarge()))
        else if (this.buffered > this.maxBuffered) {
          stop(() => reject(new HttpError(503, `The web host is busy receiving other large requests (over ${mib(this.maxBuffered)} together). Try again in a moment.`, true)))
        } else chunks.push(chunk)
      }
      const onEnd = (): void => stop(() => resolve(Buffer.concat(chunks)))
      const onError = (error: Error): void => stop(() => reject(error))
      request.on('data', onData).on('end', onEnd).on('error', onError)
    })
  }

  private tooLarge(): HttpError {
    return new HttpError(413, `The request is larger than ${mib(this.maxBytes)}, the most the web host accepts. A plan that large cannot be saved here.`, true)
  }
}
