import { useState, type ReactNode } from 'react'
import type { Claim, ClaimPatch } from '../../../../shared/claim-model'
import { isFiltering, matchesFilter, NO_FILTER, type ClaimFilter } from '../../state/claim-filter'
import { useVocabulary } from '../../hooks/use-articles'
import { SHORTCUTS } from '../../shortcuts'
import { ClaimCard } from '../claim-card/ClaimCard'
import { ClaimFilters } from './ClaimFilters'
import { ClaimListItem } from './ClaimListItem'
import { NoFilterMatch } from './NoFilterMatch'
import { WindowedList } from './WindowedList'

type Props = {
  claims: readonly Claim[]
  activeClaimId: string | null
  onSelect: (claim: Claim) => void
  onClose: () => void
  onUpdate: (before: Claim, patch: ClaimPatch) => void | Promise<void>
  onDelete: (claim: Claim) => void
  /** Shown below the list, e.g. the suggested claims. */
  footer?: ReactNode
}

/** The open article's claims: the card of the chosen one, then the filtered list in text order. */
export function ClaimsPanel({
  claims,
  activeClaimId,
  onSelect,
  onClose,
  onUpdate,
  onDelete,
  footer,
}: Props) {
  const vocabulary = useVocabulary()
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)
  const active = claims.find((claim) => claim.id === activeClaimId) ?? null
  if (!vocabulary) return null
  const shown = claims.filter((claim) => matchesFilter(claim, filter))

  return (
    <aside className="pane pane-claims" aria-label="Claims">
      {active && (
        <ClaimCard
          key={active.id}
          claim={active}
          onClose={onClose}
          onUpdate={onUpdate}
          onDelete={onDelete}
        />
      )}
      <h2 className="pane-title">
        Claims{' '}
        <span className="count">
          {isFiltering(filter) ? `${shown.length} of ${claims.length}` : claims.length}
        </span>
      </h2>
      <ClaimFilters filter={filter} vocabulary={vocabulary} onChange={setFilter} />
      {claims.length === 0 ? (
        <p className="empty-note">
          Select text in the article and press {SHORTCUTS.markClaim.label} (or right-click) to mark
          a claim.
        </p>
      ) : shown.length === 0 ? (
        <NoFilterMatch onClear={() => setFilter(NO_FILTER)} />
      ) : (
        <WindowedList
          items={shown}
          label="Claims in this article"
          keyOf={(claim) => claim.id}
          renderItem={(claim) => (
            <ClaimListItem
              claim={claim}
              vocabulary={vocabulary}
              isActive={claim.id === activeClaimId}
              onSelect={onSelect}
            />
          )}
        />
      )}
      {footer}
    </aside>
  )
}
