import { useState } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import type { Counterpart } from '../../../../shared/compare-model'
import { useCallQuery } from '../../data/use-call-query'
import { useWorkspace } from '../../state/workspace-context'
import { DiffText } from './DiffText'
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
  const link = (counterpart: Counterpart) =>
    act(() => perform('compare.link', { ...claimRef, target: counterpart.passage }))
  const unlink = () => act(() => perform('compare.unlink', claimRef))

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
        // Folded so the card stays short; the count says whether it is worth opening.
        <details>
          <summary>
            Across outlets: {found.value.length} passage{found.value.length === 1 ? '' : 's'} in
            other articles
          </summary>
          <ul className="counterparts">
            {found.value.map((counterpart) => (
              <li
                key={`${counterpart.passage.articleId}-${counterpart.passage.start}`}
                className="counterpart"
              >
                <p className="counterpart-outlet">
                  <strong>{counterpart.passage.site ?? counterpart.passage.articleTitle}</strong>{' '}
                  <span className="counterpart-score">
                    {Math.round(counterpart.score * 100)}% match
                  </span>
                </p>
                <div className="side-by-side">
                  <p className="passage">
                    <span className="visually-hidden">This claim: </span>
                    {claim.quote.exact}
                  </p>
                  <p className="passage">
                    <span className="visually-hidden">Other article: </span>
                    {counterpart.passage.text}
                  </p>
                </div>
                <DiffText parts={counterpart.diff} />
                <p className="counterpart-reasons">{counterpart.reasons.join(' · ')}</p>
                {counterpart.linkedClaimId ? (
                  <p>
                    Linked as the same claim.{' '}
                    <button type="button" disabled={busy} onClick={() => void unlink()}>
                      Unlink
                    </button>
                  </p>
                ) : (
                  <button type="button" disabled={busy} onClick={() => void link(counterpart)}>
                    Link as same claim
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
