// The columns of the Events, Partners, Venues and Co-productions tables: what each cell shows and
// what it sorts by. Names show in both languages; dates in the plan's home time zone.
import type { TFunction } from 'i18next'
import { eventStatuses, type Coproduction, type PlanEvent, type Partner, type Project, type Venue } from '../../shared/format'
import { Bilingual } from '../components/Bilingual'
import type { PlanText } from '../usePlanText'
import type { DisplayDate } from '../dates'
import type { Column } from './VirtualTable'

export type TableKind = 'event' | 'partner' | 'venue' | 'coproduction'

function Names({ primary, local }: { primary: string; local?: string | undefined }) {
  return <Bilingual primary={primary} local={local} />
}

// The dates as the view shows them, and both clocks beneath when the item's zone is not home's.
function EventDates({ when }: { when: DisplayDate }) {
  return (
    <span className="vt-dates">
      {when.text}
      {when.note && (
        <span className="vt-zones" title={when.note}>
          {when.note}
        </span>
      )}
    </span>
  )
}

function Status({ status, t }: { status: PlanEvent['status']; t: TFunction }) {
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>
}

/** How many events use each partner and venue, counted once per plan. */
export function useCounts(project: Project): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of project.events) {
    for (const id of e.partnerIds) counts.set(id, (counts.get(id) ?? 0) + 1)
    if (e.venueId) counts.set(e.venueId, (counts.get(e.venueId) ?? 0) + 1)
  }
  return counts
}

export function eventColumns(project: Project, t: TFunction, text: PlanText): Column<PlanEvent>[] {
  const names = new Map<string, string>([...project.partners, ...project.venues].map((e) => [e.id, e.name]))
  const money = new Intl.NumberFormat(text.language, { maximumFractionDigits: 0 })
  return [
    { id: 'title', header: t('tables.events.title'), width: 'minmax(240px, 3fr)', cell: (e) => <Names primary={e.title} local={e.titleLocal} />, sortValue: (e) => e.title },
    { id: 'dates', header: t('tables.events.dates'), width: 'minmax(176px, 1.4fr)', cell: (e) => <EventDates when={text.dates.span(e.start, e.end, e.timeZone)} />, sortValue: (e) => `${text.dates.homeDay(e.start, e.timeZone) ?? e.start}|${e.start}` },
    { id: 'kind', header: t('tables.events.kind'), width: '110px', cell: (e) => t(`eventKind.${e.kind}`), sortValue: (e) => t(`eventKind.${e.kind}`) },
    { id: 'status', header: t('tables.events.status'), width: '100px', cell: (e) => <Status status={e.status} t={t} />, sortValue: (e) => eventStatuses.indexOf(e.status) },
    { id: 'place', header: t('tables.events.place'), width: 'minmax(120px, 1fr)', cell: (e) => text.place(e.country, e.city), sortValue: (e) => text.place(e.country, e.city) },
    { id: 'venue', header: t('tables.events.venue'), width: 'minmax(120px, 1fr)', cell: (e) => (e.venueId ? names.get(e.venueId) : '—'), sortValue: (e) => (e.venueId ? (names.get(e.venueId) ?? '') : '') },
    {
      id: 'partners',
      header: t('tables.events.partners'),
      width: 'minmax(120px, 1fr)',
      cell: (e) => <span className="vt-clip">{e.partnerIds.map((id) => names.get(id) ?? id).join(', ') || '—'}</span>,
      sortValue: (e) => e.partnerIds.map((id) => names.get(id) ?? id).join(', '),
    },
    {
      id: 'budget',
      header: t('tables.events.budget'),
      width: '120px',
      cell: (e) => (e.budget ? <span className="vt-number">{`${money.format(e.budget.amount)} ${e.budget.currency}`}</span> : '—'),
      sortValue: (e) => e.budget?.amount ?? -1,
    },
  ]
}

