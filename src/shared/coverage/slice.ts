// What a click in the Coverage view picked, as codes (never words): the renderer says it in the
// interface language above the filtered timeline ("The 3 items that reach Social media ×
// Traditional-culture audience"), and the ids beside it say exactly which items those are.
import type { EventStatus, PartnerKind } from '../format'

/** One cell, bar or country of the Coverage view. `quarter` is `YYYY-Qn`. */
export type CoverageSlice =
  | { figure: 'pair'; channelId: string; audienceId: string }
  | { figure: 'strategy'; strategyId: string; quarter?: string }
  | { figure: 'country'; country: string }
  | { figure: 'partner'; partnerId: string }
  | { figure: 'partnerKind'; kind: PartnerKind }
  | { figure: 'budget'; currency: string; country?: string; strategyId?: string }
  | { figure: 'status'; status: EventStatus }
