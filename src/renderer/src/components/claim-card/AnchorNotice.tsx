import { useState } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import { useWorkspace } from '../../state/workspace-context'

const percent = (confidence: number) => `${Math.round(confidence * 100)}% sure`

/** What an article update did to this claim's anchor, in words, and how to settle it. */
export function AnchorNotice({ claim }: { claim: Claim }) {
  const { perform } = useWorkspace()
  const [isSaving, setIsSaving] = useState(false)
  const { state, confidence, previousExact } = claim.anchor
  if (state === 'anchored') return null

  const confirm = async () => {
    setIsSaving(true)
    await perform('claims.confirmAnchor', { articleId: claim.articleId, claimId: claim.id })
    setIsSaving(false)
  }

  const message = {
    moved: `The article was updated; this claim moved with its text (${percent(confidence)}).`,
    'needs-review': `The article was updated and this passage may not be what you checked (${percent(confidence)}). Compare before you rely on it.`,
    orphaned:
      'The article was updated and this claim’s text is no longer in it. Its verdict, notes and sources are kept.',
  }[state]

  return (
    <div className={`anchor-notice anchor-${state}`} role="status">
      <p>{message}</p>
      {previousExact && previousExact !== claim.quote.exact && (
        <p>
          Checked wording: <q>{previousExact}</q>
        </p>
      )}
      {state !== 'orphaned' && (
        <button type="button" onClick={() => void confirm()} disabled={isSaving}>
          {state === 'moved' ? 'OK' : 'This is the right passage'}
        </button>
      )}
    </div>
  )
}
