import { memo, type CSSProperties } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import type { Vocabulary } from '../../../../shared/contract'
import { describeClaim, tagsOf, verdictOf } from '../../state/claim-appearance'
import { STATUS_LABELS } from '../../../../shared/status-labels'

type Props = {
  claim: Claim
  vocabulary: Vocabulary
  isActive: boolean
  articleTitle?: string
  onSelect: (claim: Claim) => void
}

const SNIPPET_LENGTH = 140

const snippet = (text: string) =>
  text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text

/** One row of a claims list (its button; the list draws the row); memoised so editing one claim re-renders one row. */
export const ClaimListItem = memo(function ClaimListItem({
  claim,
  vocabulary,
  isActive,
  articleTitle,
  onSelect,
}: Props) {
  const verdict = verdictOf(claim, vocabulary)
  return (
    <button
      type="button"
      className="claim-list-item"
      aria-current={isActive ? 'true' : undefined}
      aria-label={`${snippet(claim.quote.exact)} — ${describeClaim(claim, vocabulary)}, ${STATUS_LABELS[claim.status]}`}
      onClick={() => onSelect(claim)}
    >
      {articleTitle && <span className="claim-list-article">{articleTitle}</span>}
      <span className="claim-list-quote">“{snippet(claim.quote.exact)}”</span>
      <span className="claim-list-meta">
        <span
          className="verdict-chip"
          style={{ '--chip-colour': verdict?.colour } as CSSProperties}
        >
          {verdict?.label ?? 'Unrated'}
        </span>
        {tagsOf(claim, vocabulary).map((tag) => (
          <span
            key={tag.id}
            className="tag-chip"
            style={{ '--chip-colour': tag.colour } as CSSProperties}
          >
            {tag.name}
          </span>
        ))}
        <span className="status-label">{STATUS_LABELS[claim.status]}</span>
        {claim.anchor.state !== 'anchored' && (
          <span className="anchor-label">{claim.anchor.state}</span>
        )}
      </span>
    </button>
  )
})
