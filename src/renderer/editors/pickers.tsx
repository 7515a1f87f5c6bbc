// The country, time-zone and currency pickers: type-ahead comboboxes over the ISO and IANA lists.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EntityPicker } from './entityPickers'
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

/** A type-ahead picker over one list of options (`optionsOf` is a stable, cached list). */
function OptionsPicker({ value, onChange, optional, optionsOf, placeholder, ...aria }: PickerProps & { optionsOf: () => PickerOption[]; placeholder: string }) {
  const { i18n } = useTranslation()
  // The language is a dependency: the lists are named in it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const options = useMemo(() => withCurrent(optionsOf(), value), [optionsOf, value, i18n.language])
  return <EntityPicker {...aria} value={value} options={options} onChange={onChange} optional={optional} placeholder={placeholder} />
}

/** Picks an ISO 3166-1 country by its English or Chinese name or its code. */
export function CountryPicker(props: PickerProps) {
  const { t } = useTranslation()
  return <OptionsPicker {...props} optionsOf={countryOptions} placeholder={t('editing.pickers.country')} />
}

/** Picks an IANA time zone by city or region name, or its UTC offset. */
export function TimeZonePicker(props: PickerProps) {
  const { t } = useTranslation()
  return <OptionsPicker {...props} optionsOf={timeZoneOptions} placeholder={t('editing.pickers.timeZone')} />
}

/** Picks an ISO 4217 currency by code or name. */
export function CurrencyPicker(props: PickerProps) {
  const { t } = useTranslation()
  return <OptionsPicker {...props} optionsOf={currencyOptions} placeholder={t('editing.pickers.currency')} />
}
