// Grouping a plan again after an edit without a pass over every item: when the new version differs
// from the last one only in items that stay in the same lanes (a move, a resize, a new title or
// status in another grouping), the lanes are the same and only the lanes holding those items are
// "touched". Anything else (an item added, removed or moved to another lane, a renamed partner or
// co-production, another grouping or lane order) is grouped afresh.
import type { Coproduction, Project } from '../format'
import type { LocatedItem } from './items'
import { groupLanes, laneKeysOf, NONE_LANE, type Grouping, type Lane } from './lanes'

/** Lanes and what an edit changed in them. */
export interface Regrouped {
  lanes: Lane[]
  /** Keys of the lanes whose items may have new dates or titles, or null: every lane may have changed. */
  touched: ReadonlySet<string> | null
}

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((id, i) => id === b[i]))

// The lists the lanes themselves come from (their names and order), per grouping.
function laneSource(project: Project, grouping: Grouping): unknown {
  switch (grouping) {
    case 'partner':
      return project.partners
    case 'venue':
      return project.venues
    case 'channel':
      return project.channels
    case 'coproduction':
      return project.coproductions
    case 'country':
      // Countries come from partners and venues too; events' and releases' are checked item by item.
      return [project.partners, project.venues]
    default:
      return null
  }
}

/** Collects the lanes of items that differ between two versions of a list, or fails (null) when one moved to other lanes. */
class Changes {
  readonly touched = new Set<string>()

  constructor(private readonly grouping: Grouping) {}

  // One item in both versions (not the same object): false when it is another item or belongs to other lanes now.
  item(before: LocatedItem, after: LocatedItem): boolean {
    if (before.item.id !== after.item.id) return false
    const from = laneKeysOf(before, this.grouping)
    const to = laneKeysOf(after, this.grouping)
    if (!sameList(from, to)) return false
    for (const key of to) this.touched.add(key)
    // A key that names no lane puts the item in the none lane.
    this.touched.add(NONE_LANE)
    return true
  }

  coproduction(before: Coproduction, after: Coproduction): boolean {
    if (before === after) return true
    // Its title is in the lane name and in its items' labels; its partners are its items' lanes.
    if (before.id !== after.id || before.title !== after.title || before.titleLocal !== after.titleLocal || !sameList(before.partnerIds, after.partnerIds)) return false
    if (before.phases.length !== after.phases.length || before.releases.length !== after.releases.length) return false
    for (let i = 0; i < after.phases.length; i++) {
      const [a, b] = [before.phases[i]!, after.phases[i]!]
      if (a !== b && !this.item({ type: 'phase', item: a, coproduction: before, index: i }, { type: 'phase', item: b, coproduction: after, index: i })) return false
    }
    for (let i = 0; i < after.releases.length; i++) {
      const [a, b] = [before.releases[i]!, after.releases[i]!]
      if (a !== b && !this.item({ type: 'release', item: a, coproduction: before, index: i }, { type: 'release', item: b, coproduction: after, index: i })) return false
    }
    return true
  }
}

// The lanes an edit from `before` to `after` touched, or null when the lanes themselves may differ.
function touchedLanes(before: Project, after: Project, grouping: Grouping): Set<string> | null {
  const changes = new Changes(grouping)
  const source = (p: Project) => laneSource(p, grouping)
  const a = source(before)
  const b = source(after)
  if (Array.isArray(a) && Array.isArray(b) ? !a.every((part, i) => part === b[i]) : a !== b) return null
  if (before.events !== after.events) {
    if (before.events.length !== after.events.length) return null
    for (let i = 0; i < after.events.length; i++) {
      const a = before.events[i]!
      const b = after.events[i]!
      if (a !== b && !changes.item({ type: 'event', item: a, index: i }, { type: 'event', item: b, index: i })) return null
    }
  }
  if (before.coproductions !== after.coproductions) {
    if (before.coproductions.length !== after.coproductions.length) return null
    for (let i = 0; i < after.coproductions.length; i++) if (!changes.coproduction(before.coproductions[i]!, after.coproductions[i]!)) return null
  }
  return changes.touched
}

/** Groups plan after plan (see groupLanes), each time from the last grouping when an edit allows. */
export class LaneGrouper {
  private last: { project: Project; grouping: Grouping; order: string; lanes: Lane[] } | null = null

  group(project: Project, grouping: Grouping, laneOrder: readonly string[] = []): Regrouped {
    const order = laneOrder.join('\u0000')
    const last = this.last
    const touched = last && last.grouping === grouping && last.order === order ? touchedLanes(last.project, project, grouping) : null
    const lanes = touched && last ? last.lanes : groupLanes(project, grouping, laneOrder)
    this.last = { project, grouping, order, lanes }
    return { lanes, touched }
  }
}
