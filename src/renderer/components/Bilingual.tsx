/** A name with its second-language form beneath it; both are user text of unknown direction. */
export function Bilingual({ primary, local, as: Tag = 'span' }: { primary: string; local?: string | undefined; as?: 'span' | 'h3' }) {
  return (
    <Tag className="bilingual">
      <span className="name-primary" dir="auto">
        {primary}
      </span>
      {local && (
        <span className="name-local" dir="auto">
          {local}
        </span>
      )}
    </Tag>
  )
}
