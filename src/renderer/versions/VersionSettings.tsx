// Settings ▸ Version history: how many saved versions of each plan are kept (the last N, and one a
// day for D days). Each valid change is remembered at once, like the language.
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaravanApi, KeepVersions } from '../../shared/ipc'
import { currentChoice } from '../app/language'
import './versions.css'

const limits = { recent: { min: 1, max: 1000 }, days: { min: 0, max: 3650 } } as const

export function VersionSettings({ api }: { api: CaravanApi }) {
  const { t } = useTranslation()
  const id = useId()
  const [keep, setKeep] = useState<{ recent: string; days: string } | null>(null)
  useEffect(() => {
    let current = true
    api.invoke('settings:get', undefined).then(
      (s) => current && s.keepVersions && setKeep({ recent: String(s.keepVersions.recent), days: String(s.keepVersions.days) }),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [api])
  if (!keep) return null

  const valid = (key: keyof KeepVersions, text: string): boolean => /^\d+$/.test(text) && Number(text) >= limits[key].min && Number(text) <= limits[key].max
  const change = (key: keyof KeepVersions, text: string) => {
    const next = { ...keep, [key]: text }
    setKeep(next)
    if (valid('recent', next.recent) && valid('days', next.days)) {
      void api.invoke('settings:set', { language: currentChoice(), keepVersions: { recent: Number(next.recent), days: Number(next.days) } }).catch(() => undefined)
    }
  }
  return (
    <fieldset className="settings-choices settings-versions" aria-describedby={`${id}-hint`}>
      <legend>{t('settings.versions')}</legend>
      <p className="settings-keep">
        <label htmlFor={`${id}-recent`}>{t('settings.keepRecent')}</label>
        <input id={`${id}-recent`} type="number" inputMode="numeric" min={limits.recent.min} max={limits.recent.max} value={keep.recent} aria-invalid={!valid('recent', keep.recent)} onChange={(e) => change('recent', e.target.value)} aria-describedby={`${id}-recent-unit`} />
        <span id={`${id}-recent-unit`}>{t('settings.keepRecentUnit')}</span>
      </p>
      <p className="settings-keep">
        <label htmlFor={`${id}-days`}>{t('settings.keepDays')}</label>
        <input id={`${id}-days`} type="number" inputMode="numeric" min={limits.days.min} max={limits.days.max} value={keep.days} aria-invalid={!valid('days', keep.days)} onChange={(e) => change('days', e.target.value)} aria-describedby={`${id}-days-unit`} />
        <span id={`${id}-days-unit`}>{t('settings.keepDaysUnit')}</span>
      </p>
      <p id={`${id}-hint`} className="field-hint">
        {t('settings.versionsHint')}
      </p>
    </fieldset>
  )
}
