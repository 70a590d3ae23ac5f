import { useId } from 'react'

type Props = { question: string; onConfirm: () => void; onCancel: () => void }

export const usageSentence = (claimCount: number) =>
  claimCount === 0
    ? 'It is not used by any claim.'
    : `It is used by ${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}.`

/** An inline "are you sure" inside the row, so the user keeps their place (no window.confirm). */
export function TagConfirmation({ question, onConfirm, onCancel }: Props) {
  const questionId = useId()
  return (
    <div className="tag-confirmation" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <button type="button" className="danger-button" onClick={onConfirm} autoFocus>
        Confirm
      </button>
      <button type="button" className="secondary-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
