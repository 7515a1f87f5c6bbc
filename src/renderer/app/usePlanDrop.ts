// Dragging a `.caravan` file onto the window opens it (while no dialog is open). Other files and
// dragged text are left alone, and a file dropped anywhere never navigates the page away.
import { useEffect, useRef } from 'react'
import { pickDroppedPlan, type DroppedFile } from './drop'

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/** Listens for files dropped on the window; `open` gets the first plan among them while `active`. */
export function usePlanDrop(open: (file: DroppedFile) => void, active: boolean): void {
  const live = useRef({ open, active })
  useEffect(() => {
    live.current = { open, active }
  }, [open, active])
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = live.current.active ? 'copy' : 'none'
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      const plan = pickDroppedPlan([...(event.dataTransfer?.files ?? [])])
      if (plan && live.current.active) live.current.open(plan)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
