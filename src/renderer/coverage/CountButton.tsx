import type { ReactNode } from 'react'
import type { CoverageSlice } from '../../shared/coverage'
import { useShowSlice } from './useSlice'

interface CountButtonProps {
  ids: readonly string[]
  origin: CoverageSlice
  /** The accessible name and tooltip: what is counted, in words. */
  label: string
  /** 0 (none) to 5, shaded through the coverage tokens. */
  shade?: number
  className?: string
  children?: ReactNode
}

/** A count of the Coverage view: a button that shows exactly its items on the timeline. */
export function CountButton({ ids, origin, label, shade, className, children }: CountButtonProps) {
  const show = useShowSlice()
  return (
    <button type="button" className={className ? `cv-count ${className}` : 'cv-count'} data-shade={shade} aria-label={label} title={label} onClick={() => show(ids, origin)}>
      {children ?? ids.length}
    </button>
  )
}
