// One sheet row as a partner: matched to the plan's partners by id, or by name in either language.
import { partnerKinds, type Partner } from '../format'
import { issue, type Issue } from '../messages'
import { byId, cellsOf, nameIndex, readCountry, rowId, sameValue, type ImportRow, type RowContext } from './rowContext'
import { readPartnerKind } from './values'

const website = /^https?:\/\/[^\s/$.?#][^\s]*$/i

/** One row of a partners sheet as an import row. */
export function partnerRow(ctx: RowContext, cells: readonly string[], row: number): ImportRow {
  const { get, header } = cellsOf(ctx, cells)
  const errors: Issue[] = []
  const warnings: Issue[] = []
  const partners = byId(ctx.doc.partners)
  const idText = get('id') ?? ''
  const name = get('name') ?? ''
  // Without an id, a partner of the same name (either language) is the one to update.
  const matched = idText === '' && name ? nameIndex(ctx.doc.partners)(name) : undefined
  const id = matched ?? rowId(ctx, row, idText, partners, 'p-', warnings)
  const base = partners.get(id)
  const p: Partner = base ? structuredClone(base) : { id, name: '', kind: 'other', country: '' }
  if (name) p.name = name
  else if (!base) errors.push(issue('', 'import.titleMissing', { row, column: header('name') }))
  const local = get('nameLocal')
  if (local !== undefined) {
    if (local) p.nameLocal = local
    else delete p.nameLocal
  }
  const kindText = get('kind')
  if (kindText) {
    const k = readPartnerKind(kindText)
    if (!k) warnings.push(issue('', 'import.kindUnknown', { row, value: kindText, allowed: partnerKinds.join(', ') }))
    p.kind = k ?? 'other'
  }
  const countryText = get('country')
  if (countryText) {
    const code = readCountry(ctx, countryText)
    if (code) p.country = code
    else errors.push(issue('', 'import.countryUnknown', { row, value: countryText }))
  } else if (!p.country) errors.push(issue('', 'import.countryMissing', { row }))
  for (const f of ['city', 'notes'] as const) {
    const text = get(f)
    if (text === undefined) continue
    if (text) p[f] = text
    else delete p[f]
  }
  const site = get('website')
  if (site !== undefined) {
    if (site && !website.test(site)) warnings.push(issue('', 'import.websiteInvalid', { row, value: site }))
    if (site && website.test(site)) p.website = site
    else delete p.website
  }
  if (errors.length) return { row, action: 'skip', ...(name ? { title: name } : {}), errors, warnings }
  const action = !base ? 'add' : sameValue(base, p) ? 'same' : 'update'
  return { row, action, partner: p, errors, warnings }
}
