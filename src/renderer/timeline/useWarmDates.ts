// Formats the dates of every item of a plan while the window is idle, a few milliseconds at a
// time: the first regrouping or zoom that brings thousands of bars on screen then finds their
// accessible names' dates ready (formatting dates in time zones is the costly part of a bar).
import { useEffect } from 'react'
import type { Project } from '../../shared/format'
import { findItem, projectSpans } from '../../shared/timeline'
import type { PlanText } from '../usePlanText'
import { datesText } from './itemText'

// Idle callbacks where there are some (Chromium, Electron), else short timeouts.
const whenIdle = (run: (deadline: { timeRemaining(): number }) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(() => run({ timeRemaining: () => 8 }), 50)
  return () => clearTimeout(id)
}

export function useWarmDates(project: Project, text: PlanText): void {
  useEffect(() => {
    const ids = [...projectSpans(project).keys()]
    let next = 0
    let cancel = () => {}
    const slice = (deadline: { timeRemaining(): number }) => {
      // Short slices even when the idle period is long: a key or a click waits for at most one.
      const began = performance.now()
      while (next < ids.length && deadline.timeRemaining() > 2 && performance.now() - began < 8) {
        const located = findItem(project, ids[next++]!)
        if (located) datesText(located, text)
      }
      if (next < ids.length) cancel = whenIdle(slice)
    }
    cancel = whenIdle(slice)
    return () => cancel()
  }, [project, text])
}
