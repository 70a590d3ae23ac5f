import { useState } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import { useCallQuery } from '../../data/use-call-query'
import { useWorkspace } from '../../state/workspace-context'
import { CounterpartEntry, type CounterpartActions } from './CounterpartEntry'
import '../../styles/compare.css'

/** The claim card's "Across outlets" section: passages of other articles reporting the same thing. */
export function AcrossOutlets({ claim }: { claim: Claim }) {
  const { perform } = useWorkspace()
  const claimRef = { articleId: claim.articleId, claimId: claim.id }
  const found = useCallQuery('compare.counterparts', claimRef)
  const [busy, setBusy] = useState(false)

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true)
    await action()
    setBusy(false)
  }
  const actions: CounterpartActions = {
    busy,
    link: (counterpart) =>
      act(() => perform('compare.link', { ...claimRef, target: counterpart.passage })),
    unlink: (counterpart, removeTheirClaim) =>
      act(async () => {
        await perform('compare.unlink', claimRef)
        const { articleId } = counterpart.passage
        const claimId = counterpart.linkedClaimId
        if (removeTheirClaim && claimId) await perform('claims.delete', { articleId, claimId })
      }),
  }

  return (
    <section className="across-outlets" aria-label="Across outlets">
      {found.status === 'loading' && (
        <p className="empty-note">Across outlets: looking in the other articles…</p>
      )}
      {found.status === 'failed' && <p role="alert">{found.message}</p>}
      {found.status === 'ready' && found.value.length === 0 && (
        <p className="empty-note">Across outlets: no other article reports this.</p>
      )}
      {found.status === 'ready' && found.value.length > 0 && (
        // Folded so the card stays short; opened, it widens the panel and scrolls into view.
        <details
          onToggle={(event) => {
            if (event.currentTarget.open)
              event.currentTarget.scrollIntoView({ block: 'start', behavior: 'auto' })
          }}
        >
          <summary>
            Across outlets: {found.value.length} passage{found.value.length === 1 ? '' : 's'} in
            other articles
          </summary>
          <ul className="counterparts">
            {found.value.map((counterpart) => (
              <CounterpartEntry
                key={`${counterpart.passage.articleId}-${counterpart.passage.start}`}
                claim={claim}
                counterpart={counterpart}
                actions={actions}
              />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
