// Which column of an imported sheet holds which field: guessed from the header row, in English or
// Chinese (标题, 开始, 结束, 国家, 城市, 合作伙伴 …), and from the header words Caravan itself exports
// in the interface language, so a re-import of an exported file maps every column.
import { tableColumns, type ColumnKey, type TableWords } from './tables'

/** What an imported sheet can hold. */
export type ImportKind = 'events' | 'partners'

export const eventFields = tableColumns.events
export const partnerFields = ['id', 'name', 'nameLocal', 'kind', 'country', 'city', 'website', 'notes'] as const satisfies readonly ColumnKey[]
export type EventField = (typeof eventFields)[number]
export type PartnerField = (typeof partnerFields)[number]
export type Field = EventField | PartnerField

/** A header as compared: lower case, without spaces, punctuation or brackets (full-width too). */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[\s_\-()（）:：.·/\\[\]【】*]/g, '')
}

const synonyms: Record<string, readonly string[]> = {
  id: ['id', '编号', '标识', 'identifier'],
  title: ['title', 'event', 'eventtitle', 'eventname', 'subject', '标题', '名称', '活动', '活动名称', '项目名称', '题目'],
  titleLocal: ['titlelocal', 'localtitle', 'titlesecondlanguage', '本地标题', '中文标题', '外文标题', '第二语言标题'],
  name: ['name', 'organisation', 'organization', 'partner', '名称', '机构', '单位', '合作伙伴名称', '机构名称'],
  nameLocal: ['namelocal', 'localname', '本地名称', '中文名称', '外文名称'],
  kind: ['kind', 'type', 'category', '类型', '类别', '种类'],
  status: ['status', 'state', '状态'],
  start: ['start', 'startdate', 'starttime', 'begin', 'from', 'date', 'dtstart', '开始', '开始日期', '开始时间', '起始日期', '日期'],
  end: ['end', 'enddate', 'endtime', 'finish', 'until', 'to', 'dtend', '结束', '结束日期', '结束时间', '截止日期'],
  timeZone: ['timezone', 'zone', 'tz', '时区'],
  country: ['country', 'countrycode', 'nation', '国家', '国别', '国家地区', '国家和地区'],
  city: ['city', 'town', '城市'],
  venueId: ['venueid'],
  venue: ['venue', 'place', 'location', '场馆', '地点', '场地'],
  partnerIds: ['partnerids'],
  partners: ['partners', 'partner', '合作伙伴', '合作方', '合作单位', '伙伴'],
  partnersLocal: ['partnerslocal', '合作伙伴本地名称'],
  channels: ['channels', 'channel', 'media', '渠道', '频道', '平台', '传播渠道'],
  audiences: ['audiences', 'audience', '受众', '观众', '目标受众'],
  strategies: ['strategies', 'strategy', '策略', '传播策略'],
  coproductionId: ['coproductionid', 'coproduction', '合拍', '合作节目'],
  budgetAmount: ['budget', 'budgetamount', 'amount', 'cost', '预算', '金额', '经费'],
  budgetCurrency: ['currency', 'budgetcurrency', '币种', '货币'],
  website: ['website', 'web', 'url', 'site', '网站', '网址'],
  color: ['color', 'colour', '颜色'],
  notes: ['notes', 'note', 'remarks', 'comments', 'description', '备注', '说明', '描述'],
}

/** The fields a sheet of `kind` can fill, in the order the mapping editor lists them. */
export const fieldsOf = (kind: ImportKind): readonly Field[] => (kind === 'events' ? eventFields : partnerFields)

/** The field each column holds (undefined: not imported); each field at most once, the first column wins. */
export function guessMapping(headers: readonly string[], kind: ImportKind, words: readonly TableWords[] = []): (Field | undefined)[] {
  const fields = fieldsOf(kind)
  const known = new Map<string, Field>()
  // The exported headers first (they are exact), then the synonyms.
  for (const w of words) for (const f of fields) if (!known.has(normalizeHeader(w.columns[f]))) known.set(normalizeHeader(w.columns[f]), f)
  for (const f of fields) for (const s of synonyms[f] ?? []) if (!known.has(s)) known.set(s, f)
  if (kind === 'partners') known.set('partner', 'name')
  const used = new Set<Field>()
  return headers.map((h) => {
    const f = known.get(normalizeHeader(h))
    if (f === undefined || used.has(f)) return undefined
    used.add(f)
    return f
  })
}

/** Events when a column holds a start date, partners otherwise. */
export function guessKind(headers: readonly string[], words: readonly TableWords[] = []): ImportKind {
  return guessMapping(headers, 'events', words).includes('start') ? 'events' : 'partners'
}
