// Listener bookkeeping for `window.caravan.on`, shared by the Electron preload and the web host's
// bridge. An event that arrives before anyone listens (the page is still starting) is kept and
// handed to the first listener, so a menu command sent during start-up is not lost.
import type { EventName, EventPayload } from '../shared/ipc'
import { eventNames, isEventName } from '../shared/ipc'

type Listener = (payload: unknown) => void

/** Routes pushed events to the page's listeners. */
export interface ListenerHub {
  /** Adds a listener; returns the function that removes it. Throws for an event not in the contract. */
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void
  /** Delivers an event from main; unknown event names are ignored. */
  emit(event: string, payload: unknown): void
}

const maxPending = 50

/** Creates an empty hub. */
export function createListenerHub(): ListenerHub {
  const listeners = new Map<EventName, Set<Listener>>()
  const pending: { event: EventName; payload: unknown }[] = []

  const deliver = (event: EventName, payload: unknown): boolean => {
    const set = listeners.get(event)
    if (!set || set.size === 0) return false
    for (const listener of [...set]) {
      try {
        listener(payload)
      } catch (error) {
        console.error(`caravan: a listener for "${event}" failed`, error)
      }
    }
    return true
  }

  // Deferred so a listener that is added, removed and added again at once (React's strict mode)
  // receives the kept events exactly once.
  const flushSoon = (): void => {
    setTimeout(() => {
      for (let i = 0; i < pending.length; ) {
        const item = pending[i]
        if (item && deliver(item.event, item.payload)) pending.splice(i, 1)
        else i += 1
      }
    }, 0)
  }

  return {
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`caravan.on: unknown event "${String(event)}". Known events: ${eventNames.join(', ')}.`)
      if (typeof listener !== 'function') throw new Error('caravan.on: the listener must be a function.')
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      const wrapped: Listener = (payload) => listener(payload as EventPayload<typeof event>)
      set.add(wrapped)
      if (pending.some((item) => item.event === event)) flushSoon()
      return () => void set.delete(wrapped)
    },
    emit(event, payload) {
      if (!isEventName(event)) return
      if (deliver(event, payload)) return
      pending.push({ event, payload })
      if (pending.length > maxPending) pending.shift()
    },
  }
}
