import { useState } from 'react'

type Props = { saved: string; onSave: (claimant: string) => void }

/** "Who said it": edited freely, saved on Enter or when focus leaves, only if it changed. */
export function ClaimantField({ saved, onSave }: Props) {
  const [draft, setDraft] = useState(saved)
  const save = () => draft.trim() !== saved && onSave(draft.trim())
  return (
    <div className="field-row">
      <label htmlFor="claim-claimant">Who said it</label>
      <input
        id="claim-claimant"
        value={draft}
        maxLength={300}
        placeholder="Claimant"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => event.key === 'Enter' && save()}
      />
    </div>
  )
}
