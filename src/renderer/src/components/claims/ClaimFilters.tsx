import { ClaimStatus } from '../../../../shared/claim-model'
import type { Vocabulary } from '../../../../shared/contract'
import type { ClaimFilter } from '../../state/claim-filter'
import { STATUS_LABELS } from './status-labels'

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
      <select
        aria-label="Filter by tag"
        value={filter.tagId}
        onChange={(event) => set({ tagId: event.target.value })}
      >
        <option value="">All tags</option>
        {vocabulary.tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by verdict"
        value={filter.verdictId}
        onChange={(event) => set({ verdictId: event.target.value })}
      >
        <option value="">All verdicts</option>
        {vocabulary.verdictScale.verdicts.map((verdict) => (
          <option key={verdict.id} value={verdict.id}>
            {verdict.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by status"
        value={filter.status}
        onChange={(event) => set({ status: event.target.value as ClaimFilter['status'] })}
      >
        <option value="">All statuses</option>
        {ClaimStatus.options.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  )
}
