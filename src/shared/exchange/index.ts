// Exchange formats: a plan out to ICS, CSV and XLSX, and calendars and sheets in as a preview that
// one 'events.import' command applies.
export { exchangeKinds, planTable, tableColumns, cellText, isDateCell, listSeparator, type Cell, type ColumnKey, type ExchangeKind, type Table, type TableWords } from './tables'
export { tableToCsv, parseCsv, utf8Bom } from './csv'
export { planToIcs, itemUid, itemIdOfUid, icsStatus, planSequence, type IcsOptions, type SummaryLanguages } from './ics'
export { guessKind, guessMapping, normalizeHeader, eventFields, partnerFields, fieldsOf, type Field, type ImportKind } from './mapping'
export { previewRows, previewSteps, previewChunk, importArgs, maxImportRows, type ImportPreview, type ImportRow, type PreviewOptions } from './preview'
export { previewIcs, type IcsImportOptions } from './icsImport'
export { applyImport, type ImportArgs } from './apply'
export { filteredPlan } from './scope'
export { decodeText, type DecodedText, type TextEncoding } from './encoding'
export { readDate } from './values'
