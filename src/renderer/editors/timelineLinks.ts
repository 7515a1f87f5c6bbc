// How the timeline reaches the editors: an item is an event (its editor) or a phase or release
// (its co-production's editor).
import type { Project } from '../../shared/format'
import type { EditingActions } from './useEditing'

/** Opens the editor for a timeline item by id; false when the plan has no such item. */
export function editTimelineItem(editing: EditingActions, project: Project, itemId: string): boolean {
  if (project.events.some((e) => e.id === itemId)) {
    editing.edit('event', itemId)
    return true
  }
  const owner = project.coproductions.find((c) => c.id === itemId || c.phases.some((p) => p.id === itemId) || c.releases.some((r) => r.id === itemId))
  if (!owner) return false
  editing.edit('coproduction', owner.id)
  return true
}
