import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { REVIEW_NOTE_LIMITS, type Claim } from '../../../../shared/claim-model'
import { readableTime } from '../../../../shared/readable-date'
import { useReadReviewNotes } from '../../hooks/use-review'
import { useWorkspace } from '../../state/workspace-context'

/** Who approved the claim and when: "Approved by Ana · 6 Dec 2026, 14:05". */
export function ApprovalLine({ claim }: { claim: Claim }) {
  if (claim.status !== 'approved' || !claim.approval) return null
  return (
    <p className="approval-line">
      Approved by {claim.approval.by} · {readableTime(claim.approval.at)}
    </p>
  )
}

function ReviewNoteForm({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const { perform } = useWorkspace()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  useEffect(() => box.current?.focus(), [])
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const saved = await perform('claims.addReviewNote', {
      articleId: claim.articleId,
      claimId: claim.id,
      text: text.trim(),
    })
    if (saved) onDone()
  }
  return (
    <form className="review-note-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>Review note</label>
      <textarea
        id={id}
        ref={box}
        rows={2}
        maxLength={REVIEW_NOTE_LIMITS.characters}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="review-note-actions">
        <button type="submit" disabled={text.trim() === ''}>
          Add note
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

type Props = {
  claim: Claim
  /** The "Add review note" box is open (the card's button opens it). */
  isWriting: boolean
  onWritten: () => void
}

/** Reviewers' notes on the claim as a short thread, and the box for another when it is open. */
export function ReviewThread({ claim, isWriting, onWritten }: Props) {
  useReadReviewNotes(claim.id)
  const notes = claim.reviewNotes ?? []
  if (notes.length === 0 && !isWriting) return null
  return (
    <section className="review-thread" aria-label="Review notes">
      {notes.length > 0 && (
        <ol className="review-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="review-note-head">
                {note.by} · {readableTime(note.at)}
              </p>
              <p className="review-note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {isWriting && <ReviewNoteForm claim={claim} onDone={onWritten} />}
    </section>
  )
}
