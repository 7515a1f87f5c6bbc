// Work that waits for the frame in front of it: the screen is painted first, then the rest follows
// in a transition that yields to input (the margins around a new layout, a big plan's other lanes).
import { startTransition, useEffect } from 'react'

/** While `waiting`, calls `then(key)` in a transition once the frame showing `key` has been painted. */
export function useTransitionAfterPaint<K>(waiting: boolean, key: K, then: (key: K) => void): void {
  useEffect(() => {
    if (!waiting) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The animation frame comes before that frame's paint; the timer after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => then(key)))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [waiting, key, then])
}
