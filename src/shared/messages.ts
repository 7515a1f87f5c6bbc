// The one vocabulary of what src/shared (and main) have to tell people: a code and its values.
// Words are made at the edge: the renderer through i18next, the CLI through the same English
// catalogue (src/locales/en.messages.json, key `messages.<code>`). Dates in values stay ISO strings.

/**
 * Every message code with the names of the values it is produced with. The catalogue's entry for a
 * code uses exactly these placeholders (a unit test holds them together). `found` + `foundValue`
 * describe a wrong value (see `found`); nouns such as `thing` name an entry of the catalogue's `words`.
 */
export const messageValues = {
  // A whole file that is not a plan, or cannot be read as one.
  'file.empty': [],
  'file.notText': [],
  'file.binary': [],
  'file.jsonUnreadable': ['detail'],
  'file.jsonCutOff': ['line', 'column'],
  'file.jsonExtra': ['line', 'column'],
  'file.jsonUnexpected': ['character', 'line', 'column'],
  'file.jsonControlCharacter': ['line', 'column'],
  'file.nestedTooDeep': ['line', 'column', 'levels'],
  'file.holdsNoPlan': ['holds', 'foundValue'],
  'file.noFormatLine': ['expected'],
  'file.otherFormat': ['foundValue', 'expected'],
  'file.newerVersion': ['version', 'supported'],
  'file.unknownVersion': ['version'],
  'file.upgradeFailed': ['version', 'detail'],
  // Fields of a plan file (FORMAT.md).
  'format.versionMissing': ['example'],
  'format.versionNotWhole': ['example', 'foundValue'],
  'format.textMissing': ['thing', 'field'],
  'format.textEmpty': ['thing', 'field'],
  'format.notText': ['found', 'foundValue'],
  'format.tooLong': ['length', 'max'],
  'format.notEmail': ['value'],
  'format.notWebsite': ['value'],
  'format.notColor': ['value'],
  'format.enumMissing': ['allowed'],
  'format.notInList': ['found', 'foundValue', 'list', 'allowed'],
  'format.idMissing': ['thing'],
  'format.idNotText': ['found', 'foundValue'],
  'format.idInvalid': ['value'],
  'format.idTaken': ['value', 'owner'],
  'format.idTakenByPlan': ['value'],
  'format.countryMissing': [],
  'format.countryNotText': ['found', 'foundValue'],
  'format.countryCase': ['value', 'upper'],
  'format.notCountry': ['value'],
  'format.venueZoneMissing': [],
  'format.homeZoneMissing': [],
  'format.eventZoneMissing': [],
  'format.releaseZoneMissing': [],
  'format.zoneMissing': [],
  'format.zoneNotText': ['found', 'foundValue'],
  'format.notZone': ['value'],
  'format.refNotText': ['target', 'found', 'foundValue'],
  'format.refMissing': ['target', 'value'],
  'format.refWrongKind': ['value', 'actual', 'target'],
  'format.idsMissing': [],
  'format.idsNotList': ['found', 'foundValue'],
  'format.listedTwice': ['found', 'foundValue'],
  'format.keyTwice': ['key', 'line', 'column'],
  'format.dateMissing': ['dated', 'field'],
  'format.dateNotText': ['found', 'foundValue'],
  'format.notDate': ['value'],
  'format.notDay': ['value'],
  'format.unrealDate': ['value'],
  'format.unrealDateTime': ['value'],
  'format.phaseHasTime': ['value'],
  'format.mixedSpan': ['endShape', 'end', 'startShape', 'start'],
  'format.endBeforeStart': ['end', 'start'],
  'format.numberTooLarge': [],
  'format.notData': ['found', 'foundValue'],
  'format.tooDeep': ['max'],
  'format.notPlain': [],
  'format.capacityNotNumber': ['found', 'foundValue'],
  'format.amountMissing': [],
  'format.amountNotNumber': ['found', 'foundValue'],
  'format.amountNegative': ['amount'],
  'format.currencyMissing': [],
  'format.currencyNotText': ['found', 'foundValue'],
  'format.currencyCase': ['value', 'upper'],
  'format.notCurrency': ['value'],
  'format.budgetNotObject': ['found', 'foundValue'],
  'format.releaseChannelMissing': [],
  'format.dependencyEndMissing': [],
  'format.waitsForItself': ['value'],
  'format.notList': ['found', 'foundValue'],
  'format.notObject': ['item', 'found', 'foundValue'],
  'format.itemsMissing': [],
  'format.listMissing': [],
  'format.timestampMissing': [],
  'format.notTimestamp': ['found', 'foundValue'],
  'format.viewsNotObject': ['found', 'foundValue'],
  'format.revisionNotId': ['found', 'foundValue'],
  'format.lineageNotList': ['found', 'foundValue'],
  'format.lineageTooLong': ['length', 'max'],
  'format.conflictsNotList': ['found', 'foundValue'],
  'format.conflictNotObject': ['found', 'foundValue'],
  'format.conflictKind': ['found', 'foundValue', 'allowed'],
  'format.conflictReason': ['found', 'foundValue', 'allowed'],
  'format.conflictId': ['found', 'foundValue'],
  'format.conflictField': ['found', 'foundValue'],
  'format.nonWorkingDaysNotList': ['found', 'foundValue'],
  'format.nonWorkingDayNotObject': ['found', 'foundValue'],
  'format.nonWorkingDayDate': ['found', 'foundValue'],
  'format.nonWorkingDayTwice': ['value'],
  'format.nonWorkingDayName': ['found', 'foundValue'],
  'format.moreIssues': ['count'],
  // The file system, as the store meets it (main).
  'store.readMissing': ['file'],
  'store.readNotFolder': ['file'],
  'store.readDenied': ['file'],
  'store.readIsFolder': ['file'],
  'store.readTooMany': ['file'],
  'store.readFailed': ['file', 'detail'],
  'store.writeNoFolder': ['file', 'folder'],
  'store.writeDenied': ['file'],
  'store.writeReadOnly': ['file'],
  'store.writeFull': ['file'],
  'store.writeIsFolder': ['file'],
  'store.writeFailed': ['file', 'detail'],
  'store.tooLarge': ['file', 'megabytes'],
  'store.notUtf8At': ['file', 'line', 'column'],
  'store.movedSinceOpened': ['file'],
  'store.changedSinceOpened': ['file'],
  'store.encodeFailed': ['detail'],
  'store.sampleFolderFailed': ['folder', 'detail'],
  'store.notRecent': ['file'],
  'store.readTooSlow': ['file', 'seconds'],
  'store.readNotAFile': ['file'],
  'store.writeDanglingLink': ['file', 'target'],
  'store.writeLockBusy': ['file'],
  'store.backupNotKept': ['file', 'detail'],
  // A plan opened read-only because someone else has it open.
  'lock.readOnly': ['file'],
  // Recovering unsaved edits after a crash.
  'recovery.gone': [],
  // A host without file dialogs (the web host in a plain browser).
  'host.openUnavailable': [],
  'host.saveAsUnavailable': [],
  'host.printUnavailable': [],
  'host.dropPathUnavailable': [],
  'store.dropNotPlan': ['file'],
  'print.failed': ['detail'],
  // A call that failed without a coded reason (an exception across IPC).
  'app.failed': ['detail'],
  // One entity as an editor form checks it (commands/entitiesCheck.ts).
  'entity.required': [],
  'entity.tooLong': [],
  'entity.invalidDate': [],
  'entity.endBeforeStart': ['end', 'start'],
  'entity.mixedDates': [],
  'entity.needsTimeZone': [],
  'entity.unknownTimeZone': [],
  'entity.unknownCountry': [],
  'entity.unknownCurrency': [],
  'entity.invalidColor': [],
  'entity.invalidEmail': [],
  'entity.invalidWebsite': [],
  'entity.invalidNumber': [],
  'entity.wholeNumber': [],
  'entity.invalidId': [],
  'entity.idInUse': ['id'],
  'entity.unknownReference': [],
  'entity.sameItem': [],
  'entity.invalid': [],
  // Plan properties (commands/renamePlan.ts).
  'plan.titleRequired': [],
  'plan.tooLong': ['max'],
  'plan.unknownTimeZone': [],
  // Importing spreadsheets and calendars (shared/exchange): row problems name the sheet's row.
  'import.notDate': ['row', 'column', 'value'],
  'import.unrealDate': ['row', 'column', 'value'],
  'import.dateMissing': ['row', 'column'],
  'import.titleMissing': ['row', 'column'],
  'import.endBeforeStart': ['row', 'end', 'start'],
  'import.mixedDates': ['row'],
  'import.countryMissing': ['row'],
  'import.countryUnknown': ['row', 'value'],
  'import.zoneUnknown': ['row', 'value'],
  'import.zoneAssumed': ['row', 'zone'],
  'import.partnerCreated': ['row', 'name'],
  'import.venueUnknown': ['row', 'name'],
  'import.venueCreated': ['row', 'name', 'city', 'zone'],
  'import.kindUnknown': ['row', 'value', 'allowed'],
  'import.statusUnknown': ['row', 'value', 'allowed'],
  'import.nameUnknown': ['row', 'column', 'name'],
  'import.budgetInvalid': ['row', 'value'],
  'import.websiteInvalid': ['row', 'value'],
  'import.idOtherKind': ['row', 'value'],
  'import.idTwice': ['row', 'value'],
  'import.idInvalid': ['row', 'value'],
  'import.notAnEvent': ['title'],
  'import.recurringExpanded': ['title', 'count'],
  'import.noRows': [],
  'import.noColumns': ['needed'],
  'import.tooManyRows': ['count', 'max'],
  'import.notSpreadsheet': [],
  'import.notCalendar': ['detail'],
  'import.noEvents': [],
  'import.encodingAssumed': ['encoding'],
} as const satisfies Record<string, readonly string[]>

