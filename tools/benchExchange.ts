// `npm run bench`: how long exporting a plan to ICS, CSV and XLSX takes, and importing those files
// back (read + preview of every row), at the plan's size. Reported, never asserted.
import { performance } from 'node:perf_hooks'
import type { Project } from '../src/shared/format'
import { importArgs, parseCsv, planTable, planToIcs, previewIcs, previewRows, tableToCsv, exchangeKinds } from '../src/shared/exchange'
import { applyImport } from '../src/shared/exchange/apply'
import { readXlsx, tablesToXlsx } from '../src/shared/exchange/xlsx'
import { englishTableWords as words } from '../src/locales/exchange'
import { countryCodeOf } from '../src/locales/countryNames'

async function time<T>(runs: number, fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const out: number[] = []
  let value: T | undefined
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    value = await fn()
    out.push(performance.now() - t0)
  }
  out.sort((a, b) => a - b)
  return { ms: out[Math.floor(out.length / 2)]!, value: value as T }
}

const ms = (n: number): string => `${n.toFixed(0)} ms`.padStart(8)

/** Lines of the exchange bench for `plan`. */
export async function benchExchange(plan: Project): Promise<string[]> {
  const empty: Project = { ...plan, events: [] }
  const range = { from: '2000-01-01', to: '2100-12-31' }
  const ics = await time(3, () => planToIcs(plan))
  const icsIn = await time(3, () => previewIcs(empty, ics.value, { range, defaultCountry: 'CN', countryCode: countryCodeOf }))
  const icsSame = await time(3, () => previewIcs(plan, ics.value, { range, defaultCountry: 'CN' }))
  const csv = await time(3, () => tableToCsv(planTable(plan, 'events'), words))
  const csvIn = await time(3, () => applyImport(empty, importArgs(previewRows(empty, parseCsv(csv.value), { words: [words], countryCode: countryCodeOf }))))
  const xlsx = await time(3, () => tablesToXlsx(exchangeKinds.map((k) => planTable(plan, k)), words, { title: plan.title, created: new Date() }))
  const xlsxIn = await time(3, async () => {
    const [sheet] = await readXlsx(xlsx.value)
    return applyImport(empty, importArgs(previewRows(empty, sheet!.rows, { words: [words], countryCode: countryCodeOf })))
  })
  const kb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`
  return [
    `  exchange (${plan.events.length.toLocaleString('en')} events; median of 3)`,
    `    ICS export                 ${ms(ics.ms)}  (${kb(Buffer.byteLength(ics.value))})`,
    `    ICS import, new plan       ${ms(icsIn.ms)}  (${icsIn.value.rows.filter((r) => r.action === 'add').length} to add)`,
    `    ICS import, same plan      ${ms(icsSame.ms)}  (matched by UID)`,
    `    CSV export (events)        ${ms(csv.ms)}  (${kb(Buffer.byteLength(csv.value))})`,
    `    CSV import + apply         ${ms(csvIn.ms)}  (${csvIn.value.events.length} events)`,
    `    XLSX export (4 sheets)     ${ms(xlsx.ms)}  (${kb(xlsx.value.byteLength)})`,
    `    XLSX import + apply        ${ms(xlsxIn.ms)}  (${xlsxIn.value.events.length} events)`,
  ]
}