export function partnerColumns(t: TFunction, text: PlanText, counts: Map<string, number>): Column<Partner>[] {
  return [
    { id: 'name', header: t('tables.partners.name'), width: 'minmax(240px, 2.4fr)', cell: (p) => <Names primary={p.name} local={p.nameLocal} />, sortValue: (p) => p.name },
    { id: 'kind', header: t('tables.partners.kind'), width: 'minmax(110px, 1fr)', cell: (p) => t(`partnerKind.${p.kind}`), sortValue: (p) => t(`partnerKind.${p.kind}`) },
    { id: 'place', header: t('tables.partners.place'), width: 'minmax(150px, 1.3fr)', cell: (p) => text.place(p.country, p.city), sortValue: (p) => text.place(p.country, p.city) },
    {
      id: 'contacts',
      header: t('tables.partners.contacts'),
      width: 'minmax(160px, 1.5fr)',
      cell: (p) => <span className="vt-clip">{(p.contacts ?? []).map((c) => c.name).join(', ') || '—'}</span>,
      sortValue: (p) => p.contacts?.length ?? 0,
    },
    { id: 'events', header: t('tables.partners.events'), width: '90px', cell: (p) => <span className="vt-number">{counts.get(p.id) ?? 0}</span>, sortValue: (p) => counts.get(p.id) ?? 0 },
  ]
}

export function venueColumns(t: TFunction, text: PlanText, counts: Map<string, number>): Column<Venue>[] {
  return [
    { id: 'name', header: t('tables.venues.name'), width: 'minmax(240px, 2.4fr)', cell: (v) => <Names primary={v.name} local={v.nameLocal} />, sortValue: (v) => v.name },
    { id: 'place', header: t('tables.venues.place'), width: 'minmax(150px, 1.3fr)', cell: (v) => text.place(v.country, v.city), sortValue: (v) => text.place(v.country, v.city) },
    { id: 'timeZone', header: t('tables.venues.timeZone'), width: 'minmax(140px, 1.1fr)', cell: (v) => v.timeZone.replaceAll('_', ' '), sortValue: (v) => v.timeZone },
    { id: 'capacity', header: t('tables.venues.capacity'), width: '100px', cell: (v) => <span className="vt-number">{v.capacity ?? '—'}</span>, sortValue: (v) => v.capacity ?? -1 },
    { id: 'events', header: t('tables.venues.events'), width: '90px', cell: (v) => <span className="vt-number">{counts.get(v.id) ?? 0}</span>, sortValue: (v) => counts.get(v.id) ?? 0 },
  ]
}

export function coproductionColumns(project: Project, t: TFunction, text: PlanText): Column<Coproduction>[] {
  const partnerNames = new Map(project.partners.map((p) => [p.id, p.name]))
  const span = (c: Coproduction) => {
    const starts = c.phases.map((p) => p.start).sort()
    const ends = c.phases.map((p) => p.end).sort()
    return starts[0] && ends.at(-1) ? { start: starts[0], end: ends.at(-1)! } : null
  }
  return [
    { id: 'title', header: t('tables.coproductions.title'), width: 'minmax(240px, 2.4fr)', cell: (c) => <Names primary={c.title} local={c.titleLocal} />, sortValue: (c) => c.title },
    { id: 'format', header: t('tables.coproductions.format'), width: 'minmax(110px, 1fr)', cell: (c) => t(`coproductionFormat.${c.format}`), sortValue: (c) => t(`coproductionFormat.${c.format}`) },
    { id: 'status', header: t('tables.coproductions.status'), width: '110px', cell: (c) => <Status status={c.status} t={t} />, sortValue: (c) => eventStatuses.indexOf(c.status) },
    {
      id: 'dates',
      header: t('tables.coproductions.dates'),
      width: 'minmax(150px, 1.3fr)',
      cell: (c) => {
        const s = span(c)
        return s ? text.dates.daySpanOf(s.start, s.end) : '—'
      },
      sortValue: (c) => span(c)?.start ?? '',
    },
    {
      id: 'partners',
      header: t('tables.coproductions.partners'),
      width: 'minmax(160px, 1.5fr)',
      cell: (c) => <span className="vt-clip">{c.partnerIds.map((id) => partnerNames.get(id) ?? id).join(', ') || '—'}</span>,
      sortValue: (c) => c.partnerIds.map((id) => partnerNames.get(id) ?? id).join(', '),
    },
    {
      id: 'phases',
      header: t('tables.coproductions.phasesReleases'),
      width: '150px',
      cell: (c) => t('tables.coproductions.counts', { phases: c.phases.length, releases: c.releases.length }),
      sortValue: (c) => c.phases.length,
    },
  ]
}
