// Pages of the agenda and of the partner sheets: month and week headings, one row per item that
// never splits (date and time with its own zone when not the home zone, title in the chosen
// languages, kind and status, place, partners and channels, optionally notes and budget).
import { Fragment } from 'react'
import type { Placed } from '../../shared/print'
import { mondayOf } from '../../shared/print'
import type { AgendaEntry } from '../../shared/print'
import type { PrintModel } from './model'
import type { PrintName } from './printText'
import type { SheetContext } from './PageParts'

type ListModel = Extract<PrintModel, { layout: 'agenda' | 'partners' }>

function Name({ name, className }: { name: PrintName; className?: string }) {
  return (
    <span className={className ? `pa-name ${className}` : 'pa-name'}>
      <span dir="auto">{name.primary}</span>
      {name.secondary && (
        <span className="pa-local" dir="auto">
          {name.secondary}
        </span>
      )}
    </span>
  )
}

function Columns({ context }: { context: SheetContext }) {
  const { t } = context
  return (
    <div className="pa-row pa-columns" aria-hidden="true">
      <span>{t('print.columns.date')}</span>
      <span>{t('print.columns.title')}</span>
      <span>{t('print.columns.kind')}</span>
      <span>{t('print.columns.place')}</span>
      <span>{t('print.columns.partners')}</span>
    </div>
  )
}

/** One item of the agenda. */
export function AgendaRow({ entry, model, context }: { entry: AgendaEntry; model: ListModel; context: SheetContext }) {
  const { text } = context
  const { located } = entry
  const dates = text.dates(located)
  const place = text.place(located)
  const status = text.status(located)
  const notes = model.settings.notes ? text.notes(located) : undefined
  const budget = model.settings.budgets ? text.budget(located) : undefined
  return (
    <div className={`pa-row pa-item is-${located.type}`} data-status={status === undefined ? undefined : located.type === 'release' ? undefined : located.item.status}>
      <span className="pa-date">
        {dates.text}
        {dates.note && <span className="pa-zone">{dates.note}</span>}
      </span>
      <Name name={text.title(located)} className="pa-title" />
      <span className="pa-kind">
        {text.kind(located)}
        {status && <span className="pa-status">{status}</span>}
      </span>
      <span className="pa-place">{place && <Name name={place} />}</span>
      <span className="pa-people">
        {text.people(located).map((name, i) => (
          <Name key={i} name={name} />
        ))}
      </span>
      {(notes || budget) && (
        <span className="pa-extra">
          {budget && <span className="pa-budget">{budget}</span>}
          {notes && (
            <span className="pa-notes" dir="auto">
              {notes}
            </span>
          )}
        </span>
      )}
    </div>
  )
}

function PartnerCard({ id, model, context }: { id: string; model: Extract<ListModel, { layout: 'partners' }>; context: SheetContext }) {
  const { t } = context
  const sheet = model.sheets.get(id)
  if (!sheet) return null
  const { partner } = sheet
  return (
    <section className="pa-partner">
      <h2 className="pa-partner-name">
        <span dir="auto">{partner.name}</span>
        {partner.nameLocal && (
          <span className="pa-local" dir="auto">
            {partner.nameLocal}
          </span>
        )}
      </h2>
      <p className="pa-partner-facts">
        {[t(`partnerKind.${partner.kind}`), partner.city ? `${partner.city}, ${context.country(partner.country)}` : context.country(partner.country), partner.website].filter(Boolean).join(' · ')}
      </p>
      {model.settings.contacts && (partner.contacts?.length ?? 0) > 0 && (
        <div className="pa-contacts">
          <span className="pa-contacts-label">{t('print.contacts')}</span>
          {partner.contacts!.map((c, i) => (
            <span key={i} className="pa-contact" dir="auto">
              {[c.name, c.role, c.email, c.phone].filter(Boolean).join(' · ')}
            </span>
          ))}
        </div>
      )}
      {model.settings.notes && partner.notes && (
        <p className="pa-notes" dir="auto">
          {partner.notes}
        </p>
      )}
      {sheet.events.length === 0 && <p className="pa-none">{t('print.noItems')}</p>}
    </section>
  )
}

