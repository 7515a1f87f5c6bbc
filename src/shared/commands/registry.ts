// Every edit of a plan is a registered document command (STYLE.md 5, DESIGN.md "Data flow of an
// edit"): `{ id, label(doc, args), perform(doc, args) }`, pure, the same document when nothing
// changes. The renderer dispatches `{ id, args }`; the history records the step under its label and
// the journal keeps the call, so autosave, recovery and merging can replay it. Arguments are plain
// JSON and carry every id a command creates, so a replay gives the same document.
import type { Event, Project } from '../format'
import { acknowledgeConflict, applyTimelineEdit, timelineEditLabel, unacknowledgeConflict, type Conflict, type TimelineEdit, type TimelineLabel } from '../timeline'
import { addEntity, duplicateEntity, entityLabel, entityName, findEntity, getEntity, sameData, updateEntity, type EntityKind, type EntityLabel, type EntityOf } from './entities'
import { deleteEntity } from './references'
import { renamePlan, type PlanProperties } from './renamePlan'
import { deleteEntities, duplicateEvents, pasteEvents, type PasteArgs } from './eventSets'
import { mergeCopyCounts, performMergeCopy, type MergeCopyArgs } from './mergeCopy'
import { openConflicts, resolveOpenConflicts, type Choice } from '../merge'
import { applyImport, type ImportArgs } from '../exchange/apply'
import { setNonWorkingDay, type NonWorkingDayArgs } from './nonWorkingDays'

/** What changed in Plan properties, for its undo label. */
export type PlanLabelKey = 'renamePlan' | 'setPlanTitleLocal' | 'setHomeTimeZone' | 'setPlanProperties'

/** An undo step's name: a key of the `undoLabels` catalogue and its values (the one place label keys are declared). */
export interface Label {
  key: TimelineLabel['key'] | EntityLabel['key'] | PlanLabelKey | 'acknowledgeConflict' | 'unacknowledgeConflict' | 'pasteEvents' | 'duplicateEvents' | 'deleteItems' | 'recoverEdits' | 'restoreVersion' | 'resolveConflicts' | 'mergeCopy' | 'importEvents' | 'importPartners' | 'markNonWorkingDay' | 'unmarkNonWorkingDay'
  values: Record<string, string>
}
export type LabelKey = Label['key']

/** One registered edit. `label` reads the document before the edit. */
export interface DocumentCommand<A> {
  id: string
  label(doc: Project, args: A): Label
  perform(doc: Project, args: A): Project
}

const define = <A>(command: DocumentCommand<A>): DocumentCommand<A> => command

function planLabel(doc: Project, args: PlanProperties): Label {
  const title = args.title.trim()
  const local = args.titleLocal?.trim() || undefined
  const zone = args.homeTimeZone.trim()
  const changed = [title !== doc.title, local !== doc.titleLocal, zone !== doc.homeTimeZone].filter(Boolean).length
  if (changed > 1) return { key: 'setPlanProperties', values: {} }
  if (zone !== doc.homeTimeZone) return { key: 'setHomeTimeZone', values: { zone } }
  if (local !== doc.titleLocal) return { key: 'setPlanTitleLocal', values: { title: local ?? '' } }
  return { key: 'renamePlan', values: { title } }
}

/** `{ kind, entity }` of an add or an edit. */
export interface EntityArgs<K extends EntityKind = EntityKind> {
  kind: K
  entity: EntityOf[K]
}

const nameOf = (doc: Project, id: string): string => {
  const found = findEntity(doc, id)
  return found ? entityName(doc, found.entity) : id
}

function deleteLabel(doc: Project, id: string): Label {
  return entityLabel('delete', findEntity(doc, id)?.kind ?? 'event', nameOf(doc, id))
}

