// The merge view's preview on the timeline: each item the merge moves, adds or removes, as a bar
// where it is now (outlined) and where the merge puts it (filled), on one shared time axis.
import { differenceInCalendarDays, eachMonthOfInterval, format, parseISO } from 'date-fns'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DaySpan, TimelinePreview } from '../../shared/merge/preview'
import { currentDateLocale } from '../i18n'
import type { MergeWords } from './mergeText'

const kindOf = { event: 'event', phase: 'phase', release: 'release' } as const

export function MergePreview({ preview, words }: { preview: TimelinePreview; words: MergeWords }) {
  const { t } = useTranslation()
  const heading = useId()
  const locale = currentDateLocale()
  const first = parseISO(preview.start)
  const days = differenceInCalendarDays(parseISO(preview.end), first) + 1
  const at = (iso: string) => (100 * differenceInCalendarDays(parseISO(iso), first)) / days
  const place = (span: DaySpan) => ({ left: `${at(span.start)}%`, width: `max(${(100 * (differenceInCalendarDays(parseISO(span.end), parseISO(span.start)) + 1)) / days}%, 4px)` })
  const months = eachMonthOfInterval({ start: first, end: parseISO(preview.end) }).slice(1)
  const dates = (span: DaySpan | undefined) => (span ? words.value('dates', span) : '')
  return (
    <section className="merge-section" aria-labelledby={heading}>
      <h3 id={heading}>{t('merge.preview.title', { count: preview.rows.length })}</h3>
      <div className="merge-preview">
        <div className="merge-preview-axis" aria-hidden="true">
          <span>{format(first, 'PP', { locale })}</span>
          <span>{format(parseISO(preview.end), 'PP', { locale })}</span>
        </div>
        <ul className="merge-preview-rows">
          {preview.rows.map((row) => {
            const thing = words.thing(kindOf[row.kind], row.id)
            const said = row.before && row.after ? t('merge.preview.moved', { thing, before: dates(row.before), after: dates(row.after) }) : row.after ? t('merge.preview.added', { thing, after: dates(row.after) }) : t('merge.preview.removed', { thing, before: dates(row.before) })
            return (
              <li key={row.id} className="merge-preview-row" aria-label={said}>
                <span className="merge-preview-name" title={said}>
                  {thing}
                </span>
                <span className="merge-preview-track" aria-hidden="true">
                  {months.map((m) => (
                    <span key={m.getTime()} className="merge-preview-month" style={{ left: `${at(format(m, 'yyyy-MM-dd'))}%` }} />
                  ))}
                  {row.before && <span className={row.after ? 'merge-preview-bar is-before' : 'merge-preview-bar is-removed'} style={place(row.before)} />}
                  {row.after && <span className="merge-preview-bar is-after" style={place(row.after)} />}
                </span>
              </li>
            )
          })}
        </ul>
        <p className="merge-preview-key" aria-hidden="true">
          <span className="merge-preview-swatch is-before" /> {t('merge.preview.now')} <span className="merge-preview-swatch is-after" /> {t('merge.preview.merged')}
        </p>
      </div>
    </section>
  )
}
