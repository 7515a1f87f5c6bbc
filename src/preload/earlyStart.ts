// The plan of the start (the one given, the last one, or the sample) is asked for as the bridge
// loads, not after the renderer's bundle has run and rendered once: main reads and checks the
// file while the page compiles its script, and the renderer's own `app:start`, a moment later,
// gets that answer. (Waiting for the bundle to arrive first was measured slower: the observer
// reporting it runs late, behind the compile.)
import type { CaravanApi } from '../shared/ipc'

/** `invoke` whose first `app:start` is answered by a question already asked. */
export function withEarlyStart(invoke: CaravanApi['invoke']): CaravanApi['invoke'] {
  let early: Promise<unknown> | null = invoke('app:start', undefined)
  // Whoever takes the answer handles a failure; it is not reported twice.
  early.catch(() => undefined)
  return ((channel, args) => {
    if (channel !== 'app:start' || early === null) return invoke(channel, args)
    const answer = early
    early = null
    return answer
  }) as CaravanApi['invoke']
}
