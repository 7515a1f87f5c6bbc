// The timeline's holidays, drawn beside (never inside) the timeline's own layers: a tint behind
// each country or venue lane on its country's public holidays, a band under the time axis with the
// home country's holidays and the plan's own non-working days, and a small readout of the time
// under the pointer on both clocks (the lane's zone and home), with the holiday of that day.
import { memo, useEffect, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { format } from 'date-fns'
import { axisToTimed, timeFromX, widthOf, xFromTime, type AxisRange } from '../../shared/timeline'
import { useModel } from './context'
import type { TimelineModel } from './useTimelineModel'
import { currentDateLocale } from '../i18n'
import { zoneName } from '../dates'
import { useHolidayCalendar, type HolidayCalendar } from '../holidays/calendar'
import { holidayAt, holidaysIn, laneCountry, planDaysIn, showsHolidays, type MarkedDay } from '../holidays/holidayDays'
import './timelineHolidays.css'

/** Height of the band under the axis, in pixels (the lanes start this much lower at day and week zoom). */
export const HOLIDAY_BAND_HEIGHT = 20

/** The band's height at a zoom: 0 where holidays are not drawn. */
export const holidayBandHeight = (model: Pick<TimelineModel, 'view'>): number => (showsHolidays(model.view.zoom) ? HOLIDAY_BAND_HEIGHT : 0)

const languageOf = (language: string) => language.slice(0, 2)

/** Behind the lanes on screen (by index): their country's public holidays as a tint. */
export const HolidayTints = memo(function HolidayTints({ window, lanes }: { window: AxisRange; lanes: readonly number[] }) {
  const { t, i18n } = useTranslation()
  const model = useModel()
  const zoom = model.view.zoom
  // Loaded only where holidays are drawn: a plan seen by the month never carries the rules.
  const calendar = useHolidayCalendar(showsHolidays(zoom))
  if (!showsHolidays(zoom)) return null
  const range = { start: Math.max(window.start, model.origin), end: Math.min(window.end, model.end) }
  const tints: { key: string; top: number; height: number; day: MarkedDay }[] = []
  for (const index of lanes) {
    const lane = model.lanes[index]?.lane
    const box = model.boxes[index]
    if (!lane || !box) continue
    const country = laneCountry(model.content, model.view.grouping, lane.key)
    if (!country) continue
    for (const day of holidaysIn(calendar, country, range, languageOf(i18n.language))) tints.push({ key: `${lane.key}|${day.date}`, top: box.top, height: box.height, day })
  }
  return (
    <div className="hol-tints" style={{ width: model.width }} aria-hidden="true">
      {tints.map(({ key, top, height, day }) => (
        <div
          key={key}
          className="hol-tint"
          data-holiday={day.date}
          title={t('holidays.onDay', { name: day.name, country: model.text.country(day.country ?? '') })}
          style={{ top, height, left: xFromTime(day.start, model.origin, model.scale), width: widthOf(day.end - day.start, model.scale) }}
        />
      ))}
    </div>
  )
})

/** Under the time axis at day and week zoom: the home country's public holidays and the plan's own non-working days. */
export const HolidayBand = memo(function HolidayBand({ window }: { window: AxisRange }) {
  const { t, i18n } = useTranslation()
  const model = useModel()
  const zoom = model.view.zoom
  // Loaded only where holidays are drawn: a plan seen by the month never carries the rules.
  const calendar = useHolidayCalendar(showsHolidays(zoom))
  if (!showsHolidays(zoom)) return null
  const home = calendar?.homeCountry(model.content) ?? null
  const range = { start: Math.max(window.start, model.origin), end: Math.min(window.end, model.end) }
  const days = [...(home ? holidaysIn(calendar, home, range, languageOf(i18n.language)) : []), ...planDaysIn(model.content, range)]
  const countryName = home ? model.text.country(home) : ''
  const label = (day: MarkedDay) =>
    day.kind === 'plan' ? (day.name ? t('holidays.planDay', { name: day.name }) : t('holidays.planDayUnnamed')) : t('holidays.onDay', { name: day.name, country: countryName })
  return (
    <div className="hol-band" style={{ width: model.width + model.laneHeaderWidth, height: HOLIDAY_BAND_HEIGHT }} role="group" aria-label={t('holidays.homeBandRegion', { country: countryName })}>
      <div className="hol-band-corner">{t('holidays.homeBand', { country: countryName })}</div>
      <div className="hol-band-days">
        {days.map((day) => (
          <div
            key={`${day.kind}|${day.date}`}
            className={day.kind === 'plan' ? 'hol-band-day is-plan' : 'hol-band-day'}
            data-holiday={day.date}
            title={label(day)}
            style={{ left: xFromTime(day.start, model.origin, model.scale), width: widthOf(day.end - day.start, model.scale) }}
          >
            {zoom === 'day' && (
              <bdi className="hol-band-name" aria-hidden="true">
                {day.name}
              </bdi>
            )}
            <span className="sr-only">{label(day)}</span>
          </div>
        ))}
      </div>
    </div>
  )
})

/** The zone of the lane under the pointer: its venue's, else its country's (or its partner's country's). */
function laneZone(calendar: HolidayCalendar | null, model: TimelineModel, index: number): { zone: string | null; country: string | null } {
  const lane = model.lanes[index]?.lane
  if (!lane) return { zone: null, country: null }
  const project = model.content
  if (model.view.grouping === 'venue') {
    const venue = project.venues.find((v) => v.id === lane.key)
    return { zone: venue?.timeZone ?? null, country: venue?.country ?? null }
  }
  const country = model.view.grouping === 'country' ? lane.key : model.view.grouping === 'partner' ? (project.partners.find((p) => p.id === lane.key)?.country ?? null) : null
  return { zone: country ? (calendar?.zoneOfCountry(country) ?? null) : null, country }
}

interface Readout {
  x: number
  y: number
  lines: string[]
}

/** Shows, near the pointer over empty lane space, the time under it on the lane's clock and home's, and that day's holiday. */
export function PointerTime({ scrollerRef, bodyRef }: { scrollerRef: RefObject<HTMLElement | null>; bodyRef: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation()
  const model = useModel()
  const [pointed, setPointed] = useState(false)
  // The rules load once the pointer first rests over the lanes (the readout names that day's holiday).
  const calendar = useHolidayCalendar(pointed)
  const [readout, setReadout] = useState<Readout | null>(null)

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    const locale = currentDateLocale()
    const home = model.content.homeTimeZone
    const zoom = model.view.zoom
    // Minutes are worth showing only where a minute has width: rounded to 5 at day zoom, to the hour at week zoom.
    const step = zoom === 'day' ? 5 : zoom === 'week' ? 60 : 0
    const clock = (value: string, withDay: boolean) => {
      const [y, m, d, hh, mm] = value.split(/[-T:]/).map(Number)
      const date = new Date(2000, 0, 1)
      date.setFullYear(y!, m! - 1, d!)
      date.setHours(hh!, mm!)
      const time = format(date, t('dates.time'), { locale })
      return withDay ? t('dates.dayTime', { day: format(date, t('dates.day'), { locale }), time }) : time
    }
    const hide = () => setReadout(null)
    const move = (event: PointerEvent) => {
      const body = bodyRef.current
      const target = event.target as Element | null
      if (!body || event.buttons !== 0 || !target || target.closest('[data-item-key], .tl-lane-header, .tl-header, .hol-band')) return hide()
      const rect = body.getBoundingClientRect()
      const x = event.clientX - rect.left - model.laneHeaderWidth
      const y = event.clientY - rect.top
      const index = model.boxes.findIndex((box) => y >= box.top && y < box.top + box.height)
      if (x < 0 || index < 0) return hide()
      setPointed(true)
      const raw = timeFromX(x, model.origin, model.scale)
      const { zone, country } = laneZone(calendar, model, index)
      const lines: string[] = []
      if (step > 0) {
        const axis = Math.floor(raw / step) * step
        const homeValue = axisToTimed(axis, home, home)
        const ownValue = zone && zone !== home ? axisToTimed(axis, home, zone) : null
        const homeText = t('timeZones.zoneTime', { time: clock(homeValue, ownValue === null || ownValue.slice(0, 10) !== homeValue.slice(0, 10)), zone: zoneName(home, locale) })
        lines.push(ownValue ? t('timeZones.both', { first: t('timeZones.zoneTime', { time: clock(ownValue, true), zone: zoneName(zone!, locale) }), second: homeText }) : homeText)
      }
      const holiday = holidayAt(calendar, country, raw, languageOf(i18n.language))
      if (holiday) lines.push(t('holidays.onDay', { name: holiday.name, country: model.text.country(holiday.country) }))
      setReadout(lines.length > 0 ? { x: event.clientX, y: event.clientY, lines } : null)
    }
    scroller.addEventListener('pointermove', move, { passive: true })
    scroller.addEventListener('pointerleave', hide)
    scroller.addEventListener('pointerdown', hide)
    return () => {
      scroller.removeEventListener('pointermove', move)
      scroller.removeEventListener('pointerleave', hide)
      scroller.removeEventListener('pointerdown', hide)
    }
  }, [scrollerRef, bodyRef, model, t, i18n.language, calendar])

  if (!readout) return null
  return (
    <div
      className="tl-tooltip hol-pointer"
      // Below and right of the pointer, or above it near the window's foot.
      style={readout.y + 90 > globalThis.innerHeight ? { left: readout.x + 14, bottom: globalThis.innerHeight - readout.y + 12 } : { left: readout.x + 14, top: readout.y + 18 }}
      aria-hidden="true"
      data-testid="pointer-time"
    >
      {readout.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  )
}
