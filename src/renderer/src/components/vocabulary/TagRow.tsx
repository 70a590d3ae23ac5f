import { useEffect, useId, useRef, useState } from 'react'
import type { Tag } from '../../../../shared/claim-model'
import { messageOf } from '../../../../shared/message-of'
import { useTagUsage } from '../../hooks/use-tag-usage'
import { TagConfirmation, usageSentence } from './TagConfirmation'
import { useDraft } from './use-draft'
import { useInlineChange } from './use-inline-change'

type Props = { tag: Tag; otherTags: readonly Tag[]; onRemoved: () => void }

/** A change to send once confirmed: answers why it failed, or null. */
type TagChange = () => Promise<string | null>

/** A question waiting for Confirm, and the button to return focus to if the user cancels. */
type Confirmation = { question: string; change: TagChange; opener: HTMLElement }

/** One tag of the vocabulary: each control saves on its own, and Edit → Undo takes it back. */
export function TagRow({ tag, otherTags, onRemoved }: Props) {
  const changeInline = useInlineChange()
  const countUsage = useTagUsage()
  const [error, setError] = useState<string | null>(null)
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null)
  const errorId = useId()

  const save = async (change: TagChange) => {
    const failure = await change()
    setError(failure)
    return failure === null
  }

  const rename = async (name: string) => {
    if (name !== '') return save(() => changeInline('tags.update', { tagId: tag.id, name }))
    setError('A tag needs a name.')
    return false
  }

  const askFirst = async (question: string, change: TagChange, opener: HTMLElement) => {
    try {
      const claimCount = await countUsage(tag.id)
      setError(null)
      setConfirmation({ question: `${question}? ${usageSentence(claimCount)}`, change, opener })
    } catch (failure) {
      setError(messageOf(failure))
    }
  }

  const askToMerge = (target: Tag | undefined, opener: HTMLElement) => {
    if (!target) return setError(`Choose a tag to merge “${tag.name}” into.`)
    const merge = () => changeInline('tags.merge', { sourceId: tag.id, targetId: target.id })
    void askFirst(`Merge “${tag.name}” into “${target.name}”`, merge, opener)
  }

  const askToDelete = (opener: HTMLElement) =>
    void askFirst(
      `Delete “${tag.name}”`,
      () => changeInline('tags.delete', { tagId: tag.id }),
      opener,
    )

  const confirm = async (asked: Confirmation) => {
    setConfirmation(null)
    if (await save(asked.change)) onRemoved()
    else asked.opener.focus()
  }

  const cancel = (asked: Confirmation) => {
    setConfirmation(null)
    asked.opener.focus()
  }

  return (
    <li className="tag-row">
      <div className="tag-row-controls">
        <TagColourInput
          tag={tag}
          onCommit={(colour) => save(() => changeInline('tags.update', { tagId: tag.id, colour }))}
        />
        <TagNameInput tag={tag} errorId={error ? errorId : undefined} onSave={rename} />
        <MergeControls tag={tag} otherTags={otherTags} onMerge={askToMerge} />
        <button
          type="button"
          className="danger-button"
          aria-label={`Delete tag ${tag.name}`}
          onClick={(event) => askToDelete(event.currentTarget)}
        >
          Delete
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      {confirmation && (
        <TagConfirmation
          question={confirmation.question}
          onConfirm={() => void confirm(confirmation)}
          onCancel={() => cancel(confirmation)}
        />
      )}
    </li>
  )
}

type NameProps = {
  tag: Tag
  errorId: string | undefined
  onSave: (name: string) => Promise<boolean>
}

/** Saves on Enter or when focus leaves, and only when the name really changed. */
function TagNameInput({ tag, errorId, onSave }: NameProps) {
  const [draft, setDraft] = useDraft(tag.name)
  const isSaving = useRef(false)
  // Enter then blur must not send a name that was just refused a second time.
  const refusedName = useRef<string | null>(null)

  const commit = async () => {
    const name = draft.trim()
    if (name === tag.name) return setDraft(tag.name)
    if (isSaving.current || name === refusedName.current) return
    isSaving.current = true
    refusedName.current = (await onSave(name)) ? null : name
    isSaving.current = false
  }

  return (
    <input
      type="text"
      className="tag-name"
      value={draft}
      maxLength={60}
      aria-label={`Name of ${tag.name}`}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return
        event.preventDefault()
        void commit()
      }}
    />
  )
}

type ColourProps = { tag: Tag; onCommit: (colour: string) => Promise<boolean> }

function TagColourInput({ tag, onCommit }: ColourProps) {
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (inputRef.current) inputRef.current.value = tag.colour
  }, [tag.colour])

  // React's onChange fires on every move inside the picker; the native change event fires once, on the pick.
  useEffect(() => {
    const input = inputRef.current
    if (!input) return
    const commit = async () => {
      if (input.value.toLowerCase() === tag.colour.toLowerCase()) return
      if (!(await onCommit(input.value))) input.value = tag.colour
    }
    input.addEventListener('change', commit)
    return () => input.removeEventListener('change', commit)
  }, [tag.colour, onCommit])

  return (
    <input
      ref={inputRef}
      type="color"
      className="tag-colour"
      defaultValue={tag.colour}
      aria-label={`Colour of ${tag.name}`}
    />
  )
}

type MergeProps = {
  tag: Tag
  otherTags: readonly Tag[]
  onMerge: (target: Tag | undefined, opener: HTMLElement) => void
}

function MergeControls({ tag, otherTags, onMerge }: MergeProps) {
  const [targetId, setTargetId] = useState('')
  if (otherTags.length === 0) return null
  const target = otherTags.find((each) => each.id === targetId)
  return (
    <span className="tag-merge">
      <select
        aria-label={`Merge ${tag.name} into`}
        value={target ? targetId : ''}
        onChange={(event) => setTargetId(event.target.value)}
      >
        <option value="">Merge into…</option>
        {otherTags.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="secondary-button"
        aria-label={`Merge ${tag.name}`}
        onClick={(event) => onMerge(target, event.currentTarget)}
      >
        Merge
      </button>
    </span>
  )
}
