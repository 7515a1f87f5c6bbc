// The Coverage view's click-through: a count becomes the window's filter (exactly the items behind
// it, with the figure it came from, so the filter can say so), and the way back.
import { useCallback } from 'react'
import type { CoverageSlice } from '../../shared/coverage'
import { useWorkspaceStore } from '../app/store'

/** Shows these items on the timeline, filtered to exactly them. */
export function useShowSlice(): (ids: readonly string[], origin: CoverageSlice) => void {
  const store = useWorkspaceStore()
  return useCallback(
    (ids, origin) => {
      const state = store.getState()
      state.setFilter({ items: { ids: [...ids], origin } })
      state.setScreen('timeline')
    },
    [store],
  )
}

/** Drops the slice (keeping the other facets) and goes back to the Coverage view. */
export function useBackToCoverage(): () => void {
  const store = useWorkspaceStore()
  return useCallback(() => {
    const state = store.getState()
    state.setFilter({ items: null })
    state.setScreen('coverage')
  }, [store])
}
