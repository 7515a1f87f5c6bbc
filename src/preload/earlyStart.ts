// What the window needs before its first render is asked for as the bridge loads, not after the
// renderer's bundle has run: the settings (the interface language), the plan of the start (the one
// given, the last one, or the sample) and, as soon as that plan is there, the view its user last
// had on it. Main reads and checks the file while the page compiles its script, and the
// renderer's own first calls, a moment later, get those answers instead of waiting for a round
// trip each. (Waiting for the bundle to arrive first was measured slower: the observer reporting
// it runs late, behind the compile.)
import type { CaravanApi, Result } from '../shared/ipc'

type Invoke = CaravanApi['invoke']

/** `invoke` whose first `settings:get`, `app:start` and `view:get` (of the start plan) are answered by questions already asked. */
export function withEarlyStart(invoke: Invoke): Invoke {
  const start = invoke('app:start', undefined)
  const settings = invoke('settings:get', undefined)
  // The start plan's view, asked the moment the plan's answer comes; null when there is no plan.
  const view = start.then((result) => (result.kind === 'opened' ? { planId: result.project.id, answer: invoke('view:get', { planId: result.project.id }) } : null))
  const early = new Map<string, Promise<unknown>>([
    ['app:start', start],
    ['settings:get', settings],
    ['view:get', view],
  ])
  // Whoever takes an answer handles its failure; one nobody takes is not reported.
  for (const answer of [start, settings, view]) answer.catch(() => undefined)
  view.then((found) => found?.answer.catch(() => undefined), () => undefined)

  const take = (channel: string): Promise<unknown> | undefined => {
    const answer = early.get(channel)
    early.delete(channel)
    return answer
  }
  return ((channel, args) => {
    // A change makes the early answer stale: it is not given any more.
    if (channel === 'settings:set') early.delete('settings:get')
    if (channel === 'view:set') early.delete('view:get')
    if (channel === 'view:get') {
      const answer = take(channel) as Promise<{ planId: string; answer: Promise<Result<'view:get'>> } | null> | undefined
      if (!answer) return invoke(channel, args)
      const planId = (args as { planId: string }).planId
      // The start plan's view, or (another plan, or none) the question asked now.
      return answer.then(
        (found) => (found?.planId === planId ? found.answer : invoke(channel, args)),
        () => invoke(channel, args),
      )
    }
    return take(channel) ?? invoke(channel, args)
  }) as Invoke
}
