// What every printed page shares: the plan's title in both languages, where the page is, the
// print date, and "page 3 of 8".
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import type { Project } from '../../shared/format'
import type { Lane, LocatedItem } from '../../shared/timeline'
import type { PrintName, PrintText } from './printText'

/** What a page needs to word itself. */
export interface SheetContext {
  t: TFunction
  text: PrintText
  project: Project
  /** The print date as the locale writes it. */
  printed: string
  pageNumber: number
  pageCount: number
  laneTitle: (lane: Lane) => PrintName
  barLabel: (located: LocatedItem) => string
  country: (code: string) => string
  nameIn: (name: string, local: string | undefined) => PrintName
  /** An inclusive span of `YYYY-MM-DD` dates, and of day numbers. */
  daySpan: (start: string, end: string) => string
  daySpanDays: (first: number, last: number) => string
}

/** The head of a page: title (both languages), position and print date, then `children` (the legend). */
export function PageHead({ context, position, height, children }: { context: SheetContext; position: string; height?: number; children?: ReactNode }) {
  const { project, t } = context
  return (
    <header className="pp-head" style={height === undefined ? undefined : { height: `${height}pt` }}>
      <div className="pp-head-line">
        <h2 className="pp-title">
          <span dir="auto">{project.title}</span>
          {project.titleLocal && (
            <span className="pp-title-local" dir="auto">
              {project.titleLocal}
            </span>
          )}
        </h2>
        <p className="pp-meta">
          <span className="pp-position">{position}</span>
          <span>{t('print.printed', { date: context.printed })}</span>
        </p>
      </div>
      {children}
    </header>
  )
}

/** The foot of a page: its number. */
export function PageFoot({ context }: { context: SheetContext }) {
  return (
    <footer className="pp-foot">
      <span>{context.t('appName')}</span>
      <span className="pp-page-number">{context.t('print.pageOf', { page: context.pageNumber, pages: context.pageCount })}</span>
    </footer>
  )
}
