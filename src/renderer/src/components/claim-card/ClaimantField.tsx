import { useState } from 'react'
import { useSaveAsYouType } from '../../hooks/use-save-as-you-type'

type Props = { saved: string; onSave: (claimant: string) => void }

/** "Who said it": saved as it is typed, and at once on Enter or when focus leaves. */
export function ClaimantField({ saved, onSave }: Props) {
  const [draft, setDraft] = useState(saved)
  const [isFocused, setFocused] = useState(false)
  const [seen, setSeen] = useState(saved)
  // A change from elsewhere (undo, another window) shows when the field is not being typed in.
  if (saved !== seen) {
    setSeen(saved)
    if (!isFocused) setDraft(saved)
  }
  const pending = useSaveAsYouType(() => draft.trim() !== saved && onSave(draft.trim()))

  return (
    <div className="field-row">
      <label htmlFor="claim-claimant">Who said it</label>
      <input
        id="claim-claimant"
        value={draft}
        maxLength={300}
        placeholder="Claimant"
        onChange={(event) => {
          setDraft(event.target.value)
          pending.edited()
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false)
          pending.flush()
        }}
        onKeyDown={(event) => event.key === 'Enter' && pending.flush()}
      />
    </div>
  )
}
