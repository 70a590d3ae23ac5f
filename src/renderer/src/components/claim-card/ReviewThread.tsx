import { useId, useState, type FormEvent } from 'react'
import { REVIEW_NOTE_LIMITS, type Claim } from '../../../../shared/claim-model'
import { readableTime } from '../../../../shared/readable-date'
import { useCanReview, useReadReviewNotes } from '../../hooks/use-review'
import { useWorkspace } from '../../state/workspace-context'

/** Who approved the claim and when: "Approved by Ana · 6 Dec 2026, 14:05". */
function ApprovalLine({ claim }: { claim: Claim }) {
  if (claim.status !== 'approved' || !claim.approval) return null
  return (
    <p className="approval-line">
      Approved by {claim.approval.by} · {readableTime(claim.approval.at)}
    </p>
  )
}

function AddReviewNote({ claim }: { claim: Claim }) {
  const { perform } = useWorkspace()
  const id = useId()
  const [text, setText] = useState('')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') return
    const saved = await perform('claims.addReviewNote', {
      articleId: claim.articleId,
      claimId: claim.id,
      text: text.trim(),
    })
    if (saved) setText('')
  }
  return (
    <form className="review-note-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>Add review note</label>
      <textarea
        id={id}
        rows={2}
        maxLength={REVIEW_NOTE_LIMITS.characters}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" disabled={text.trim() === ''}>
        Add note
      </button>
    </form>
  )
}

/** The claim's review: its approval, reviewers' notes as a short thread, and a box for another. */
export function ReviewThread({ claim }: { claim: Claim }) {
  const canReview = useCanReview()
  useReadReviewNotes(claim.id)
  const notes = claim.reviewNotes ?? []
  return (
    <section className="review-thread" aria-label="Review">
      <ApprovalLine claim={claim} />
      {notes.length > 0 && (
        <ol className="review-notes" aria-label="Review notes">
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
      {canReview && <AddReviewNote claim={claim} />}
    </section>
  )
}
