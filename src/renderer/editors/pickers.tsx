// The country, time-zone and currency pickers: type-ahead comboboxes over the ISO and IANA lists.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Combobox } from './Combobox'
import { countryOptions, currencyOptions, timeZoneOptions, type PickerOption } from './countries'
import type { ControlAria } from './fields'

interface PickerProps extends ControlAria {
  value: string
  onChange: (value: string) => void
  /** Offer "none" (for optional fields). */
  optional?: boolean
}

function withCurrent(options: PickerOption[], value: string): PickerOption[] {
  // A value the lists do not know (a newer zone name in a file) stays visible rather than vanishing.
  return value === '' || options.some((o) => o.value === value) ? options : [{ value, label: value, search: value.toLowerCase() }, ...options]
}

/** Picks an ISO 3166-1 country by its English or Chinese name or its code. */
export function CountryPicker({ value, onChange, optional, ...aria }: PickerProps) {
  const { t } = useTranslation()
  const options = useMemo(() => withCurrent(countryOptions(), value), [value])
  return (
    <Combobox
      {...aria}
      value={value}
      options={options}
      onChange={onChange}
      emptyLabel={optional ? t('editing.none') : undefined}
      placeholder={t('editing.pickers.country')}
      noMatches={t('editing.pickers.noMatches')}
    />
  )
}

/** Picks an IANA time zone by city or region name, or its UTC offset. */
export function TimeZonePicker({ value, onChange, optional, ...aria }: PickerProps) {
  const { t } = useTranslation()
  const options = useMemo(() => withCurrent(timeZoneOptions(), value), [value])
  return (
    <Combobox
      {...aria}
      value={value}
      options={options}
      onChange={onChange}
      emptyLabel={optional ? t('editing.none') : undefined}
      placeholder={t('editing.pickers.timeZone')}
      noMatches={t('editing.pickers.noMatches')}
    />
  )
}

/** Picks an ISO 4217 currency by code or name. */
export function CurrencyPicker({ value, onChange, optional, ...aria }: PickerProps) {
  const { t } = useTranslation()
  const options = useMemo(() => withCurrent(currencyOptions(), value), [value])
  return (
    <Combobox
      {...aria}
      value={value}
      options={options}
      onChange={onChange}
      emptyLabel={optional ? t('editing.none') : undefined}
      placeholder={t('editing.pickers.currency')}
      noMatches={t('editing.pickers.noMatches')}
    />
  )
}
