// Works out what bars say while the window is idle, a few milliseconds at a time: the dates of
// every item of a plan, and the warnings of the items with conflicts. The first regrouping or zoom
// that brings thousands of bars on screen then finds their accessible names' dates and their
// warnings ready (formatting dates in time zones and wording warnings are the costly part of a bar).
import { useEffect } from 'react'
import type { Project } from '../../shared/format'
import { findItem, projectSpans } from '../../shared/timeline'
import { ConflictList } from '../conflicts/packed'
import type { PlanText } from '../usePlanText'
import { datesText, type ItemText } from './itemText'

// Idle callbacks where there are some (Chromium, Electron), else short timeouts.
const whenIdle = (run: (deadline: { timeRemaining(): number }) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(() => run({ timeRemaining: () => 8 }), 50)
  return () => clearTimeout(id)
}

/** Runs `warm(0)` … `warm(count - 1)` in idle slices; the returned function stops it. */
function warmInIdle(count: number, warm: (index: number) => void): () => void {
  let next = 0
  let cancel = () => {}
  const slice = (deadline: { timeRemaining(): number }) => {
    // Short slices even when the idle period is long: a key or a click waits for at most one.
    const began = performance.now()
    while (next < count && deadline.timeRemaining() > 2 && performance.now() - began < 8) warm(next++)
    if (next < count) cancel = whenIdle(slice)
  }
  cancel = whenIdle(slice)
  return () => cancel()
}

export function useWarmDates(project: Project, text: PlanText): void {
  useEffect(() => {
    const ids = [...projectSpans(project).keys()]
    return warmInIdle(ids.length, (index) => {
      const located = findItem(project, ids[index]!)
      if (located) datesText(located, text)
    })
  }, [project, text])
}

/** Words the warnings of the items with conflicts, up to half as many as the list keeps decoded (the warnings are kept per decoded list, and the bars on screen need room in it too). */
export function useWarmWarnings(conflicts: ConflictList, itemText: ItemText): void {
  useEffect(() => {
    const ids = conflicts.itemIds.slice(0, Math.floor(ConflictList.kept / 2))
    return warmInIdle(ids.length, (index) => {
      const found = conflicts.get(ids[index]!)
      if (found) itemText.conflictWarnings(found)
    })
  }, [conflicts, itemText])
}
