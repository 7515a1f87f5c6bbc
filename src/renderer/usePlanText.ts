import { useContext, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { currentDateLocale } from './i18n'
import { DateFormatter } from './dates'
import { WorkspaceContext } from './app/store'

const noSubscription = () => () => undefined

/** Date formatting in the plan's home zone and country names, both in the UI language; times on the clock the view asks for. */
export function usePlanText(homeTimeZone: string) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  // Outside a workspace (a print window, a test) times are on the home clock.
  const store = useContext(WorkspaceContext)
  const times = useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.getState().view.times ?? 'home')
  return useMemo(() => {
    const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
    // Asked for each lane and each holiday warning on screen, again on every edit: Intl is slow.
    const countries = new Map<string, string>()
    const country = (code: string): string => {
      let name = countries.get(code)
      if (name === undefined) {
        try {
          name = regions.of(code) ?? code
        } catch {
          name = code
        }
        countries.set(code, name)
      }
      return name
    }
    const place = (countryCode: string, city?: string) => (city ? t('place.cityCountry', { city, country: country(countryCode) }) : country(countryCode))
    // The language is read so a language switch makes a new formatter.
    return { dates: new DateFormatter(t, currentDateLocale(), homeTimeZone, times), country, place, language }
  }, [t, language, homeTimeZone, times])
}

export type PlanText = ReturnType<typeof usePlanText>
