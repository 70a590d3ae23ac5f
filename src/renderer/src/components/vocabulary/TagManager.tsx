import { useId, useRef, useState, type FormEvent } from 'react'
import { useVocabulary } from '../../hooks/use-articles'
import { SHORTCUTS } from '../../shortcuts'
import { Dialog } from '../Dialog'
import { TagRow } from './TagRow'
import { useInlineChange } from './use-inline-change'

type Props = { open: boolean; onClose: () => void }

/** Distinct in light and dark themes; a new tag takes the next one so neighbours differ. */
const PALETTE = [
  '#2f6fdd',
  '#8a4fd3',
  '#0f8a7e',
  '#c2571a',
  '#b0357a',
  '#6b7a1f',
  '#c62828',
  '#5f6b7a',
]
const paletteColour = (index: number) => PALETTE[index % PALETTE.length] ?? '#2f6fdd'

/** The workspace's tag vocabulary: rename, recolour, merge, delete and add, each undoable. */
export function TagManager({ open, onClose }: Props) {
  const vocabulary = useVocabulary()
  const listRef = useRef<HTMLUListElement>(null)
  const listLabelId = useId()
  const tags = vocabulary?.tags ?? []

  return (
    <Dialog open={open} onClose={onClose} title="Tags" className="vocabulary-dialog">
      {vocabulary === null ? (
        <p className="empty-note">Loading tags…</p>
      ) : (
        <>
          <p id={listLabelId} className="dialog-hint">
            Each change is saved at once; {SHORTCUTS.undo.label} (outside a text field) undoes it.
          </p>
          <ul ref={listRef} className="tag-rows" aria-labelledby={listLabelId} tabIndex={-1}>
            {tags.map((tag) => (
              <TagRow
                key={tag.id}
                tag={tag}
                otherTags={tags.filter((other) => other.id !== tag.id)}
                onRemoved={() => listRef.current?.focus()}
              />
            ))}
          </ul>
          {tags.length === 0 && <p className="empty-note">This workspace has no tags yet.</p>}
          <AddTagForm tagCount={tags.length} />
        </>
      )}
    </Dialog>
  )
}

function AddTagForm({ tagCount }: { tagCount: number }) {
  const changeInline = useInlineChange()
  const [name, setName] = useState('')
  const [colour, setColour] = useState(() => paletteColour(tagCount))
  const [error, setError] = useState<string | null>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const failure =
      name.trim() === ''
        ? 'A tag needs a name.'
        : await changeInline('tags.create', { name, colour })
    setError(failure)
    if (failure === null) {
      setName('')
      setColour(paletteColour(tagCount + 1))
    }
    nameRef.current?.focus()
  }

  return (
    <form
      className="add-tag"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${id}-title`} className="dialog-section-title">
        Add tag
      </h3>
      <div className="add-tag-fields">
        <label htmlFor={`${id}-name`}>New tag name</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          type="text"
          value={name}
          maxLength={60}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${id}-colour`}>New tag colour</label>
        <input
          id={`${id}-colour`}
          type="color"
          value={colour}
          onChange={(event) => setColour(event.target.value)}
        />
        <button type="submit" className="primary-button">
          Add tag
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  )
}
