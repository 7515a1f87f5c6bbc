// Reading a file that might be anything: a FIFO that never answers, /dev/zero that never ends, a
// plan on a network drive that stalls. Only regular files are read, never more than a cap, and
// never for longer than a time limit, so one bad file cannot hang or exhaust the process.
import { constants, type BigIntStats } from 'node:fs'
import { open } from 'node:fs/promises'

/** A plan of 10,000 events is about 7 MB; a file beyond this is something else (a video renamed by mistake). */
export const maxPlanBytes = 256 * 2 ** 20

/** How long a whole read may take before it is given up (a stalled network drive). */
export const readTimeLimitMs = 30_000

/** Why a file was not read: it is not a regular file, it is larger than the cap, or it took too long. */
export class NotReadable extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'folder' | 'too-large' | 'too-slow',
    readonly size = 0,
  ) {
    super(reason)
    this.name = 'NotReadable'
  }
}

/**
 * The bytes of the regular file at `file` and its stat, read through one handle: opened without
 * blocking (a FIFO would wait for a writer), checked with fstat, read up to `cap` bytes. Throws
 * NotReadable, or the system error (ENOENT…).
 */
export async function readRegularFile(file: string, options: { cap?: number; timeLimitMs?: number } = {}): Promise<{ bytes: Buffer; stats: BigIntStats }> {
  const cap = options.cap ?? maxPlanBytes
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  let timer: NodeJS.Timeout | undefined
  let stalled = false
  try {
    const stats = await handle.stat({ bigint: true })
    if (stats.isDirectory()) throw new NotReadable('folder')
    if (!stats.isFile()) throw new NotReadable('not-a-file')
    if (stats.size > BigInt(cap)) throw new NotReadable('too-large', Number(stats.size))
    const read = async (): Promise<Buffer> => {
      // The size may grow while reading: read to the end, but never past the cap.
      const chunks: Buffer[] = []
      let total = 0
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total))
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
        if (bytesRead === 0) break
        chunks.push(chunk.subarray(0, bytesRead))
        total += bytesRead
        if (total > cap) throw new NotReadable('too-large', total)
      }
      return Buffer.concat(chunks, total)
    }
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stalled = true
        reject(new NotReadable('too-slow'))
      }, options.timeLimitMs ?? readTimeLimitMs)
    })
    return { bytes: await Promise.race([read(), limit]), stats }
  } finally {
    clearTimeout(timer)
    // A stalled read would hold the close too: let it finish in the background.
    if (stalled) void handle.close().catch(() => undefined)
    else await handle.close()
  }
}
