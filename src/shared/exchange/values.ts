// Cell values of an imported sheet read as plan values: dates in the forms spreadsheets write,
// kinds and statuses in English or Chinese, lists split at ; 、 or line breaks.
import { dateShape, eventKinds, eventStatuses, partnerKinds } from '../format'

const pad = (s: string): string => s.padStart(2, '0')

export type DateRead = { ok: true; value: string } | { ok: false; reason: 'notDate' | 'unrealDate'; value: string }

/**
 * A date as Caravan writes it (`2027-05-12` or `2027-05-12T19:30`) from `2027-05-12`, `2027/5/12`,
 * `2027.5.12`, `2027年5月12日`, each optionally followed by a time `19:30` (or `19:30:00`).
 */
export function readDate(text: string): DateRead {
  const t = text.trim()
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(t)
  if (!m) return { ok: false, reason: 'notDate', value: t }
  const day = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`
  const value = m[4] === undefined ? day : `${day}T${pad(m[4])}:${m[5]}`
  const shape = dateShape(value)
  if (shape === 'all-day' || shape === 'timed') return { ok: true, value }
  return { ok: false, reason: 'unrealDate', value: t }
}

const eventKindWords: Record<string, string> = { 展览: 'exhibition', 展: 'exhibition', 演出: 'performance', 表演: 'performance', 节: 'festival', 节日: 'festival', 艺术节: 'festival', 放映: 'screening', 展映: 'screening', 论坛: 'forum', 研讨会: 'forum', 培训: 'training', 互访: 'exchange-visit', 交流访问: 'exchange-visit', 访问: 'exchange-visit', 其他: 'other' }
const statusWords: Record<string, string> = { 设想: 'idea', 想法: 'idea', 创意: 'idea', 计划: 'planned', 计划中: 'planned', 已计划: 'planned', 确认: 'confirmed', 已确认: 'confirmed', 完成: 'done', 已完成: 'done', 取消: 'cancelled', 已取消: 'cancelled', tentative: 'planned', canceled: 'cancelled' }
const partnerKindWords: Record<string, string> = { 媒体: 'media', 文化: 'cultural', 文化机构: 'cultural', 学术: 'academic', 高校: 'academic', 大学: 'academic', 政府: 'government', 企业: 'enterprise', 公司: 'enterprise', 非政府组织: 'ngo', 其他: 'other' }

function oneOf<T extends string>(text: string, allowed: readonly T[], words: Record<string, string>): T | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '-')
  if ((allowed as readonly string[]).includes(t)) return t as T
  const w = words[text.trim()] ?? words[t]
  return w !== undefined && (allowed as readonly string[]).includes(w) ? (w as T) : undefined
}

export const readEventKind = (text: string) => oneOf(text, eventKinds, eventKindWords)
export const readEventStatus = (text: string) => oneOf(text, eventStatuses, statusWords)
export const readPartnerKind = (text: string) => oneOf(text, partnerKinds, partnerKindWords)

/** The items of a list cell: split at ; ； 、 and line breaks (not at commas: names hold commas). */
export function readList(text: string): string[] {
  return text
    .split(/[;；、\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A number from `420000`, `420,000`, `420 000.50`; undefined for anything else. */
export function readAmount(text: string): number | undefined {
  const t = text.trim().replace(/[,\s]/g, '')
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined
  return Number(t)
}
