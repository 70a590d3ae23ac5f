import type { CSSProperties } from 'react'
import type { Tag } from '../../../../shared/claim-model'

type Props = {
  tags: readonly Tag[]
  selected: readonly string[]
  onChange: (tagIds: string[]) => void
}

/** Tags as a group of checkboxes: keyboard-operable as they are, colour plus name on each. */
export function TagToggles({ tags, selected, onChange }: Props) {
  const toggle = (tagId: string, isOn: boolean) =>
    onChange(isOn ? [...selected, tagId] : selected.filter((id) => id !== tagId))
  return (
    <fieldset className="tag-toggles">
      <legend>Tags</legend>
      {tags.map((tag) => (
        <label
          key={tag.id}
          className="tag-toggle"
          style={{ '--chip-colour': tag.colour } as CSSProperties}
        >
          <input
            type="checkbox"
            checked={selected.includes(tag.id)}
            onChange={(event) => toggle(tag.id, event.target.checked)}
          />
          {tag.name}
        </label>
      ))}
    </fieldset>
  )
}
