// The optional root fields about a plan's history and merges (FORMAT.md "Revisions and merges"):
// `revision`, `lineage` and `mergeConflicts`, checked like every other field and kept as they are.
import { isAllDayDate, isId } from './checks'
import { at, isObj, optional, plainData, unknownFields, type Obj, type Walk } from './fields'
import { conflictKinds, conflictReasons, keyOrder, MAX_LINEAGE } from './schema'
import { found, shown } from '../messages'

const kinds = new Set<string>(conflictKinds)
const reasons = new Set<string>(conflictReasons)
const knownConflict = new Set<string>(keyOrder.mergeConflict)
const knownDay = new Set<string>(keyOrder.nonWorkingDay)

function conflict(w: Walk, o: Obj, p: string): void {
  if (typeof o.kind !== 'string' || !kinds.has(o.kind)) w.add(at(p, 'kind'), 'format.conflictKind', { ...shown(o.kind), allowed: conflictKinds.join(', ') })
  if (typeof o.id !== 'string' || !isId(o.id)) w.add(at(p, 'id'), 'format.conflictId', shown(o.id))
  const field = optional(w, o, 'field')
  if (field !== undefined && (typeof field !== 'string' || field === '')) w.add(at(p, 'field'), 'format.conflictField', shown(field))
  if (typeof o.reason !== 'string' || !reasons.has(o.reason)) w.add(at(p, 'reason'), 'format.conflictReason', { ...shown(o.reason), allowed: conflictReasons.join(', ') })
  const theirs = optional(w, o, 'theirs')
  if (theirs !== undefined) plainData(w, theirs, at(p, 'theirs'), 1)
  unknownFields(w, o, p, knownConflict)
}

/** Checks `revision`, `lineage` and `mergeConflicts` of the root, when present. */
export function revisionFields(w: Walk, root: Obj): void {
  const revision = optional(w, root, 'revision')
  if (revision !== undefined && (typeof revision !== 'string' || !isId(revision))) w.add('revision', 'format.revisionNotId', shown(revision))
  const lineage = optional(w, root, 'lineage')
  if (lineage !== undefined) {
    if (!Array.isArray(lineage)) w.add('lineage', 'format.lineageNotList', found(lineage))
    else {
      if (lineage.length > MAX_LINEAGE) w.add('lineage', 'format.lineageTooLong', { length: lineage.length, max: MAX_LINEAGE })
      lineage.forEach((item: unknown, i) => {
        if (typeof item !== 'string' || !isId(item)) w.add(`lineage[${i}]`, 'format.revisionNotId', shown(item))
      })
    }
  }
  const conflicts = optional(w, root, 'mergeConflicts')
  if (conflicts === undefined) return
  if (!Array.isArray(conflicts)) {
    w.add('mergeConflicts', 'format.conflictsNotList', found(conflicts))
    return
  }
  conflicts.forEach((item: unknown, i) => {
    const p = `mergeConflicts[${i}]`
    if (isObj(item)) conflict(w, item, p)
    else w.add(p, 'format.conflictNotObject', found(item))
  })
}

/** Checks the plan's own `nonWorkingDays`, when present: real dates, each once, names as text. */
export function nonWorkingDayFields(w: Walk, root: Obj): void {
  const days = optional(w, root, 'nonWorkingDays')
  if (days === undefined) return
  if (!Array.isArray(days)) {
    w.add('nonWorkingDays', 'format.nonWorkingDaysNotList', found(days))
    return
  }
  const seen = new Set<string>()
  days.forEach((item: unknown, i) => {
    const p = `nonWorkingDays[${i}]`
    if (!isObj(item)) return w.add(p, 'format.nonWorkingDayNotObject', found(item))
    const date = item.date
    if (typeof date !== 'string' || !isAllDayDate(date)) w.add(at(p, 'date'), 'format.nonWorkingDayDate', shown(date))
    else if (seen.has(date)) w.add(at(p, 'date'), 'format.nonWorkingDayTwice', { value: date })
    else seen.add(date)
    for (const key of ['name', 'nameLocal']) {
      const value = optional(w, item, key)
      if (value !== undefined && typeof value !== 'string') w.add(at(p, key), 'format.nonWorkingDayName', found(value))
    }
    unknownFields(w, item, p, knownDay)
  })
}