export const documentCommands = {
  'plan.setProperties': define<PlanProperties>({
    id: 'plan.setProperties',
    label: planLabel,
    perform: renamePlan,
  }),
  'timeline.edit': define<TimelineEdit>({
    id: 'timeline.edit',
    label: timelineEditLabel,
    perform: applyTimelineEdit,
  }),
  'entity.add': define<EntityArgs>({
    id: 'entity.add',
    label: (doc, { kind, entity }) => entityLabel('add', kind, entityName(doc, entity)),
    perform: (doc, { kind, entity }) => addEntity(doc, kind, entity),
  }),
  'entity.update': define<EntityArgs>({
    id: 'entity.update',
    label: (doc, { kind, entity }) => entityLabel('edit', kind, entityName(doc, entity)),
    perform: (doc, { kind, entity }) => updateEntity(doc, kind, entity),
  }),
  'entity.duplicate': define<{ kind: EntityKind; id: string; newId: string; name: string }>({
    id: 'entity.duplicate',
    label: (doc, { kind, id }) => {
      const original = getEntity(doc, kind, id)
      return entityLabel('duplicate', kind, original ? entityName(doc, original) : id)
    },
    perform: (doc, args) => duplicateEntity(doc, args.kind, args),
  }),
  'entity.delete': define<{ id: string }>({
    id: 'entity.delete',
    label: (doc, { id }) => deleteLabel(doc, id),
    perform: (doc, { id }) => deleteEntity(doc, id, { removeReferences: true }),
  }),
  'entities.delete': define<{ ids: string[] }>({
    id: 'entities.delete',
    label: (doc, { ids }): Label => (ids.length === 1 ? deleteLabel(doc, ids[0]!) : { key: 'deleteItems', values: { count: String(ids.length) } }),
    perform: (doc, { ids }) => deleteEntities(doc, ids),
  }),
  'events.paste': define<PasteArgs>({
    id: 'events.paste',
    label: (_doc, { events }) => ({ key: 'pasteEvents', values: { count: String(events.length), title: events[0]?.title ?? '' } }),
    perform: pasteEvents,
  }),
  'events.duplicate': define<{ ids: string[]; newIds: string[]; names: string[] }>({
    id: 'events.duplicate',
    label: (doc, { ids }) => ({ key: 'duplicateEvents', values: { count: String(ids.length), title: nameOf(doc, ids[0] ?? '') } }),
    perform: (doc, args) => duplicateEvents(doc, args),
  }),
  // Recovered unsaved edits that could not be replayed call by call: the document as it was.
  /** Brings back a whole plan: recovered edits, or (`version`: when it was saved, RFC 3339) a version from the history. */
  'plan.restore': define<{ project: Project; version?: string }>({
    id: 'plan.restore',
    label: (_doc, { version }): Label => (version === undefined ? { key: 'recoverEdits', values: {} } : { key: 'restoreVersion', values: { at: version } }),
    perform: (doc, { project }) => (sameData(doc, project) ? doc : project),
  }),
  /** Decides the choices a merge left open in the file (`choices[i]` for `mergeConflicts[i]`); the field goes. */
  'plan.resolveConflicts': define<{ choices: Choice[] }>({
    id: 'plan.resolveConflicts',
    label: (doc) => ({ key: 'resolveConflicts', values: { count: String(openConflicts(doc).length) } }),
    perform: (doc, { choices }) => resolveOpenConflicts(doc, choices),
  }),
  'events.import': define<ImportArgs>({
    id: 'events.import',
    label: (_doc, { events, partners }): Label => (events.length > 0 ? { key: 'importEvents', values: { count: String(events.length) } } : { key: 'importPartners', values: { count: String(partners.length) } }),
    perform: applyImport,
  }),
  'conflict.acknowledge': define<{ conflict: Conflict }>({
    id: 'conflict.acknowledge',
    label: () => ({ key: 'acknowledgeConflict', values: {} }),
    perform: (doc, { conflict }) => acknowledgeConflict(doc, conflict),
  }),
  'conflict.unacknowledge': define<{ conflict: Pick<Conflict, 'id'> }>({
    id: 'conflict.unacknowledge',
    label: () => ({ key: 'unacknowledgeConflict', values: {} }),
    perform: (doc, { conflict }) => unacknowledgeConflict(doc, conflict),
  }),
  'plan.setNonWorkingDay': define<NonWorkingDayArgs>({
    id: 'plan.setNonWorkingDay',
    label: (_doc, { date, off }) => ({ key: off ? 'markNonWorkingDay' : 'unmarkNonWorkingDay', values: { date } }),
    perform: setNonWorkingDay,
  }),
  'plan.merge': define<MergeCopyArgs>({
    id: 'plan.merge',
    label: (doc, args) => {
      const counts = mergeCopyCounts(doc, args)
      return { key: 'mergeCopy', values: { name: args.name, changes: String(counts.changes), conflicts: String(counts.conflicts) } }
    },
    perform: performMergeCopy,
  }),
} as const

export type DocumentCommandId = keyof typeof documentCommands
/** The arguments of one command. */
export type ArgsOf<K extends DocumentCommandId> = (typeof documentCommands)[K] extends DocumentCommand<infer A> ? A : never
/** A call of a registered command, as the renderer dispatches it and the journal keeps it. */
export type CommandCall = { [K in DocumentCommandId]: { id: K; args: ArgsOf<K> } }[DocumentCommandId]

/** True for the id of a registered command (own keys only). */
export function isDocumentCommand(id: unknown): id is DocumentCommandId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(documentCommands, id)
}

function commandOf(call: CommandCall): DocumentCommand<unknown> {
  return documentCommands[call.id] as DocumentCommand<unknown>
}

/** Performs a call; the same document when it changes nothing. */
export function performCall(doc: Project, call: CommandCall): Project {
  return commandOf(call).perform(doc, call.args)
}

/** The undo label of a call, read from the document before it. */
export function labelOfCall(doc: Project, call: CommandCall): Label {
  return commandOf(call).label(doc, call.args)
}

/** Events are the only entities the clipboard carries; re-exported for the renderer's paste. */
export type { Event }
