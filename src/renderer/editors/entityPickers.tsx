// Pickers over the plan's own entities: venues, partners, co-productions and the events and phases a
// dependency joins. Each is a type-ahead combobox over both names (English and the second language)
// whose options are built once per list of the plan, so 10,000 events open as quickly as ten.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { foldText } from '../../shared/filters'
import type { Project } from '../../shared/format'
import { Combobox, type ComboboxAction } from './Combobox'
import type { PickerOption } from './countries'
import type { ControlAria } from './fields'

/** Anything with a name and perhaps a second-language one. */
interface Named {
  id: string
  name?: string
  title?: string
  nameLocal?: string | undefined
  titleLocal?: string | undefined
}

const built = new WeakMap<readonly object[], PickerOption[]>()

/** Options for a list of the plan, each named in both languages (memoized per list, which edits replace). */
export function namedOptions(list: readonly Named[], detailOf?: (entity: Named) => string | undefined): PickerOption[] {
  const known = built.get(list)
  if (known && !detailOf) return known
  const options = list.map((entity) => {
    const name = entity.name ?? entity.title ?? entity.id
    const local = entity.nameLocal ?? entity.titleLocal
    const detail = detailOf?.(entity)
    return { value: entity.id, label: name, detail: [local, detail].filter(Boolean).join(' · ') || undefined, search: foldText(`${name} ${local ?? ''} ${detail ?? ''}`) }
  })
  if (!detailOf) built.set(list, options)
  return options
}

interface EntityPickerProps extends ControlAria {
  value: string
  onChange: (value: string) => void
  optional?: boolean
  action?: ComboboxAction | undefined
  placeholder?: string | undefined
}

/** A combobox over options already built (the editors build them with `namedOptions`). */
export function EntityPicker({ options, value, onChange, optional, action, placeholder, ...aria }: EntityPickerProps & { options: readonly PickerOption[] }) {
  const { t } = useTranslation()
  return (
    <Combobox
      {...aria}
      value={value}
      options={options}
      onChange={onChange}
      emptyLabel={optional ? t('editing.none') : undefined}
      placeholder={placeholder}
      noMatches={t('editing.pickers.noMatches')}
      action={action}
    />
  )
}

const venueOptions = new WeakMap<Project['venues'], PickerOption[]>()

/** Picks a venue by either name or its city; `onNew` offers "New venue…" at the foot of the list. */
export function VenuePicker({ project, onNew, ...props }: EntityPickerProps & { project: Project; onNew?: ((typed: string) => void) | undefined }) {
  const { t } = useTranslation()
  let options = venueOptions.get(project.venues)
  if (!options) {
    options = namedOptions(project.venues, (v) => (v as Project['venues'][number]).city)
    venueOptions.set(project.venues, options)
  }
  const action = onNew && { label: t('editing.pickers.newVenue'), run: onNew }
  return <EntityPicker {...props} options={options} action={action} placeholder={t('editing.pickers.venue')} />
}

/** Picks a co-production by either title. */
export function CoproductionPicker({ project, ...props }: EntityPickerProps & { project: Project }) {
  const { t } = useTranslation()
  return <EntityPicker {...props} options={namedOptions(project.coproductions)} placeholder={t('editing.pickers.coproduction')} />
}

/** Events and co-production phases, for either end of a dependency: found by title in both languages or by the co-production's. */
export function ItemPicker({ project, ...props }: EntityPickerProps & { project: Project }) {
  const { t } = useTranslation()
  const { events, coproductions } = project
  const options = useMemo(() => {
    const phases = coproductions.flatMap((c) =>
      c.phases.map((p) => {
        const kind = t(`phaseKind.${p.kind}`)
        const label = `${c.title}: ${p.title ?? kind}`
        return { value: p.id, label, detail: c.titleLocal ? `${kind} · ${c.titleLocal}` : kind, search: foldText(`${label} ${c.titleLocal ?? ''} ${kind}`) }
      }),
    )
    return [...namedOptions(events), ...phases]
  }, [events, coproductions, t])
  return <EntityPicker {...props} options={options} placeholder={t('editing.chooseItem')} />
}
