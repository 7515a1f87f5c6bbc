// Shared by the CLI tests: the command run in-process, with what it prints collected.
import { main } from '../../src/cli/main'

/** Runs the CLI in-process and collects what it prints. */
export async function caravan(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { status, out: out.join('\n'), err: err.join('\n') }
}