function CoproductionRow({ id, model, context }: { id: string; model: ListModel; context: SheetContext }) {
  const { t } = context
  const coproduction = context.project.coproductions.find((c) => c.id === id)
  if (!coproduction) return null
  const dated = coproduction.phases.map((p) => [p.start, p.end] as const)
  const start = dated.map((d) => d[0]).sort()[0]
  const end = dated.map((d) => d[1]).sort().at(-1)
  const name = context.nameIn(coproduction.title, coproduction.titleLocal)
  return (
    <div className="pa-row pa-item is-coproduction" data-status={coproduction.status}>
      <span className="pa-date">{start && end ? context.daySpan(start, end) : ''}</span>
      <Name name={name} className="pa-title" />
      <span className="pa-kind">
        {t(`coproductionFormat.${coproduction.format}`)}
        <span className="pa-status">{t(`status.${coproduction.status}`)}</span>
      </span>
      <span className="pa-place" />
      <span className="pa-people">{coproduction.channelIds.map((c) => context.text.channels.get(c)?.name ?? c).join(', ')}</span>
      {model.settings.notes && coproduction.notes && (
        <span className="pa-extra">
          <span className="pa-notes" dir="auto">
            {coproduction.notes}
          </span>
        </span>
      )}
    </div>
  )
}

function Heading({ block, model, context }: { block: Extract<Placed, { kind: 'heading' }>; model: ListModel; context: SheetContext }) {
  const { t, text } = context
  if (model.layout === 'partners') {
    if (!block.continued) return null
    const partner = model.sheets.get(block.key)?.partner
    return <h3 className="pa-continued">{t('print.continued', { name: partner?.name ?? block.key })}</h3>
  }
  if (block.level === 0) {
    const [y, m] = block.key.split('-').map(Number)
    const label = text.day(Math.round(Date.UTC(y!, m! - 1, 1) / 86_400_000), 'MMMM yyyy')
    return <h3 className="pa-month">{block.continued ? t('print.continued', { name: label }) : label}</h3>
  }
  const monday = mondayOf(Number(block.key))
  const week = text.day(monday, 'I')
  const dates = context.daySpanDays(monday, monday + 6)
  const label = t('print.week', { week, dates })
  return <h4 className="pa-week">{block.continued ? t('print.continued', { name: label }) : label}</h4>
}

/** A page of the agenda or of the partner sheets. */
export function AgendaSheet({ model, blocks, context }: { model: ListModel; blocks: readonly Placed[]; context: SheetContext }) {
  // The agenda's column heads open every page; a partner sheet's follow the partner's card.
  const firstRow = model.layout === 'agenda' ? 0 : blocks.findIndex((b) => b.kind === 'row' && !b.id.startsWith('partner:'))
  return (
    <div className="pa-page">
      {blocks.length === 0 && <p className="pa-none">{context.t('print.empty')}</p>}
      {blocks.map((block, i) => (
        <Fragment key={block.kind === 'row' ? block.id : `${block.level}:${block.key}:${i}`}>
          {i === firstRow && <Columns context={context} />}
          <div className="pa-block" data-block={block.kind === 'row' ? block.id : undefined}>
          {block.kind === 'heading' ? (
            <Heading block={block} model={model} context={context} />
          ) : block.id.startsWith('partner:') && model.layout === 'partners' ? (
            <PartnerCard id={block.id.slice('partner:'.length)} model={model} context={context} />
          ) : block.id.startsWith('coproduction:') ? (
            <CoproductionRow id={block.id.slice('coproduction:'.length)} model={model} context={context} />
          ) : (
            model.entries.get(block.id) && <AgendaRow entry={model.entries.get(block.id)!} model={model} context={context} />
          )}
          </div>
        </Fragment>
      ))}
    </div>
  )
}
