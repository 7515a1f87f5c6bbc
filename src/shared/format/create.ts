// A new, empty plan with the default channels, audiences and strategies of FORMAT.md. The ids and
// names match the sample plan, so plans made here and the sample speak the same vocabulary.
import { newId } from './ids'
import { FORMAT_NAME, FORMAT_VERSION, type Audience, type Channel, type Project, type Strategy } from './schema'

/** The channels a new plan starts with. */
export const defaultChannels: readonly Channel[] = [
  { id: 'ch-tv', name: 'TV', nameLocal: '电视', medium: 'tv' },
  { id: 'ch-radio', name: 'Radio', nameLocal: '广播', medium: 'radio' },
  { id: 'ch-print', name: 'Newspapers & magazines', nameLocal: '报刊', medium: 'print' },
  { id: 'ch-social', name: 'Social media', nameLocal: '社交媒体', medium: 'social' },
  { id: 'ch-video', name: 'Online video', nameLocal: '网络视频', medium: 'online-video' },
  { id: 'ch-web', name: 'Website', nameLocal: '网站', medium: 'web' },
  { id: 'ch-live', name: 'Exhibitions & live events', nameLocal: '展览与现场活动', medium: 'live' },
]

/** The audiences a new plan starts with. */
export const defaultAudiences: readonly Audience[] = [
  { id: 'au-trad', name: 'Traditional-culture audience', nameLocal: '传统文化受众' },
  { id: 'au-digital', name: 'Digital-native audience', nameLocal: '数字原生受众' },
  { id: 'au-youth', name: 'Students & youth', nameLocal: '学生与青年' },
  { id: 'au-experts', name: 'Scholars & experts', nameLocal: '学者与专家' },
  { id: 'au-media', name: 'Media professionals', nameLocal: '媒体从业者' },
  { id: 'au-officials', name: 'Officials & diplomats', nameLocal: '官员与外交人员' },
]

/** The communication strategies of the Belt and Road study a new plan starts with. */
export const defaultStrategies: readonly Strategy[] = [
  { id: 'st-content', name: 'Innovate content and form of cultural communication', nameLocal: '创新文化传播内容与形式' },
  { id: 'st-platforms', name: 'Build multi-channel communication platforms', nameLocal: '搭建多元文化传播平台与渠道' },
  { id: 'st-talent', name: 'Train and cooperate with international communication talent', nameLocal: '加强国际传播人才培养与合作' },
  { id: 'st-differentiate', name: 'Differentiate communication by audience', nameLocal: '实施差异化文化传播策略' },
  { id: 'st-newmedia', name: 'Use new media technology to improve reach and feedback', nameLocal: '运用新媒体技术提升传播效果' },
]

/** An RFC 3339 UTC timestamp to the second, as the format stores createdAt/modifiedAt. */
export function timestampOf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

/** A new empty plan: no events yet, the default channels, audiences and strategies; created and modified `now`. */
export function createProject(title: string, homeTimeZone: string, now: Date = new Date()): Project {
  const stamp = timestampOf(now)
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    id: newId('prj-'),
    title,
    homeTimeZone,
    createdAt: stamp,
    modifiedAt: stamp,
    partners: [],
    venues: [],
    events: [],
    coproductions: [],
    dependencies: [],
    channels: defaultChannels.map((c) => ({ ...c })),
    audiences: defaultAudiences.map((a) => ({ ...a })),
    strategies: defaultStrategies.map((s) => ({ ...s })),
  }
}
