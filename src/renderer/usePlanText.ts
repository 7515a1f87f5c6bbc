import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { currentDateLocale } from './i18n'
import { DateFormatter } from './dates'

/** Date formatting in the plan's home zone and country names, both in the UI language. */
export function usePlanText(homeTimeZone: string) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })
    const country = (code: string): string => {
      try {
        return regions.of(code) ?? code
      } catch {
        return code
      }
    }
    const place = (countryCode: string, city?: string) => (city ? t('place.cityCountry', { city, country: country(countryCode) }) : country(countryCode))
    // The language is read so a language switch makes a new formatter.
    return { dates: new DateFormatter(t, currentDateLocale(), homeTimeZone), country, place, language }
  }, [t, language, homeTimeZone])
}

export type PlanText = ReturnType<typeof usePlanText>
