// The editor of one entity kind, chosen by kind; EditingHost fetches this module (and every editor
// with it) the first time an editor opens.
import { CoproductionEditor } from './CoproductionEditor'
import { DependencyEditor } from './DependencyEditor'
import { EventEditor } from './EventEditor'
import { ListEntityEditor, type ListKind } from './ListEntityEditor'
import { PartnerEditor } from './PartnerEditor'
import type { EditorProps } from './types'
import type { EntityKind } from '../../shared/commands'
import { VenueEditor } from './VenueEditor'

export function Editor({ kind, props }: { kind: EntityKind; props: EditorProps<EntityKind> }) {
  const key = props.initial.id
  switch (kind) {
    case 'event':
      return <EventEditor key={key} {...(props as EditorProps<'event'>)} />
    case 'partner':
      return <PartnerEditor key={key} {...(props as EditorProps<'partner'>)} />
    case 'venue':
      return <VenueEditor key={key} {...(props as EditorProps<'venue'>)} />
    case 'coproduction':
      return <CoproductionEditor key={key} {...(props as EditorProps<'coproduction'>)} />
    case 'dependency':
      return <DependencyEditor key={key} {...(props as EditorProps<'dependency'>)} />
    case 'channel':
    case 'audience':
    case 'strategy':
      return <ListEntityEditor key={key} kind={kind} {...(props as unknown as EditorProps<ListKind>)} />
  }
}
