import type { Vocabulary } from '../../../../shared/contract'
import type { ClaimFilter } from '../../state/claim-filter'
import { StatusSelect, TagSelect, VerdictSelect } from './VocabularySelects'

type Props = {
  filter: ClaimFilter
  vocabulary: Vocabulary
  onChange: (filter: ClaimFilter) => void
}

/** Text, tag, verdict and status filters over a list of claims. */
export function ClaimFilters({ filter, vocabulary, onChange }: Props) {
  const set = (change: Partial<ClaimFilter>) => onChange({ ...filter, ...change })
  return (
    <div className="claim-filters" role="search" aria-label="Filter claims">
      <input
        type="search"
        aria-label="Search claims"
        placeholder="Search quotes, claimants, notes…"
        value={filter.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <TagSelect
        label="Filter by tag"
        anyLabel="All tags"
        vocabulary={vocabulary}
        value={filter.tagId}
        onChange={(tagId) => set({ tagId })}
      />
      <VerdictSelect
        label="Filter by verdict"
        anyLabel="All verdicts"
        vocabulary={vocabulary}
        value={filter.verdictId}
        onChange={(verdictId) => set({ verdictId })}
      />
      <StatusSelect
        label="Filter by status"
        anyLabel="All statuses"
        value={filter.status}
        onChange={(status) => set({ status })}
      />
    </div>
  )
}
