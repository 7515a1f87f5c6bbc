// A set of the plan's partners, channels, audiences or strategies as chips: the chosen ones with a
// remove button each, and a type-ahead box (both languages) that adds one more. Only the chosen
// ones and the options on screen are in the DOM, however long the plan's list is.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Combobox, type ComboboxAction } from './Combobox'
import { namedOptions } from './entityPickers'

interface ChipsPickerProps {
  legend: string
  /** Each choice: its id, its name and second-language name, in the plan's order. */
  options: readonly { id: string; name: string; nameLocal?: string | undefined }[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
  idPrefix: string
  error?: string | undefined
  /** Said when the plan has none to choose from. */
  empty?: string | undefined
  /** "New partner…" at the foot of the list. */
  action?: ComboboxAction | undefined
}

/** Picks several of a list of the plan; the result keeps the plan's order. */
export function ChipsPicker({ legend, options, selected, onChange, idPrefix, error, empty, action }: ChipsPickerProps) {
  const { t } = useTranslation()
  const chosen = useMemo(() => new Set(selected), [selected])
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options])
  const available = useMemo(() => namedOptions(options).filter((o) => !chosen.has(o.value)), [options, chosen])
  const inPlanOrder = (ids: Set<string>) => options.map((o) => o.id).filter((id) => ids.has(id))
  const add = (id: string) => onChange(inPlanOrder(new Set([...chosen, id])))
  const remove = (id: string) => onChange(selected.filter((s) => s !== id))
  const errorId = error ? `${idPrefix}-error` : undefined

  return (
    <fieldset className="ed-choices ed-chips" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {options.length === 0 && empty && <p className="ed-hint">{empty}</p>}
      {selected.length > 0 && (
        <ul className="ed-chip-list" aria-label={t('editing.chips.chosen', { what: legend })}>
          {selected.map((id) => {
            const option = byId.get(id)
            const name = option?.name ?? id
            return (
              <li key={id} className="ed-chip" title={option?.nameLocal ? `${name} · ${option.nameLocal}` : name}>
                <span className="ed-chip-name" dir="auto">
                  {name}
                </span>
                {option?.nameLocal && (
                  <span className="ed-chip-local" dir="auto">
                    {option.nameLocal}
                  </span>
                )}
                <button type="button" className="ed-chip-remove" onClick={() => remove(id)} aria-label={t('editing.chips.remove', { name })} title={t('editing.remove')}>
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {(options.length > 0 || action) && (
        <Combobox
          id={`${idPrefix}-add`}
          aria-label={t('editing.chips.add', { what: legend })}
          aria-describedby={errorId}
          aria-invalid={error ? true : undefined}
          value=""
          options={available}
          onChange={add}
          placeholder={t('editing.chips.placeholder')}
          noMatches={t('editing.pickers.noMatches')}
          action={action}
          adder={{ onBackspace: () => selected.length > 0 && remove(selected.at(-1)!) }}
        />
      )}
      {error && (
        <p id={errorId} className="ed-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
