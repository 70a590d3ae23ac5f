import { useState } from 'react'
import { reviewNoteCount, type UnreadReviewNote } from '../../../shared/review-model'
import { useUnreadReviewNotes } from '../hooks/use-review'

type Props = { onOpen: (note: UnreadReviewNote) => void }

const shortened = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text

/**
 * "1 review note": reviewers' notes on this member's claims, unread. One opens its claim at once;
 * several open a list to pick from. Opening a claim reads its notes.
 */
export function ReviewNotesBadge({ onOpen }: Props) {
  const unread = useUnreadReviewNotes()
  const [isListing, setListing] = useState(false)
  if (unread.length === 0) return null
  const [only] = unread
  const open = (note: UnreadReviewNote) => {
    setListing(false)
    onOpen(note)
  }
  return (
    <div className="review-notes-badge">
      <button
        type="button"
        aria-expanded={unread.length > 1 ? isListing : undefined}
        onClick={() => (unread.length === 1 && only ? open(only) : setListing(!isListing))}
      >
        {reviewNoteCount(unread.length)}
      </button>
      {isListing && (
        <ul aria-label="Unread review notes">
          {unread.map((note) => (
            <li key={note.noteId}>
              <button type="button" className="quiet-button" onClick={() => open(note)}>
                {note.by} on “{shortened(note.quote, 40)}”: {shortened(note.text, 80)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