/** A code of the vocabulary: `format.endBeforeStart`, `store.readMissing` … */
export type MessageCode = keyof typeof messageValues

/** The values a message of code `C` is produced with. */
export type ValuesOf<C extends MessageCode> = { [K in (typeof messageValues)[C][number]]: string | number }

/** Something to tell a person, as a code and its values; the edge words it. */
export interface Message {
  code: MessageCode
  values?: Record<string, string | number>
}

/** What an issue is about, named from the file (the event's title, the partner's name …). */
export interface Subject {
  kind: 'event' | 'partner' | 'venue' | 'coproduction' | 'phase' | 'release' | 'dependency' | 'channel' | 'audience' | 'strategy' | 'contact'
  name: string
}

/** A problem at a place: `path` is a JSON path such as `events[3].end`, or '' for the whole file (or form). */
export interface Issue extends Message {
  path: string
  subject?: Subject
}

/** The values argument of `message`: required exactly when the code has values. */
export type ValuesArg<C extends MessageCode> = (typeof messageValues)[C] extends readonly [] ? [] : [values: ValuesOf<C>]

/** A message of `code`, typed so a code cannot be produced without its values. */
export function message<C extends MessageCode>(code: C, ...values: ValuesArg<C>): Message {
  return values.length === 0 ? { code } : { code, values: values[0] as Record<string, string | number> }
}

/** An issue at `path`. */
export function issue<C extends MessageCode>(path: string, code: C, ...values: ValuesArg<C>): Issue {
  return { path, ...message(code, ...values) }
}

/** What a wrong value is, as the `found`/`foundValue` pair of a message ("a list", "the number 5" …). */
export function found(value: unknown): { found: string; foundValue: string } {
  if (value === null) return { found: 'null', foundValue: '' }
  if (value === undefined) return { found: 'nothing', foundValue: '' }
  if (Array.isArray(value)) return { found: 'list', foundValue: '' }
  switch (typeof value) {
    case 'string':
      return { found: 'text', foundValue: quote(value) }
    case 'number':
      return { found: 'number', foundValue: String(value) }
    case 'boolean':
      return { found: 'boolean', foundValue: String(value) }
    case 'object':
      return { found: 'object', foundValue: '' }
    default:
      return { found: 'other', foundValue: typeof value }
  }
}

/** Like `found`, but a text is shown only quoted (`"Kz" is not a country code`). */
export function shown(value: unknown): { found: string; foundValue: string } {
  return typeof value === 'string' ? { found: 'quoted', foundValue: quote(value) } : found(value)
}

/** A value quoted for a message, shortened when long so one bad field cannot flood the screen. */
export function quote(value: string): string {
  const clipped = value.length > 60 ? `${value.slice(0, 57)}…` : value
  return JSON.stringify(clipped)
}
